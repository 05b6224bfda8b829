package org.filmfactory.project;

import java.util.List;
import java.util.Optional;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserId;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Projects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate every project action passes: is the signed-in person on this project's crew, and does their role
 * allow this? Views may hide buttons as a courtesy; this check is what actually refuses. Unknown projects, projects
 * the person is not on, and forbidden actions are all answered with {@link NotAllowed}; archived projects allow
 * only viewing, restoring and deleting.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccess {

    private final CurrentUser currentUser;
    private final Memberships memberships;
    private final Projects projects;

    ProjectAccess(CurrentUser currentUser, Memberships memberships, Projects projects) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.projects = projects;
    }

    /** Returns the signed-in person's role when it allows {@code permission}; throws otherwise. */
    public ProjectRole require(ProjectId projectId, Permission permission) {
        var user = currentUser.requireId();
        var role = roleOf(projectId, user).orElseThrow(() -> new NotAllowed(permission));
        if (!role.allows(permission)) {
            throw new NotAllowed(permission);
        }
        if (permission != Permission.VIEW && permission != Permission.EDIT_PROJECT
                && permission != Permission.DELETE_PROJECT
                && projects.findById(projectId.value()).map(p -> p.archived()).orElse(false)) {
            throw new ProjectArchivedRefusal();
        }
        return role;
    }

    /** Like {@link #require}, and says who is acting, for records that keep who did something. */
    public ActingMember requireMember(ProjectId projectId, Permission permission) {
        var role = require(projectId, permission);
        var user = currentUser.require();
        return new ActingMember(user.id().value(), user.displayName(), role);
    }

    /** Whether the signed-in person could do this now; for showing or hiding controls only. */
    public boolean can(ProjectId projectId, Permission permission) {
        return currentUser.find()
                .flatMap(user -> roleOf(projectId, user.id()))
                .map(role -> role.allows(permission))
                .orElse(false);
    }

    public Optional<ProjectRole> roleOf(ProjectId projectId, UserId user) {
        return memberships.findById(new Membership.Key(projectId.value(), user.value())).map(Membership::role);
    }

    /**
     * The owners of a project, for notices sent on its behalf when nobody is signed in (an event listener); checks
     * nothing, so never hand its answer to a screen.
     */
    public List<UserId> ownersOf(ProjectId projectId) {
        return memberships.findByProject(projectId.value()).stream().filter(m -> m.role() == ProjectRole.OWNER)
                .map(m -> new UserId(m.userId())).toList();
    }

    /** The project's name (empty for an unknown project), for notices written when nobody is signed in. */
    public Optional<String> nameOf(ProjectId projectId) {
        return projects.findById(projectId.value()).map(p -> p.name());
    }
}
