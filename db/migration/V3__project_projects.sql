-- Projects, their crews (one role per member per project) and invitations by link.
CREATE TABLE project
(
    id            UUID                     NOT NULL PRIMARY KEY,
    name          VARCHAR(120)             NOT NULL,
    logline       VARCHAR(500)             NOT NULL,
    language      VARCHAR(8)               NOT NULL,
    output_width  INT                      NOT NULL,
    output_height INT                      NOT NULL,
    output_fps    INT                      NOT NULL,
    archived      BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID                     NOT NULL REFERENCES account_user (id),
    version       BIGINT                   NOT NULL
);

CREATE TABLE project_member
(
    project_id UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id    UUID                     NOT NULL REFERENCES account_user (id),
    role       VARCHAR(16)              NOT NULL,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_member_by_user_idx ON project_member (user_id);

CREATE TABLE project_invitation
(
    id          UUID                     NOT NULL PRIMARY KEY,
    project_id  UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    role        VARCHAR(16)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    email       VARCHAR(254),
    invited_by  UUID                     NOT NULL REFERENCES account_user (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_by UUID REFERENCES account_user (id),
    accepted_at TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL,
    CONSTRAINT project_invitation_token_uk UNIQUE (token_hash)
);
CREATE INDEX project_invitation_by_project_idx ON project_invitation (project_id);
