-- Notifications (issue 12): one row per recipient and thing that happened to them (a mention, a reply in their
-- thread, a decision on a shot whose take they made, someone joining their project). The text is rebuilt in the
-- reader's language from kind + the names kept here. A row that is also to be e-mailed waits with mail_state
-- 'PENDING' until its recipient's batch goes out ('SENT'); 'NONE' for rows that are never mailed.
CREATE TABLE notification
(
    id           UUID                     NOT NULL PRIMARY KEY,
    recipient    UUID                     NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    project_id   UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind         VARCHAR(16)              NOT NULL,
    shot_id      UUID,
    comment_id   UUID,
    actor_name   VARCHAR(200)             NOT NULL,
    project_name VARCHAR(200)             NOT NULL,
    excerpt      VARCHAR(400)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    mail_state   VARCHAR(8)               NOT NULL
);
CREATE INDEX notification_mine_idx ON notification (recipient, created_at);
CREATE INDEX notification_mail_idx ON notification (mail_state, created_at);

-- Per person: whether they want notification e-mails, and when a batch that failed to go out is tried again. The
-- row is also the lock that lets one node at a time send a person's batch, so no batch goes out twice.
CREATE TABLE notification_setting
(
    user_id       UUID                     NOT NULL PRIMARY KEY REFERENCES account_user (id) ON DELETE CASCADE,
    mail_off      BOOLEAN                  NOT NULL,
    mail_retry_at TIMESTAMP WITH TIME ZONE
);
