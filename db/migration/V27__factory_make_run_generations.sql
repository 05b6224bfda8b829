-- The take generations a "Make film" run asked for (issue 14), one row per job, written in the same transaction that
-- queues them. Cancelling a run cancels exactly these: a generation a director starts by hand while the run makes its
-- takes is theirs, not the run's, and goes on. Kept over retries (a resumed run may wait on generations an earlier
-- attempt asked for); they go with the run.
CREATE TABLE factory_make_run_generation
(
    run_id UUID NOT NULL REFERENCES factory_make_run (id) ON DELETE CASCADE,
    job_id UUID NOT NULL,
    CONSTRAINT factory_make_run_generation_pk PRIMARY KEY (run_id, job_id)
);
