-- The signed sign-in cookie that carries a person to another node when theirs dies (issue 10).
-- One secret for the whole cluster, made by the first node that needs it, so every node checks every cookie.
CREATE TABLE account_sign_in_key
(
    id     SMALLINT     NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);

-- Signing out moves a person's generation on; every cookie signed with an older one stops working.
CREATE TABLE account_sign_in_generation
(
    email      VARCHAR(254) NOT NULL PRIMARY KEY,
    generation BIGINT       NOT NULL
);
