-- The screen time a project aims at, in whole seconds; the shot list sets its estimated runtime against it.
ALTER TABLE project ADD COLUMN target_seconds INT DEFAULT 60 NOT NULL;
