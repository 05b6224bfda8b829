package org.filmfactory.project;

import java.time.Instant;
import org.filmfactory.account.UserId;

/** Someone taken off a project's crew, with what {@link Crew#reinstate} needs to bring them back as they were. */
public record RemovedMember(ProjectId projectId, UserId userId, ProjectRole role, Instant joinedAt) {
}
