-- The project's music (issue 13): the built-in score (default, no row needed), an uploaded track, or none. The
-- upload's original file and the beds made from it or from the score live in the media store under
-- projects/<id>/music/; this row only says which is chosen.
CREATE TABLE cut_music
(
    project_id UUID                     NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    source     VARCHAR(16)              NOT NULL,
    seed       BIGINT                   NOT NULL,
    track_name VARCHAR(255),
    track_key  VARCHAR(512),
    gain_db    DOUBLE PRECISION         NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
