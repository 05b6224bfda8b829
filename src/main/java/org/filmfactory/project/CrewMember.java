package org.filmfactory.project;

import java.time.Instant;
import org.filmfactory.account.UserId;

/** One person on a project's crew. */
public record CrewMember(UserId userId, String displayName, String email, ProjectRole role, Instant joinedAt) {
}
