-- Password-reset links sent by e-mail (issue 10). Only a SHA-256 hash of each link's secret is kept, so someone who
-- reads this table cannot use a link; a link works once (used_at) and only until expires_at.
CREATE TABLE account_password_reset
(
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    user_id    UUID                     NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_password_reset_by_user_idx ON account_password_reset (user_id, created_at);
