package org.filmfactory.project;

/** The result of accepting an invitation: the project, and whether the person was already on its crew. */
public record JoinedProject(ProjectId projectId, boolean alreadyMember) {
}
