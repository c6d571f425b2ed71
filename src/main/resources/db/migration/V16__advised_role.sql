-- A consultant's advice of another role than the computed one keeps that role's details (summary,
-- what it owns, KPIs, time, next steps) as the catalogue had them when the advice was saved, so a
-- later catalogue edit never changes what the client was given. Null without such advice.
ALTER TABLE assessment ADD COLUMN advice_profile_json TEXT;

-- A take may be held for its consultant's review: null while held, set when released. Every take
-- made before this release was shown to its client at once, so it counts as released then.
ALTER TABLE assessment ADD COLUMN released_at TIMESTAMP;
UPDATE assessment SET released_at = created_at;

-- "Let me add my advice before my client sees the result": the client's setting, and each
-- invitation's copy of it (the questionnaire does not read consultants' client records).
ALTER TABLE client ADD COLUMN review_first BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE questionnaire_draft ADD COLUMN review_first BOOLEAN DEFAULT FALSE NOT NULL;
