-- One running "Make film" run per project, kept by the database (issue 14): two presses at the same moment on two
-- nodes both find no running run before they insert. running_project holds the project's id while the run runs and
-- is null otherwise; a unique index lets many nulls through (H2 and PostgreSQL alike) but one id only once.
ALTER TABLE factory_make_run ADD COLUMN running_project UUID;
UPDATE factory_make_run SET running_project = project_id WHERE state = 'RUNNING';
CREATE UNIQUE INDEX factory_make_run_one_running_idx ON factory_make_run (running_project);
