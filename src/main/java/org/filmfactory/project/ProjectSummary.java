package org.filmfactory.project;

import java.time.Instant;

/** A project as one member sees it, with that member's role and when anything in it last changed. */
public record ProjectSummary(ProjectId id, String name, String logline, ScriptLanguage language, OutputFormat format,
        boolean archived, ProjectRole myRole, int crewSize, Instant lastChangedAt) {
}
