-- When anything in a project last changed (its script, its crew, its name), for the project list's cards and its
-- "last change" order. Kept on the project row so the list pages through hundreds of projects in one query.
ALTER TABLE project ADD COLUMN last_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE project SET last_changed_at = created_at;
ALTER TABLE project ALTER COLUMN last_changed_at SET NOT NULL;
CREATE INDEX project_last_changed_idx ON project (last_changed_at);
