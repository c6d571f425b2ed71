-- One invitation is one respondent: the browser that gave its first answer holds this key (in a
-- cookie scoped to the invitation's link). Another browser sees a clear message, not the answers.
ALTER TABLE questionnaire_draft ADD COLUMN answerer_key VARCHAR(64);
