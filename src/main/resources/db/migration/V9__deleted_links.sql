-- A link whose result (or unfinished answers) was deleted. Nothing of the result stays: only that
-- the token was used, when it was deleted and by whom, so the link can say "deleted" instead of
-- "not found".
CREATE TABLE deleted_link (
    token      VARCHAR(64) NOT NULL PRIMARY KEY,
    deleted_at TIMESTAMP   NOT NULL,
    deleted_by VARCHAR(16) NOT NULL
);
