package org.filmfactory.project;

/** A project and everything on it is gone. Published inside the transaction that made the change. */
public record ProjectDeleted(ProjectId projectId) {
}
