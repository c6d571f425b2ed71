-- A finished questionnaire shows its result; its steps open again only when the person chooses to
-- answer again, and until they finish, their last result stays the one their links show.
ALTER TABLE questionnaire_draft ADD COLUMN answering_again BOOLEAN DEFAULT FALSE NOT NULL;
