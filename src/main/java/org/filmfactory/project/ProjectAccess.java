package org.filmfactory.project;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one gate every project action passes: is the signed-in person on this project's crew, and does their role
 * allow this? Views may hide buttons as a courtesy; this check is what actually refuses. Unknown projects, projects
 * the person is not on, and forbidden actions are all answered with {@link NotAllowed}; archived projects allow
 * only viewing, restoring and deleting.
 *
 * <p>A guest outside the crew (a review link's visitor, checked by the module that owns the link) may be let in to
 * view one project for the length of one call ({@link #asGuestViewer}); nothing else is ever allowed to a guest.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccess {

    private final CurrentUser currentUser;
    private final Memberships memberships;
    private final Projects projects;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    /** The project a guest is viewing on this thread, during {@link #asGuestViewer} only. */
    private final ThreadLocal<@Nullable ProjectId> guestViewing = new ThreadLocal<>();

    ProjectAccess(CurrentUser currentUser, Memberships memberships, Projects projects, UserDirectory directory,
            JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.projects = projects;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * Returns the signed-in person's role when it allows {@code permission}; throws otherwise. Outside a transaction
     * (every screen's call, and the editor's typing several times a second) this is one plain query, without a
     * transaction of its own: it was the largest part of the server's time per keystroke.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ProjectRole require(ProjectId projectId, Permission permission) {
        var guest = guestViewing.get();
        if (guest != null) {
            if (!guest.equals(projectId) || permission != Permission.VIEW) {
                throw new NotAllowed(permission);
            }
            return ProjectRole.VIEWER;
        }
        var user = currentUser.requireId();
        var standing = standing(projectId, user).orElseThrow(() -> new NotAllowed(permission));
        if (!standing.role().allows(permission)) {
            throw new NotAllowed(permission);
        }
        if (permission != Permission.VIEW && permission != Permission.EDIT_PROJECT
                && permission != Permission.DELETE_PROJECT && standing.archived().getAsBoolean()) {
            throw new ProjectArchivedRefusal();
        }
        return standing.role();
    }

    /** A crew member's role, and whether the project is archived (looked up only when asked, in a transaction). */
    private record Standing(ProjectRole role, BooleanSupplier archived) {
    }

    private Optional<Standing> standing(ProjectId projectId, UserId user) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside a transaction the crew may have changed in its persistence context, not yet written: ask it.
            return roleOf(projectId, user).map(role -> new Standing(role,
                    () -> projects.findById(projectId.value()).map(p -> p.archived()).orElse(false)));
        }
        return jdbc.sql("select m.role, p.archived from project_member m join project p on p.id = m.project_id"
                        + " where m.project_id = ? and m.user_id = ?")
                .params(projectId.value(), user.value())
                .query((row, n) -> {
                    boolean archived = row.getBoolean(2);
                    return new Standing(ProjectRole.valueOf(row.getString(1)), () -> archived);
                })
                .optional();
    }

    /** Like {@link #require}, and says who is acting, for records that keep who did something. */
    public ActingMember requireMember(ProjectId projectId, Permission permission) {
        var role = require(projectId, permission);
        var user = currentUser.require();
        return new ActingMember(user.id().value(), user.displayName(), role);
    }

    /** Whether the signed-in person could do this now; for showing or hiding controls only. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean can(ProjectId projectId, Permission permission) {
        var guest = guestViewing.get();
        if (guest != null) {
            return guest.equals(projectId) && permission == Permission.VIEW;
        }
        return currentUser.find()
                .flatMap(user -> standing(projectId, user.id()))
                .map(standing -> standing.role().allows(permission))
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

    /**
     * Runs {@code work} on this thread as the crew member {@code userId} of {@code projectId}, for work done later on
     * their behalf (a "Make film" run on the work queue): every call within it is checked against their role as it is
     * now. Refused ({@link NotAllowed}) when they are no longer on the crew.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public <T> T asMember(ProjectId projectId, java.util.UUID userId, Supplier<T> work) {
        var user = new UserId(userId);
        if (roleOf(projectId, user).isEmpty()) {
            throw new NotAllowed(Permission.VIEW);
        }
        return directory.actingAs(user, work);
    }

    /**
     * Runs {@code read} for a guest outside the crew who may view {@code projectId} and nothing else: within it,
     * {@link #require} and {@link #can} allow {@link Permission#VIEW} of that project only, whoever is signed in, and
     * refuse every other permission and project; afterwards everything is as before. Only for a caller that has
     * itself established the guest's right (a valid review link) and that shows the guest no more than that right
     * covers. On the calling thread only: what {@code read} hands to other threads is not let in.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public <T> T asGuestViewer(ProjectId projectId, Supplier<T> read) {
        var before = guestViewing.get();
        guestViewing.set(projectId);
        try {
            return read.get();
        } finally {
            if (before == null) {
                guestViewing.remove();
            } else {
                guestViewing.set(before);
            }
        }
    }
}
