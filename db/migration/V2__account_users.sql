-- People who can sign in. E-mail is the sign-in name, stored lower-case so it is unique whatever the spelling.
CREATE TABLE account_user
(
    id            UUID                     NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    display_name  VARCHAR(80)              NOT NULL,
    password_hash VARCHAR(255)             NOT NULL,
    locale        VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_user_email_uk UNIQUE (email)
);
