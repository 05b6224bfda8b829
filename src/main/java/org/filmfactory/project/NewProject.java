package org.filmfactory.project;

/** What a person fills in to start a project. */
public record NewProject(String name, String logline, ScriptLanguage language, OutputFormat format) {
}
