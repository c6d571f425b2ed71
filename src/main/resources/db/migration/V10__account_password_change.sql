-- An account whose password was made for it (an admin's one-time password, the first start's
-- generated one) must choose its own before anything else; accounts made before stay as they were.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
