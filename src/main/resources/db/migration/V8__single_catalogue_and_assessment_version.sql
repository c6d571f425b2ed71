-- The catalogue now lives only in the published documents of catalogue_version (V7 wrote the one
-- the seeded tables held); the tables that kept a second copy of the newest version go.
DROP TABLE scoring_rule;
DROP TABLE question_option;
DROP TABLE question;
DROP TABLE questionnaire_step;
DROP TABLE role_next_step;
DROP TABLE role_kpi;
DROP TABLE role_responsibility;
DROP TABLE role_profile;

-- The assessment's one "has it changed" stamp (JPA @Version): advice, withdrawal, restore and notes raise it.
ALTER TABLE assessment ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
