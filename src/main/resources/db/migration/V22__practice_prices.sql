-- A practice's own price for a role (practice.PracticePrice): shown to its clients and leads in place
-- of the catalogue's published ranges. high_amount null: one figure rather than a range.
CREATE TABLE practice_price (
    practice_id   BIGINT       NOT NULL,
    profile_code  VARCHAR(40)  NOT NULL,
    currency      VARCHAR(3)   NOT NULL,  -- GBP, USD or EUR
    basis         VARCHAR(5)   NOT NULL,  -- DAY, MONTH or YEAR
    low_amount    INTEGER      NOT NULL,
    high_amount   INTEGER,
    note          VARCHAR(300),
    updated_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (practice_id, profile_code),
    CONSTRAINT fk_price_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
);
