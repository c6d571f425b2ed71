-- How often a share link, its PDF and a consultant's own questionnaire link were opened, per month:
-- the consultant's funnel figures. Counted in memory and added here every few seconds
-- (sharing.LinkOpenings), so the share page stays as fast as its cache makes it.
CREATE TABLE link_opening (
    link   VARCHAR(64) NOT NULL,  -- a share token, or a practice's public link slug
    kind   VARCHAR(8)  NOT NULL,  -- SHARE, PDF or PUBLIC
    period CHAR(7)     NOT NULL,  -- the month, 2026-12 (UTC)
    opens  BIGINT      NOT NULL,
    PRIMARY KEY (link, kind, period)
);
