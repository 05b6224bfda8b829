package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.filmfactory.testsupport.StudioClock;
import org.filmfactory.account.UserId;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Invitation links from issue to use: single use, seven days, revocable, and only their hash in the database. */
@InvitationStudio
@RecordApplicationEvents
class InvitationServiceIT {

    private static final Duration LIFETIME = Duration.ofDays(7);

    @Autowired
    ApplicationContext context;
    @Autowired
    InvitationService invitations;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Crew crew;
    @Autowired
    StudioClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private Actor owner;
    private ProjectId project;

    @BeforeEach
    void project() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
    }

    @AfterEach
    void cleanUp() {
        Actors.signOut();
        clock.reset();
    }

    @Test
    void anArchivedProjectTakesNoNewMembersEvenWithAnEarlierLink() {
        var issued = invitations.invite(project, ProjectRole.WRITER, null);
        projects.archive(project, true);
        var newcomer = Actors.create(context, "Late Larry").signIn();

        assertThatExceptionOfType(ProjectArchivedRefusal.class).isThrownBy(() -> invitations.accept(token(issued)));

        owner.signIn();
        assertThat(crew.members(project)).extracting(CrewMember::userId).doesNotContain(newcomer.id());
    }

    @Test
    void acceptingJoinsTheCrewInTheInvitedRoleAndAnnouncesTheNewMember() {
        var issued = invitations.invite(project, ProjectRole.DIRECTOR, null);
        assertThat(events.stream(InvitationIssued.class))
                .containsExactly(new InvitationIssued(project, issued.id(), ProjectRole.DIRECTOR));
        var newcomer = Actors.create(context, "Nadia Newcomer").signIn();

        var joined = invitations.accept(token(issued));

        assertThat(joined).isEqualTo(new JoinedProject(project, false));
        assertThat(events.stream(MemberJoined.class)).containsExactly(
                new MemberJoined(project, owner.id(), ProjectRole.OWNER),
                new MemberJoined(project, newcomer.id(), ProjectRole.DIRECTOR));
        assertThat(projects.find(project).myRole()).isEqualTo(ProjectRole.DIRECTOR);
        assertThat(crew.members(project)).extracting(CrewMember::userId, CrewMember::displayName, CrewMember::role)
                .containsExactlyInAnyOrder(
                        tuple(owner.id(), "Olga Owner", ProjectRole.OWNER),
                        tuple(newcomer.id(), "Nadia Newcomer", ProjectRole.DIRECTOR));
    }

    @Test
    void linkWorksOnlyOnceForTheSamePerson() {
        var token = token(invitations.invite(project, ProjectRole.WRITER, null));
        var newcomer = Actors.create(context, "Nadia Newcomer").signIn();
        invitations.accept(token);

        assertUnusable("invitation.error.accepted", () -> invitations.accept(token));

        assertThat(projects.find(project).myRole()).isEqualTo(ProjectRole.WRITER);
        assertThat(events.stream(MemberJoined.class)).filteredOn(e -> e.userId().equals(newcomer.id())).hasSize(1);
    }

    @Test
    void linkWorksOnlyOnceForAnotherPerson() {
        var token = token(invitations.invite(project, ProjectRole.WRITER, null));
        Actors.create(context, "Nadia Newcomer").signIn();
        invitations.accept(token);
        var second = Actors.create(context, "Sam Second").signIn();

        assertUnusable("invitation.error.accepted", () -> invitations.accept(token));

        assertThat(roleInDatabase(second.id())).isNull();
        assertThat(crewSize()).isEqualTo(2);
    }

    @Test
    void linkWorksUntilSevenDaysHavePassed() {
        var lastMinute = token(invitations.invite(project, ProjectRole.EDITOR, null));
        var tooLate = token(invitations.invite(project, ProjectRole.EDITOR, null));
        var early = Actors.create(context, "Early Bird").signIn();
        var late = Actors.create(context, "Late Comer");

        clock.advance(LIFETIME.minusMinutes(1));
        assertThat(invitations.accept(lastMinute)).isEqualTo(new JoinedProject(project, false));
        clock.advance(Duration.ofMinutes(2));
        late.signIn();

        assertUnusable("invitation.error.expired", () -> invitations.accept(tooLate));
        assertThat(invitations.preview(tooLate).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(roleInDatabase(early.id())).isEqualTo("EDITOR");
        assertThat(roleInDatabase(late.id())).isNull();
    }

    @Test
    void revokedLinkCannotBeUsed() {
        var issued = invitations.invite(project, ProjectRole.EDITOR, null);
        invitations.revoke(project, issued.id());
        assertThat(events.stream(InvitationRevoked.class)).containsExactly(new InvitationRevoked(project, issued.id()));
        var newcomer = Actors.create(context, "Nadia Newcomer").signIn();

        assertUnusable("invitation.error.revoked", () -> invitations.accept(token(issued)));

        assertThat(invitations.preview(token(issued)).status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(roleInDatabase(newcomer.id())).isNull();
    }

    @Test
    void usedLinkCannotBeRevoked() {
        var issued = invitations.invite(project, ProjectRole.EDITOR, null);
        var newcomer = Actors.create(context, "Nadia Newcomer").signIn();
        invitations.accept(token(issued));
        owner.signIn();

        assertUnusable("invitation.error.accepted", () -> invitations.revoke(project, issued.id()));

        assertThat(roleInDatabase(newcomer.id())).isEqualTo("EDITOR");
        assertThat(invitations.list(project)).extracting(InvitationSummary::status)
                .containsExactly(InvitationStatus.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-token", "../../etc/passwd", "join/abc",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void garbageTokenIsUnknown(String garbage) {
        assertUnusable("invitation.error.unknown", () -> invitations.accept(garbage));
        assertUnusable("invitation.error.unknown", () -> invitations.preview(garbage));
    }

    @Test
    void wellFormedTokenThatWasNeverIssuedIsUnknown() {
        invitations.invite(project, ProjectRole.OWNER, null);
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var guesser = Actors.create(context, "Gus Guesser").signIn();

        assertUnusable("invitation.error.unknown", () -> invitations.accept(forged));
        assertUnusable("invitation.error.unknown", () -> invitations.preview(forged));
        assertThat(roleInDatabase(guesser.id())).isNull();
    }

    @Test
    void previewShowsProjectRoleInviterAndExpiryToAnyoneHoldingTheLink() {
        var issued = invitations.invite(project, ProjectRole.DIRECTOR, null);
        Actors.signOut();

        var preview = invitations.preview(token(issued));

        assertThat(preview.projectName()).isEqualTo("Rain City");
        assertThat(preview.role()).isEqualTo(ProjectRole.DIRECTOR);
        assertThat(preview.invitedBy()).isEqualTo("Olga Owner");
        assertThat(preview.status()).isEqualTo(InvitationStatus.OPEN);
        assertThat(preview.expiresAt()).isCloseTo(issued.expiresAt(), within(1, ChronoUnit.MILLIS));
        assertThat(storedLifetime(issued.id())).isEqualTo(LIFETIME);
    }

    @Test
    void listShowsWhoInvitedWhomAndWhoAccepted() {
        var coOwner = Actors.create(context, "Carl Coowner");
        var forCarl = invitations.invite(project, ProjectRole.OWNER, null);
        coOwner.signIn();
        invitations.accept(token(forCarl));
        clock.advance(Duration.ofMinutes(1));
        var forWriter = invitations.invite(project, ProjectRole.WRITER, "wendy@example.com");
        var writer = Actors.create(context, "Wendy Writer").signIn();
        invitations.accept(token(forWriter));
        owner.signIn();
        clock.advance(Duration.ofMinutes(1));
        var forViewer = invitations.invite(project, ProjectRole.VIEWER, null);

        var listed = invitations.list(project);

        assertThat(listed).extracting(InvitationSummary::id, InvitationSummary::role, InvitationSummary::email,
                        InvitationSummary::invitedBy, InvitationSummary::status, InvitationSummary::acceptedBy)
                .containsExactly(
                        tuple(forViewer.id(), ProjectRole.VIEWER, null, "Olga Owner", InvitationStatus.OPEN, null),
                        tuple(forWriter.id(), ProjectRole.WRITER, "wendy@example.com", "Carl Coowner",
                                InvitationStatus.ACCEPTED, "Wendy Writer"),
                        tuple(forCarl.id(), ProjectRole.OWNER, null, "Olga Owner", InvitationStatus.ACCEPTED,
                                "Carl Coowner"));
        assertThat(roleInDatabase(writer.id())).isEqualTo("WRITER");
    }

    @Test
    void memberAlreadyOnTheCrewKeepsTheirRoleAndLeavesTheLinkOpen() {
        var writer = Actors.create(context, "Wendy Writer");
        var forWriter = token(invitations.invite(project, ProjectRole.WRITER, null));
        var forSomeoneElse = invitations.invite(project, ProjectRole.OWNER, null);
        writer.signIn();
        invitations.accept(forWriter);

        var again = invitations.accept(token(forSomeoneElse));

        assertThat(again).isEqualTo(new JoinedProject(project, true));
        assertThat(roleInDatabase(writer.id())).isEqualTo("WRITER");
        assertThat(invitations.preview(token(forSomeoneElse)).status()).isEqualTo(InvitationStatus.OPEN);
        var intended = Actors.create(context, "Ivan Intended").signIn();
        assertThat(invitations.accept(token(forSomeoneElse))).isEqualTo(new JoinedProject(project, false));
        assertThat(roleInDatabase(intended.id())).isEqualTo("OWNER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "two@@example.com", "with space@example.com", "@example.com"})
    void invalidEmailIsRefusedAndNothingIsIssued(String email) {
        assertThatExceptionOfType(InvalidProjectDetails.class)
                .isThrownBy(() -> invitations.invite(project, ProjectRole.WRITER, email))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("invitation.error.email");
                });

        assertThat(invitations.list(project)).isEmpty();
        assertThat(events.stream(InvitationIssued.class)).isEmpty();
    }

    @Test
    void overlongEmailIsRefused() {
        var email = "a".repeat(250) + "@example.com";

        assertThatExceptionOfType(InvalidProjectDetails.class)
                .isThrownBy(() -> invitations.invite(project, ProjectRole.WRITER, email))
                .satisfies(e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(invitations.list(project)).isEmpty();
    }

    @Test
    void onlyTheTokensHashIsStored() {
        var issued = invitations.invite(project, ProjectRole.WRITER, null);
        var token = token(issued);

        Map<String, Object> row =
                jdbc.queryForMap("select * from project_invitation where id = ?", issued.id().value());

        assertThat(row.get("token_hash")).isEqualTo(sha256(token)).isNotEqualTo(token);
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token));
        assertThat(jdbc.queryForObject("select count(*) from project_invitation where token_hash = ?", Integer.class,
                token)).isZero();
    }

    @Test
    void everyLinkGetsItsOwnToken() {
        var first = invitations.invite(project, ProjectRole.WRITER, null);
        var second = invitations.invite(project, ProjectRole.WRITER, null);

        assertThat(first.path()).matches("join/[A-Za-z0-9_-]{43}");
        assertThat(second.path()).matches("join/[A-Za-z0-9_-]{43}").isNotEqualTo(first.path());
    }

    private static String token(IssuedInvitation issued) {
        assertThat(issued.path()).startsWith("join/");
        return issued.path().substring("join/".length());
    }

    private static void assertUnusable(String key, ThrowingCallable action) {
        assertThatExceptionOfType(InvitationUnusable.class).isThrownBy(action)
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private String roleInDatabase(UserId user) {
        return jdbc.queryForList("select role from project_member where project_id = ? and user_id = ?", String.class,
                project.value(), user.value()).stream().findFirst().orElse(null);
    }

    private int crewSize() {
        return jdbc.queryForObject("select count(*) from project_member where project_id = ?", Integer.class,
                project.value());
    }

    private Duration storedLifetime(InvitationId id) {
        return jdbc.queryForObject("select created_at, expires_at from project_invitation where id = ?",
                (rs, row) -> Duration.between(rs.getObject(1, Instant.class), rs.getObject(2, Instant.class)),
                id.value());
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
