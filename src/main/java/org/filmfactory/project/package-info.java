/**
 * Projects and the people on them: creating, renaming, archiving and deleting projects; the crew with one
 * {@link org.filmfactory.project.ProjectRole} per member; invitations by link and e-mail. Every action anywhere in
 * the studio that touches a project is checked by {@link org.filmfactory.project.ProjectAccess} against the role
 * table in {@code ProjectRole}. Publishes {@code ProjectCreated}, {@code ProjectRenamed}, {@code ProjectArchived},
 * {@code ProjectDeleted}, {@code MemberJoined}, {@code MemberRoleChanged}, {@code MemberRemoved},
 * {@code InvitationIssued} and {@code InvitationRevoked}.
 */
@ApplicationModule(allowedDependencies = {"account", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
