-- Where a consultant is told that a client started or finished (none: not told).
ALTER TABLE app_user ADD COLUMN notify_email VARCHAR(254);
-- The one reminder an unfinished invitation gets: at most one per invitation, whichever instance sends it.
CREATE TABLE invitation_reminder (
    draft_id BIGINT    NOT NULL PRIMARY KEY,
    sent_at  TIMESTAMP NOT NULL
);
