-- One screenplay per project: its current Fountain text and revision. Saves are ordered by the revision number;
-- a save made against an older revision is refused, never silently applied.
CREATE TABLE screenplay
(
    project_id UUID                     NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    text       VARCHAR                  NOT NULL,
    revision   BIGINT                   NOT NULL,
    revised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revised_by UUID REFERENCES account_user (id)
);
