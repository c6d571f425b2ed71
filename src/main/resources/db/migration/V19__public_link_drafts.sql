-- A questionnaire started from a practice's own link (/p/{slug}) remembers that slug: it is not an
-- invitation (anyone with the link answers it), and its consultant gets it as a lead once the
-- person leaves their details (questionnaire.QuestionnaireDraft#isInvitation).
ALTER TABLE questionnaire_draft ADD COLUMN public_link VARCHAR(64);
