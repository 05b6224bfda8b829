package org.filmfactory.project;

import java.time.Clock;
import java.util.List;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's crew: who is on it in which role. Owners change roles and remove people; anyone may leave. A project
 * always keeps at least one owner: changes run one at a time per project (row lock), so two owners demoting each
 * other at the same moment cannot leave it without one. A removal can be taken back: {@link #reinstate} brings the
 * person back in the role they had.
 */
@Service
@Transactional
public class Crew {

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Memberships memberships;
    private final Projects projects;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Crew(ProjectAccess access, CurrentUser currentUser, Memberships memberships, Projects projects,
            UserDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.projects = projects;
        this.directory = directory;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CrewMember> members(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var crew = memberships.findByProject(projectId.value());
        var profiles = directory.profiles(crew.stream().map(m -> new UserId(m.userId())).toList());
        return crew.stream().map(m -> {
            var profile = profiles.get(new UserId(m.userId()));
            return new CrewMember(new UserId(m.userId()), profile == null ? "?" : profile.displayName(),
                    profile == null ? "" : profile.email(), m.role(), m.joinedAt());
        }).toList();
    }

    public void changeRole(ProjectId projectId, UserId member, ProjectRole newRole) {
        access.require(projectId, Permission.MANAGE_MEMBERS);
        var by = currentUser.requireId();
        lockCrew(projectId);
        var membership = membership(projectId, member);
        if (membership.role() == newRole) {
            return;
        }
        if (membership.role() == ProjectRole.OWNER && owners(projectId) <= 1) {
            throw CrewChangeRefused.lastOwner();
        }
        membership.changeRole(newRole);
        projects.markChanged(projectId.value(), clock.instant());
        events.publishEvent(new MemberRoleChanged(projectId, member, newRole, by));
    }

    /**
     * Removes a member; owners may remove anyone, everyone may remove themself (leave).
     *
     * @return who was removed in which role, for {@link #reinstate}
     */
    public RemovedMember remove(ProjectId projectId, UserId member) {
        var self = member.equals(currentUser.requireId());
        access.require(projectId, self ? Permission.VIEW : Permission.MANAGE_MEMBERS);
        lockCrew(projectId);
        var membership = membership(projectId, member);
        if (membership.role() == ProjectRole.OWNER && owners(projectId) <= 1) {
            throw CrewChangeRefused.lastOwner();
        }
        var removed = new RemovedMember(projectId, member, membership.role(), membership.joinedAt());
        memberships.delete(membership);
        projects.markChanged(projectId.value(), clock.instant());
        events.publishEvent(new MemberRemoved(projectId, member, currentUser.requireId()));
        return removed;
    }

    /**
     * Takes a removal back: the person is on the crew again in the role they had, as of when they first joined.
     * Only owners; someone who is back on the crew meanwhile (invited again) stays as they are now.
     */
    public void reinstate(RemovedMember removed) {
        var projectId = removed.projectId();
        access.require(projectId, Permission.MANAGE_MEMBERS);
        lockCrew(projectId);
        if (memberships.existsById(new Membership.Key(projectId.value(), removed.userId().value()))) {
            return;
        }
        memberships.save(new Membership(projectId.value(), removed.userId().value(), removed.role(),
                removed.joinedAt()));
        projects.markChanged(projectId.value(), clock.instant());
        events.publishEvent(new MemberJoined(projectId, removed.userId(), removed.role()));
    }

    private void lockCrew(ProjectId projectId) {
        projects.findForCrewChange(projectId.value()).orElseThrow(() -> new NotAllowed(Permission.MANAGE_MEMBERS));
    }

    private Membership membership(ProjectId projectId, UserId member) {
        return memberships.findById(new Membership.Key(projectId.value(), member.value()))
                .orElseThrow(CrewChangeRefused::notOnCrew);
    }

    private long owners(ProjectId projectId) {
        return memberships.countByProjectAndRole(projectId.value(), ProjectRole.OWNER);
    }
}
