package org.filmfactory.project;

import org.filmfactory.account.UserId;

/** A project was started; its creator is its first owner. Published inside the transaction that made the change. */
public record ProjectCreated(ProjectId projectId, UserId owner, String name) {
}
