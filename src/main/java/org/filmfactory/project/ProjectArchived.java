package org.filmfactory.project;

/** A project was archived (read-only) or restored. Published inside the transaction that made the change. */
public record ProjectArchived(ProjectId projectId, boolean archived) {
}
