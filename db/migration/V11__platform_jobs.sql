-- The cluster work queue's jobs and their history (issue 11). The database is the record that survives a full
-- cluster restart and the last word on how a job ended; Hazelcast coordinates who runs what meanwhile
-- (org.filmfactory.platform.internal.HazelcastWorkQueue). claim grows by one each time any node takes the job and is
-- never reset: with member_id it fences every write of a run, so a run that lost its job (its node was thought dead,
-- or cut off) can never finish it. attempt is what people see: starts since the job was submitted or retried.
-- Message arguments are stored as one text, each argument after a U+001F separator.
CREATE TABLE platform_job
(
    id           UUID                     NOT NULL PRIMARY KEY,
    kind         VARCHAR(100)             NOT NULL,
    job_group    VARCHAR(100)             NOT NULL,
    title_key    VARCHAR(200)             NOT NULL,
    title_args   VARCHAR                  NOT NULL,
    payload      VARCHAR                  NOT NULL,
    priority     INT                      NOT NULL,
    heavy        BOOLEAN                  NOT NULL,
    requested_by VARCHAR(100),
    state        VARCHAR(16)              NOT NULL,
    attempt      INT                      NOT NULL,
    failures     INT                      NOT NULL,
    claim        INT                      NOT NULL,
    progress     INT                      NOT NULL,
    stage_key    VARCHAR(200),
    stage_args   VARCHAR,
    node         VARCHAR(100),
    member_id    VARCHAR(36),
    failure_key  VARCHAR(200),
    failure_args VARCHAR,
    last_cause   VARCHAR(2000),
    result       VARCHAR(2000),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    queue_order  BIGINT                   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    not_before   BIGINT                   NOT NULL,
    lease_until  BIGINT                   NOT NULL,
    heartbeat_at BIGINT                   NOT NULL
);
CREATE INDEX platform_job_by_group_idx ON platform_job (job_group, state);
CREATE INDEX platform_job_by_state_idx ON platform_job (state);
