-- An idea's films in a batch keep their idea (issue 14), so that Retry failed can write the screenplay again when the
-- chat backend could not: the idea as the writing job's JSON (logline, language, length, tone, platform); null for
-- the films of screenplay files and existing projects.
ALTER TABLE factory_batch_film ADD COLUMN idea VARCHAR;
