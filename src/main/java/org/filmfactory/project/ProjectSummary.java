package org.filmfactory.project;

/** A project as one member sees it, with that member's role. */
public record ProjectSummary(ProjectId id, String name, String logline, ScriptLanguage language, OutputFormat format,
        boolean archived, ProjectRole myRole, int crewSize) {
}
