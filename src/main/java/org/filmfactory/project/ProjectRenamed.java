package org.filmfactory.project;

/** A project has a new name. Published inside the transaction that made the change. */
public record ProjectRenamed(ProjectId projectId, String name) {
}
