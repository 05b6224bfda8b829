package org.filmfactory.project;

import java.util.UUID;

/**
 * The signed-in person acting in a project, for records that keep who did something (a take's maker).
 *
 * @param userId the person's account id
 * @param displayName their name as it is now
 * @param role their role in the project
 */
public record ActingMember(UUID userId, String displayName, ProjectRole role) {
}
