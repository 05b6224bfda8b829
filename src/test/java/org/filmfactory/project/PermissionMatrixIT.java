package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.filmfactory.project.ProjectRoleTest.expected;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.filmfactory.account.NotSignedIn;
import org.filmfactory.account.UserId;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role against every permission through {@link ProjectAccess}, and the project actions that exist today
 * through their services: what {@link ProjectRoleTest#MATRIX} allows succeeds, everything else is refused and
 * leaves the stored project, crew and invitations as they were. Forged ids get no further than a refusal.
 */
@StudioTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixIT {

    /** What an archived project still lets its crew do (when their role allows it at all). */
    private static final Set<Permission> ALLOWED_WHEN_ARCHIVED =
            EnumSet.of(Permission.VIEW, Permission.EDIT_PROJECT, Permission.DELETE_PROJECT);
    /** A {@link Team}'s invitations: five used by the crew to join, one still open. */
    private static final int TEAM_INVITATIONS = 6;

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectAccess access;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Crew crew;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<ProjectRole, Actor> people = new EnumMap<>(ProjectRole.class);
    private Actor bystander;
    private Actor outsider;
    private Team team;
    private Team archivedTeam;

    /** A project with one person in each role, a bystander viewer whom others act on, and one open invitation. */
    record Team(ProjectId id, String name, InvitationId openInvitation, String openToken) {
    }

    @BeforeAll
    void crew() {
        people.put(ProjectRole.OWNER, Actors.create(context, "Olga Owner"));
        people.put(ProjectRole.WRITER, Actors.create(context, "Wanda Writer"));
        people.put(ProjectRole.DIRECTOR, Actors.create(context, "Dmitri Director"));
        people.put(ProjectRole.EDITOR, Actors.create(context, "Eddie Editor"));
        people.put(ProjectRole.VIEWER, Actors.create(context, "Vera Viewer"));
        bystander = Actors.create(context, "Bea Bystander");
        outsider = Actors.create(context, "Oscar Outsider");
        team = newTeam("Matrix");
        archivedTeam = newTeam("Archived matrix");
        people.get(ProjectRole.OWNER).signIn();
        projects.archive(archivedTeam.id(), true);
        Actors.signOut();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    static Stream<Arguments> everyRoleAndPermission() {
        return Arrays.stream(ProjectRole.values())
                .flatMap(role -> Arrays.stream(Permission.values()).map(permission -> Arguments.of(role, permission)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndPermission")
    void accessIsGrantedExactlyWhereTheMatrixSays(ProjectRole role, Permission permission) {
        people.get(role).signIn();
        if (expected(role, permission)) {
            assertThat(access.require(team.id(), permission)).isEqualTo(role);
            assertThat(access.can(team.id(), permission)).isTrue();
        } else {
            assertNotAllowed(permission, () -> access.require(team.id(), permission));
            assertThat(access.can(team.id(), permission)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndPermission")
    void archivedProjectAllowsOnlyViewingRestoringAndDeleting(ProjectRole role, Permission permission) {
        people.get(role).signIn();
        if (!expected(role, permission)) {
            assertNotAllowed(permission, () -> access.require(archivedTeam.id(), permission));
        } else if (ALLOWED_WHEN_ARCHIVED.contains(permission)) {
            assertThat(access.require(archivedTeam.id(), permission)).isEqualTo(role);
        } else {
            assertThatExceptionOfType(ProjectArchivedRefusal.class)
                    .isThrownBy(() -> access.require(archivedTeam.id(), permission))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.archived"));
        }
    }

    @Test
    void archivedProjectRefusesInvitingAndCrewChangesEvenToItsOwner() {
        people.get(ProjectRole.OWNER).signIn();

        assertThatExceptionOfType(ProjectArchivedRefusal.class)
                .isThrownBy(() -> invitations.invite(archivedTeam.id(), ProjectRole.WRITER, null));
        assertThatExceptionOfType(ProjectArchivedRefusal.class)
                .isThrownBy(() -> crew.changeRole(archivedTeam.id(), bystander.id(), ProjectRole.EDITOR));

        assertThat(invitationCount(archivedTeam.id())).isEqualTo(TEAM_INVITATIONS);
        assertThat(storedRole(archivedTeam.id(), bystander.id())).contains(ProjectRole.VIEWER);
        assertThat(projects.find(archivedTeam.id()).archived()).isTrue();
    }

    // --- The services, role by role. Each test gets a fresh team, since allowed actions change it. ---

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void everyRoleSeesTheProjectAndItsCrew(ProjectRole role) {
        var fresh = newTeam("Visible");
        people.get(role).signIn();

        var summary = projects.find(fresh.id());
        assertThat(summary.name()).isEqualTo(fresh.name());
        assertThat(summary.myRole()).isEqualTo(role);
        assertThat(summary.crewSize()).isEqualTo(6);
        assertThat(crew.members(fresh.id())).extracting(CrewMember::userId, CrewMember::role)
                .containsExactlyInAnyOrder(
                        tuple(people.get(ProjectRole.OWNER).id(), ProjectRole.OWNER),
                        tuple(people.get(ProjectRole.WRITER).id(), ProjectRole.WRITER),
                        tuple(people.get(ProjectRole.DIRECTOR).id(), ProjectRole.DIRECTOR),
                        tuple(people.get(ProjectRole.EDITOR).id(), ProjectRole.EDITOR),
                        tuple(people.get(ProjectRole.VIEWER).id(), ProjectRole.VIEWER),
                        tuple(bystander.id(), ProjectRole.VIEWER));
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void renamingFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Before");
        people.get(role).signIn();

        if (expected(role, Permission.EDIT_PROJECT)) {
            projects.rename(fresh.id(), "After");
            assertThat(storedName(fresh.id())).contains("After");
        } else {
            assertNotAllowed(Permission.EDIT_PROJECT, () -> projects.rename(fresh.id(), "After"));
            assertThat(storedName(fresh.id())).contains(fresh.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void archivingFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("To archive");
        people.get(role).signIn();

        if (expected(role, Permission.EDIT_PROJECT)) {
            projects.archive(fresh.id(), true);
            assertThat(storedArchived(fresh.id())).isTrue();
        } else {
            assertNotAllowed(Permission.EDIT_PROJECT, () -> projects.archive(fresh.id(), true));
            assertThat(storedArchived(fresh.id())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void deletingFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("To delete");
        people.get(role).signIn();

        if (expected(role, Permission.DELETE_PROJECT)) {
            projects.delete(fresh.id());
            assertThat(storedName(fresh.id())).isEmpty();
            assertThat(crewSize(fresh.id())).isZero();
        } else {
            assertNotAllowed(Permission.DELETE_PROJECT, () -> projects.delete(fresh.id()));
            assertThat(storedName(fresh.id())).contains(fresh.name());
            assertThat(crewSize(fresh.id())).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void changingAnotherMembersRoleFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Roles");
        people.get(role).signIn();

        if (expected(role, Permission.MANAGE_MEMBERS)) {
            crew.changeRole(fresh.id(), bystander.id(), ProjectRole.EDITOR);
            assertThat(storedRole(fresh.id(), bystander.id())).contains(ProjectRole.EDITOR);
        } else {
            assertNotAllowed(Permission.MANAGE_MEMBERS,
                    () -> crew.changeRole(fresh.id(), bystander.id(), ProjectRole.EDITOR));
            assertThat(storedRole(fresh.id(), bystander.id())).contains(ProjectRole.VIEWER);
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void removingAnotherMemberFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Removal");
        people.get(role).signIn();

        if (expected(role, Permission.MANAGE_MEMBERS)) {
            crew.remove(fresh.id(), bystander.id());
            assertThat(storedRole(fresh.id(), bystander.id())).isEmpty();
            assertThat(crewSize(fresh.id())).isEqualTo(5);
        } else {
            assertNotAllowed(Permission.MANAGE_MEMBERS, () -> crew.remove(fresh.id(), bystander.id()));
            assertThat(storedRole(fresh.id(), bystander.id())).contains(ProjectRole.VIEWER);
            assertThat(crewSize(fresh.id())).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void invitingFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Invites");
        people.get(role).signIn();

        if (expected(role, Permission.INVITE)) {
            var issued = invitations.invite(fresh.id(), ProjectRole.DIRECTOR, null);
            assertThat(issued.role()).isEqualTo(ProjectRole.DIRECTOR);
            assertThat(invitationCount(fresh.id())).isEqualTo(TEAM_INVITATIONS + 1);
        } else {
            assertNotAllowed(Permission.INVITE, () -> invitations.invite(fresh.id(), ProjectRole.DIRECTOR, null));
            assertThat(invitationCount(fresh.id())).isEqualTo(TEAM_INVITATIONS);
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void listingInvitationsFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Invite list");
        people.get(role).signIn();

        if (expected(role, Permission.INVITE)) {
            var listed = invitations.list(fresh.id());
            assertThat(listed).hasSize(TEAM_INVITATIONS);
            assertThat(listed).filteredOn(i -> i.status() == InvitationStatus.OPEN).extracting(InvitationSummary::id)
                    .containsExactly(fresh.openInvitation());
        } else {
            assertNotAllowed(Permission.INVITE, () -> invitations.list(fresh.id()));
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void revokingFollowsTheMatrix(ProjectRole role) {
        var fresh = newTeam("Revocation");
        people.get(role).signIn();

        if (expected(role, Permission.INVITE)) {
            invitations.revoke(fresh.id(), fresh.openInvitation());
            assertThat(revoked(fresh.openInvitation())).isTrue();
        } else {
            assertNotAllowed(Permission.INVITE, () -> invitations.revoke(fresh.id(), fresh.openInvitation()));
            assertThat(revoked(fresh.openInvitation())).isFalse();
        }
    }

    // --- Forged ids ---

    @Test
    void unknownProjectIdIsRefusedLikeAForbiddenOne() {
        var forged = ProjectId.random();
        people.get(ProjectRole.OWNER).signIn();

        for (var permission : Permission.values()) {
            assertNotAllowed(permission, () -> access.require(forged, permission));
        }
        assertNotAllowed(Permission.VIEW, () -> projects.find(forged));
        assertNotAllowed(Permission.VIEW, () -> crew.members(forged));
        assertNotAllowed(Permission.EDIT_PROJECT, () -> projects.rename(forged, "Mine now"));
        assertNotAllowed(Permission.DELETE_PROJECT, () -> projects.delete(forged));
        assertNotAllowed(Permission.MANAGE_MEMBERS, () -> crew.changeRole(forged, bystander.id(), ProjectRole.OWNER));
        assertNotAllowed(Permission.INVITE, () -> invitations.invite(forged, ProjectRole.OWNER, null));
        assertThat(storedName(forged)).isEmpty();
        assertThat(invitationCount(forged)).isZero();
    }

    @Test
    void personNotOnTheCrewCannotReachTheProjectByItsId() {
        var fresh = newTeam("Private");
        outsider.signIn();
        var theirOwn = projects.create(new NewProject("Outsider's own", "", ScriptLanguage.EN, OutputFormat.SQUARE));

        assertThat(access.require(theirOwn, Permission.DELETE_PROJECT)).isEqualTo(ProjectRole.OWNER);
        for (var permission : Permission.values()) {
            assertNotAllowed(permission, () -> access.require(fresh.id(), permission));
        }
        assertNotAllowed(Permission.VIEW, () -> projects.find(fresh.id()));
        assertNotAllowed(Permission.VIEW, () -> crew.members(fresh.id()));
        assertNotAllowed(Permission.EDIT_PROJECT, () -> projects.rename(fresh.id(), "Hijacked"));
        assertNotAllowed(Permission.EDIT_PROJECT, () -> projects.archive(fresh.id(), true));
        assertNotAllowed(Permission.DELETE_PROJECT, () -> projects.delete(fresh.id()));
        assertNotAllowed(Permission.MANAGE_MEMBERS,
                () -> crew.changeRole(fresh.id(), outsider.id(), ProjectRole.OWNER));
        assertNotAllowed(Permission.MANAGE_MEMBERS, () -> crew.remove(fresh.id(), bystander.id()));
        assertNotAllowed(Permission.INVITE, () -> invitations.invite(fresh.id(), ProjectRole.OWNER, null));
        assertNotAllowed(Permission.INVITE, () -> invitations.list(fresh.id()));
        assertNotAllowed(Permission.INVITE, () -> invitations.revoke(fresh.id(), fresh.openInvitation()));

        assertThat(storedName(fresh.id())).contains(fresh.name());
        assertThat(storedArchived(fresh.id())).isFalse();
        assertThat(storedRole(fresh.id(), outsider.id())).isEmpty();
        assertThat(storedRole(fresh.id(), bystander.id())).contains(ProjectRole.VIEWER);
        assertThat(invitationCount(fresh.id())).isEqualTo(TEAM_INVITATIONS);
        assertThat(revoked(fresh.openInvitation())).isFalse();
    }

    @Test
    void memberOfAnotherProjectCannotBeChangedOrRemovedThroughThisOne() {
        var projectA = newTeam("Project A");
        outsider.signIn();
        var projectB = projects.create(new NewProject("Project B", "", ScriptLanguage.EN, OutputFormat.SQUARE));
        people.get(ProjectRole.OWNER).signIn();

        assertThatExceptionOfType(CrewChangeRefused.class)
                .isThrownBy(() -> crew.changeRole(projectA.id(), outsider.id(), ProjectRole.WRITER))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-on-crew"));
        assertThatExceptionOfType(CrewChangeRefused.class)
                .isThrownBy(() -> crew.remove(projectA.id(), outsider.id()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-on-crew"));

        assertThat(storedRole(projectA.id(), outsider.id())).isEmpty();
        assertThat(storedRole(projectB, outsider.id())).contains(ProjectRole.OWNER);
        assertThat(crewSize(projectA.id())).isEqualTo(6);
        assertThat(crewSize(projectB)).isEqualTo(1);
    }

    @Test
    void invitationOfAnotherProjectCannotBeRevokedThroughThisOne() {
        var projectA = newTeam("Project A");
        outsider.signIn();
        var projectB = projects.create(new NewProject("Project B", "", ScriptLanguage.EN, OutputFormat.SQUARE));
        var invitationB = invitations.invite(projectB, ProjectRole.EDITOR, null);
        people.get(ProjectRole.OWNER).signIn();

        assertThatExceptionOfType(InvitationUnusable.class)
                .isThrownBy(() -> invitations.revoke(projectA.id(), invitationB.id()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("invitation.error.unknown"));

        assertThat(revoked(invitationB.id())).isFalse();
        assertThat(revoked(projectA.openInvitation())).isFalse();
        var newcomer = Actors.create(context, "Nina Newcomer").signIn();
        assertThat(invitations.accept(invitationB.path().substring("join/".length())))
                .isEqualTo(new JoinedProject(projectB, false));
        assertThat(storedRole(projectB, newcomer.id())).contains(ProjectRole.EDITOR);
    }

    // --- The last owner ---

    @Test
    void onlyOwnerCannotDemoteThemselfUntilAnotherOwnerIsPromoted() {
        var fresh = newTeam("Succession");
        var owner = people.get(ProjectRole.OWNER).signIn();
        var writer = people.get(ProjectRole.WRITER);

        assertThatExceptionOfType(CrewChangeRefused.class)
                .isThrownBy(() -> crew.changeRole(fresh.id(), owner.id(), ProjectRole.DIRECTOR))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.last-owner"));
        assertThat(storedRole(fresh.id(), owner.id())).contains(ProjectRole.OWNER);

        crew.changeRole(fresh.id(), writer.id(), ProjectRole.OWNER);
        crew.changeRole(fresh.id(), owner.id(), ProjectRole.DIRECTOR);

        assertThat(storedRole(fresh.id(), owner.id())).contains(ProjectRole.DIRECTOR);
        assertThat(storedRole(fresh.id(), writer.id())).contains(ProjectRole.OWNER);
        assertThat(crewSize(fresh.id())).isEqualTo(6);
    }

    @Test
    void onlyOwnerCannotLeaveUntilAnotherOwnerIsPromoted() {
        var fresh = newTeam("Farewell");
        var owner = people.get(ProjectRole.OWNER).signIn();
        var editor = people.get(ProjectRole.EDITOR);

        assertThatExceptionOfType(CrewChangeRefused.class)
                .isThrownBy(() -> crew.remove(fresh.id(), owner.id()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.last-owner"));
        assertThat(storedRole(fresh.id(), owner.id())).contains(ProjectRole.OWNER);

        crew.changeRole(fresh.id(), editor.id(), ProjectRole.OWNER);
        crew.remove(fresh.id(), owner.id());

        assertThat(storedRole(fresh.id(), owner.id())).isEmpty();
        assertThat(storedRole(fresh.id(), editor.id())).contains(ProjectRole.OWNER);
        assertThat(crewSize(fresh.id())).isEqualTo(5);
    }

    @Test
    void memberWithoutCrewRightsMayStillLeave() {
        var fresh = newTeam("Leaving");
        var viewer = people.get(ProjectRole.VIEWER).signIn();

        crew.remove(fresh.id(), viewer.id());

        assertThat(storedRole(fresh.id(), viewer.id())).isEmpty();
        assertNotAllowed(Permission.VIEW, () -> projects.find(fresh.id()));
    }

    // --- Nobody signed in ---

    @Test
    void nobodySignedInIsRefusedBeforeAnyPermissionIsChecked() {
        Actors.signOut();

        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> access.require(team.id(), Permission.VIEW))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("account.error.not-signed-in"));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> projects.find(team.id()));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> crew.members(team.id()));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> projects.rename(team.id(), "Anonymous"));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> crew.remove(team.id(), bystander.id()));
        assertThatExceptionOfType(NotSignedIn.class)
                .isThrownBy(() -> invitations.invite(team.id(), ProjectRole.OWNER, null));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> invitations.accept(team.openToken()));
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(() -> projects.mine());
        assertThatExceptionOfType(NotSignedIn.class).isThrownBy(
                () -> projects.create(new NewProject("Nobody's", "", ScriptLanguage.EN, OutputFormat.SQUARE)));
        assertThat(access.can(team.id(), Permission.VIEW)).isFalse();

        assertThat(storedName(team.id())).contains(team.name());
        assertThat(crewSize(team.id())).isEqualTo(6);
        assertThat(invitationCount(team.id())).isEqualTo(TEAM_INVITATIONS);
        assertThat(revoked(team.openInvitation())).isFalse();
    }

    // --- Helpers ---

    /** The owner starts a project and everyone joins it through invitation links, as people do. */
    private Team newTeam(String name) {
        people.get(ProjectRole.OWNER).signIn();
        var id = projects.create(new NewProject(name, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        for (var role : List.of(ProjectRole.WRITER, ProjectRole.DIRECTOR, ProjectRole.EDITOR, ProjectRole.VIEWER)) {
            join(id, role, people.get(role));
        }
        join(id, ProjectRole.VIEWER, bystander);
        people.get(ProjectRole.OWNER).signIn();
        var open = invitations.invite(id, ProjectRole.WRITER, null);
        Actors.signOut();
        return new Team(id, name, open.id(), token(open));
    }

    private void join(ProjectId project, ProjectRole role, Actor person) {
        people.get(ProjectRole.OWNER).signIn();
        var token = token(invitations.invite(project, role, null));
        person.signIn();
        assertThat(invitations.accept(token)).isEqualTo(new JoinedProject(project, false));
    }

    private static String token(IssuedInvitation issued) {
        return issued.path().substring("join/".length());
    }

    private static void assertNotAllowed(Permission permission, ThrowingCallable action) {
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(action).satisfies(e -> {
            assertThat(e.permission()).isEqualTo(permission);
            assertThat(e.messageKey()).isEqualTo(
                    "project.error.not-allowed." + permission.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
    }

    private Optional<String> storedName(ProjectId project) {
        return jdbc.queryForList("select name from project where id = ?", String.class, project.value())
                .stream().findFirst();
    }

    private boolean storedArchived(ProjectId project) {
        return jdbc.queryForObject("select archived from project where id = ?", Boolean.class, project.value());
    }

    private Optional<ProjectRole> storedRole(ProjectId project, UserId user) {
        return jdbc.queryForList("select role from project_member where project_id = ? and user_id = ?",
                String.class, project.value(), user.value()).stream().findFirst().map(ProjectRole::valueOf);
    }

    private int crewSize(ProjectId project) {
        return jdbc.queryForObject("select count(*) from project_member where project_id = ?", Integer.class,
                project.value());
    }

    private int invitationCount(ProjectId project) {
        return jdbc.queryForObject("select count(*) from project_invitation where project_id = ?", Integer.class,
                project.value());
    }

    private boolean revoked(InvitationId invitation) {
        return jdbc.queryForObject("select revoked_at is not null from project_invitation where id = ?",
                Boolean.class, invitation.value());
    }
}
