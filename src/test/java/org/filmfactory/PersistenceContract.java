package org.filmfactory;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmfactory.account.UserId;
import org.filmfactory.account.internal.Account;
import org.filmfactory.account.internal.Accounts;
import org.filmfactory.project.InvitationStatus;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectCreated;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.project.internal.Invitation;
import org.filmfactory.project.internal.Invitations;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Project;
import org.filmfactory.project.internal.Projects;
import org.filmfactory.testsupport.Actors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the studio needs from its database, checked the same way on every database it supports: the migrations,
 * the mappings Hibernate validated them against, the constraints the SQL declares, the repositories' queries, the
 * locks, and the event publication registry. Each subclass boots the whole studio on one database.
 */
abstract class PersistenceContract {

    static final Instant MONDAY = Instant.parse("2026-11-23T08:15:30.123456Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T19:45:00.654321Z");
    static final Instant NEXT_WEEK = Instant.parse("2026-12-01T08:15:30.000001Z");

    final ApplicationContext context;
    final Accounts accounts;
    final Projects projects;
    final Memberships memberships;
    final Invitations invitations;
    final TransactionTemplate transaction;
    final JdbcTemplate jdbc;

    PersistenceContract(ApplicationContext context) {
        this.context = context;
        this.accounts = context.getBean(Accounts.class);
        this.projects = context.getBean(Projects.class);
        this.memberships = context.getBean(Memberships.class);
        this.invitations = context.getBean(Invitations.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** The product name the JDBC driver reports, so a misconfigured subclass cannot test the wrong database. */
    abstract String databaseProduct();

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void migrationsRanInOrderAndHibernateValidatedTheSchema() throws SQLException {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(databaseProduct());
        }
        // On H2 Flyway also notes the creation of its table, in a row without a version.
        var applied = jdbc.query("select version, description, success from flyway_schema_history "
                        + "where version is not null order by installed_rank",
                (row, i) -> new Migration(row.getString(1), row.getString(2), row.getBoolean(3)));
        assertThat(applied).containsExactlyElementsOf(scriptsInDbMigration());
        // The context started, and with it Hibernate's check of every mapping against the migrated schema.
        assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    /** Every script in the top-level db/migration folder, as Flyway should have recorded it, in version order. */
    private static java.util.List<Migration> scriptsInDbMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
            var pattern = java.util.regex.Pattern.compile("V(\\d+)__(.+)\\.sql");
            var scripts = files.map(f -> pattern.matcher(f.getFileName().toString())).filter(m -> m.matches())
                    .map(m -> new Migration(m.group(1), m.group(2).replace('_', ' '), true))
                    .sorted(java.util.Comparator.comparingInt(m -> Integer.parseInt(m.version())))
                    .toList();
            assertThat(scripts).as("migration scripts").hasSizeGreaterThanOrEqualTo(4)
                    .startsWith(new Migration("1", "platform event publication", true));
            return scripts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Closes every pooled connection and waits until the database has no session older than {@code since}, so the
     * next statement runs on a session that did not create the schema, as it does once the pool has renewed its
     * connections (after half an hour in a running studio).
     */
    abstract void renewEveryConnection(Instant since);

    @Test
    void checkConstraintsHoldOnConnectionsOpenedAfterTheMigrations() {
        var owner = Actors.create(context, "Cheng Check");
        var project = new Project(UUID.randomUUID(), "Checks", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD,
                owner.id().value(), MONDAY);
        transaction.executeWithoutResult(status -> projects.save(project));
        var since = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
        ((HikariDataSource) jdbc.getDataSource()).getHikariPoolMXBean().softEvictConnections();
        renewEveryConnection(since);

        var shot = UUID.randomUUID();
        jdbc.update("insert into review_approval (shot_id, project_id, state) values (?, ?, 'DRAFT')", shot,
                project.id());
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update(
                "update review_approval set state = 'LOST' where shot_id = ?", shot));
        assertThat(jdbc.queryForObject("select state from review_approval where shot_id = ?", String.class, shot))
                .isEqualTo("DRAFT");
    }

    @Test
    void accountRoundTripsWithChineseName() {
        var account = new Account(UUID.randomUUID(), uniqueEmail("lao.she"), "老舍 Lao She",
                "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4.dBBUwmyH2ekgwmhn8qpnlIe", "zh-CN", MONDAY);
        transaction.executeWithoutResult(status -> accounts.save(account));

        var loaded = transaction.execute(status -> accounts.findByEmail(account.email()).orElseThrow());

        assertThat(loaded).usingRecursiveComparison().isEqualTo(account);
        assertThat(loaded.displayName()).isEqualTo("老舍 Lao She");
    }

    @Test
    void databaseRefusesSecondAccountWithSameEmail() {
        var email = uniqueEmail("cao.yu");
        var first = new Account(UUID.randomUUID(), email, "曹禺", "hash-1", "zh-CN", MONDAY);
        transaction.executeWithoutResult(status -> accounts.save(first));
        var second = new Account(UUID.randomUUID(), email, "Someone Else", "hash-2", "en", TUESDAY);

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> transaction.executeWithoutResult(status -> accounts.saveAndFlush(second)));

        assertThat(jdbc.queryForObject("select count(*) from account_user where email = ?", Long.class, email))
                .isEqualTo(1L);
        Account stored = transaction.execute(status -> accounts.findByEmail(email).orElseThrow());
        assertThat(stored).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void projectRoundTripsAndCountsItsVersions() {
        var owner = Actors.create(context, "Lao She");
        var project = new Project(UUID.randomUUID(), "茶馆", "三幕话剧：一家北京茶馆里的五十年。", ScriptLanguage.ZH,
                new OutputFormat(1080, 1920, 30), owner.id().value(), MONDAY);
        project.archive(true);
        transaction.executeWithoutResult(status -> projects.save(project));

        var loaded = transaction.execute(status -> projects.findById(project.id()).orElseThrow());
        assertThat(loaded).usingRecursiveComparison().isEqualTo(project);
        assertThat(loaded.format()).isEqualTo(OutputFormat.VERTICAL_HD);
        assertThat(loaded.language()).isEqualTo(ScriptLanguage.ZH);
        assertThat(loaded.archived()).isTrue();
        assertThat(version("project", project.id())).isZero();

        transaction.executeWithoutResult(status -> projects.findById(project.id()).orElseThrow().rename("茶馆（新版）"));
        transaction.executeWithoutResult(status -> projects.findById(project.id()).orElseThrow().archive(false));

        var updated = transaction.execute(status -> projects.findById(project.id()).orElseThrow());
        assertThat(updated.name()).isEqualTo("茶馆（新版）");
        assertThat(updated.archived()).isFalse();
        assertThat(updated).extracting("version").isEqualTo(2L);
        assertThat(version("project", project.id())).isEqualTo(2L);
    }

    @Test
    void membershipsRoundTripAndAreFoundByProjectAndByPerson() {
        var owner = Actors.create(context, "Olga Owner").id().value();
        var writer = Actors.create(context, "Wang Writer").id().value();
        var viewer = Actors.create(context, "Vera Viewer").id().value();
        var teahouse = project(owner, "茶馆");
        var thunderstorm = project(writer, "雷雨");
        var writerOnTeahouse = new Membership(teahouse, writer, ProjectRole.WRITER, TUESDAY);
        transaction.executeWithoutResult(status -> {
            // Saved out of joining order: the query sorts by joining time.
            memberships.save(new Membership(teahouse, viewer, ProjectRole.VIEWER, NEXT_WEEK));
            memberships.save(writerOnTeahouse);
            memberships.save(new Membership(teahouse, owner, ProjectRole.OWNER, MONDAY));
            memberships.save(new Membership(thunderstorm, writer, ProjectRole.OWNER, MONDAY));
        });

        var loaded = transaction.execute(status ->
                memberships.findById(new Membership.Key(teahouse, writer)).orElseThrow());
        assertThat(loaded).usingRecursiveComparison().isEqualTo(writerOnTeahouse);

        assertThat(memberships.findByProject(teahouse))
                .extracting(Membership::projectId, Membership::userId, Membership::role, Membership::joinedAt)
                .containsExactly(
                        tuple(teahouse, owner, ProjectRole.OWNER, MONDAY),
                        tuple(teahouse, writer, ProjectRole.WRITER, TUESDAY),
                        tuple(teahouse, viewer, ProjectRole.VIEWER, NEXT_WEEK));
        assertThat(memberships.findByUser(writer))
                .extracting(Membership::projectId, Membership::role)
                .containsExactlyInAnyOrder(
                        tuple(teahouse, ProjectRole.WRITER),
                        tuple(thunderstorm, ProjectRole.OWNER));
        assertThat(memberships.countByProjectAndRole(teahouse, ProjectRole.OWNER)).isEqualTo(1);
        assertThat(memberships.countByProjectAndRole(teahouse, ProjectRole.VIEWER)).isEqualTo(1);
        assertThat(memberships.countByProjectAndRole(teahouse, ProjectRole.DIRECTOR)).isZero();
        assertThat(memberships.countByProject(teahouse)).isEqualTo(3);
        assertThat(memberships.countByProject(thunderstorm)).isEqualTo(1);
    }

    @Test
    void deletingProjectDeletesItsCrewAndInvitationsInTheDatabase() {
        var owner = Actors.create(context, "Olga Owner").id().value();
        var writer = Actors.create(context, "Wang Writer").id().value();
        var doomed = project(owner, "茶馆");
        var kept = project(owner, "雷雨");
        transaction.executeWithoutResult(status -> {
            memberships.save(new Membership(doomed, owner, ProjectRole.OWNER, MONDAY));
            memberships.save(new Membership(doomed, writer, ProjectRole.WRITER, TUESDAY));
            memberships.save(new Membership(kept, owner, ProjectRole.OWNER, MONDAY));
            invitations.save(invitation(doomed, owner, ProjectRole.EDITOR, null));
            invitations.save(invitation(doomed, owner, ProjectRole.VIEWER, "li@example.com"));
            invitations.save(invitation(kept, owner, ProjectRole.DIRECTOR, null));
        });

        // Hibernate knows nothing of the crew: only the foreign keys' ON DELETE CASCADE removes it.
        transaction.executeWithoutResult(status -> projects.deleteById(doomed));

        assertThat(rows("project", "id", doomed)).isZero();
        assertThat(rows("project_member", "project_id", doomed)).isZero();
        assertThat(rows("project_invitation", "project_id", doomed)).isZero();
        assertThat(rows("project", "id", kept)).isEqualTo(1);
        assertThat(rows("project_member", "project_id", kept)).isEqualTo(1);
        assertThat(rows("project_invitation", "project_id", kept)).isEqualTo(1);
    }

    @Test
    void invitationsRoundTripWithAndWithoutOptionalColumns() {
        var owner = Actors.create(context, "Olga Owner").id().value();
        var newcomer = Actors.create(context, "Nadia Newcomer").id().value();
        var teahouse = project(owner, "茶馆");
        var byLink = invitation(teahouse, owner, ProjectRole.DIRECTOR, null, tokenHash());
        var accepted = invitation(teahouse, owner, ProjectRole.WRITER, "nadia@example.com", tokenHash());
        accepted.accept(newcomer, TUESDAY);
        var revokedToken = tokenHash();
        var revoked = invitation(teahouse, owner, ProjectRole.VIEWER, "王芳@example.com", revokedToken);
        revoked.revoke(TUESDAY);
        transaction.executeWithoutResult(status -> List.of(byLink, accepted, revoked).forEach(invitations::save));

        for (var invitation : List.of(byLink, accepted, revoked)) {
            var loaded = transaction.execute(status -> invitations.findById(invitation.id()).orElseThrow());
            assertThat(loaded).usingRecursiveComparison().isEqualTo(invitation);
        }
        var found = transaction.execute(status -> invitations.findByTokenHash(revokedToken).orElseThrow());
        assertThat(found).usingRecursiveComparison().isEqualTo(revoked);
        assertThat(invitations.findByTokenHash(tokenHash())).isEmpty();
        var newestFirst = transaction.execute(status -> invitations.findByProjectIdOrderByCreatedAtDesc(teahouse)
                .stream().map(Invitation::id).toList());
        assertThat(newestFirst).containsExactly(revoked.id(), byLink.id(), accepted.id()); // VIEWER, DIRECTOR, WRITER
    }

    @Test
    void secondOfTwoConcurrentInvitationChangesFails() {
        var owner = Actors.create(context, "Olga Owner").id().value();
        var first = Actors.create(context, "First Comer").id().value();
        var teahouse = project(owner, "茶馆");
        var invitation = invitation(teahouse, owner, ProjectRole.WRITER, null);
        transaction.executeWithoutResult(status -> invitations.save(invitation));
        var copyOne = transaction.execute(status -> invitations.findById(invitation.id()).orElseThrow());
        var copyTwo = transaction.execute(status -> invitations.findById(invitation.id()).orElseThrow());

        transaction.executeWithoutResult(status -> {
            copyOne.accept(first, TUESDAY);
            invitations.save(copyOne);
        });
        copyTwo.revoke(TUESDAY);

        assertThatExceptionOfType(OptimisticLockingFailureException.class)
                .isThrownBy(() -> transaction.executeWithoutResult(status -> invitations.save(copyTwo)));

        var stored = transaction.execute(status -> invitations.findById(invitation.id()).orElseThrow());
        assertThat(stored.acceptedBy()).isEqualTo(first);
        assertThat(stored.status(TUESDAY)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(version("project_invitation", invitation.id())).isEqualTo(1L);
    }

    @Test
    void crewChangesOnOneProjectWaitForEachOther() throws Exception {
        var owner = Actors.create(context, "Olga Owner").id().value();
        var teahouse = project(owner, "茶馆");
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        // Two threads of their own: a shared pool might run the second change only after the first, and prove nothing.
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                projects.findForCrewChange(teahouse).orElseThrow().rename("茶馆（第二幕）");
                projects.flush();
                locked.countDown();
                awaitLatch(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> transaction.execute(status ->
                    projects.findForCrewChange(teahouse).orElseThrow().name()));

            await("the second crew change waiting for the first one's lock")
                    .during(ofMillis(700)).atMost(ofSeconds(5)).until(() -> !second.isDone());
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            // It waited for the first change and then read what that change committed.
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("茶馆（第二幕）");
        } finally {
            release.countDown();
        }
        Optional<Project> unknown = transaction.execute(status -> projects.findForCrewChange(UUID.randomUUID()));
        assertThat(unknown).isEmpty();
    }

    @Test
    void eventPublicationRegistryRecordsDomainEventsAndDeletesThemWhenDone() {
        var owner = Actors.create(context, "Cao Yu").signIn();
        var management = context.getBean(ProjectManagement.class);
        // Inside the creating transaction the registry has recorded one publication per module listener...
        var recorded = transaction.execute(status -> {
            var created = management.create(new NewProject("雷雨", "一个雷雨夜，两个家庭。",
                    ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
            return publications(created.value(), owner.id()).stream()
                    .filter(publication -> publication.eventType().equals(ProjectCreated.class.getName()))
                    .toList();
        });
        assertThat(recorded).extracting(Publication::listenerId, Publication::completed).containsExactlyInAnyOrder(
                tuple("org.filmfactory.breakdown.internal.ScriptFollower.on(" + ProjectCreated.class.getName() + ")",
                        false),
                tuple("org.filmfactory.screenplay.internal.ScriptRelay.on(" + ProjectCreated.class.getName() + ")",
                        false));
        var project = recorded.getFirst().serializedEvent();

        // ...and once the listeners are done, their rows are gone (spring.modulith.events.completion-mode=DELETE).
        await("completed publications deleted").atMost(ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event = ?",
                        Long.class, project)).isZero());
    }

    private List<Publication> publications(UUID project, UserId owner) {
        return jdbc.query("select event_type, listener_id, serialized_event, completion_date, status "
                        + "from event_publication where serialized_event like ?",
                (row, i) -> new Publication(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4) != null, row.getString(5)),
                "%" + project + "%")
                .stream().filter(publication -> publication.serializedEvent().contains(owner.value().toString()))
                .toList();
    }

    private UUID project(UUID owner, String name) {
        var project = new Project(UUID.randomUUID(), name, "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD, owner,
                MONDAY);
        transaction.executeWithoutResult(status -> projects.save(project));
        return project.id();
    }

    private static Invitation invitation(UUID project, UUID invitedBy, ProjectRole role, @Nullable String email) {
        return invitation(project, invitedBy, role, email, tokenHash());
    }

    /** An open invitation; the later the role in {@link ProjectRole}, the later it was made. */
    private static Invitation invitation(UUID project, UUID invitedBy, ProjectRole role, @Nullable String email,
            String tokenHash) {
        var created = MONDAY.plusSeconds(role.ordinal());
        return new Invitation(UUID.randomUUID(), project, role, tokenHash, email, invitedBy, created, NEXT_WEEK);
    }

    private static String tokenHash() {
        var random = UUID.randomUUID();
        var more = UUID.randomUUID();
        return HexFormat.of().toHexDigits(random.getMostSignificantBits())
                + HexFormat.of().toHexDigits(random.getLeastSignificantBits())
                + HexFormat.of().toHexDigits(more.getMostSignificantBits())
                + HexFormat.of().toHexDigits(more.getLeastSignificantBits());
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    private long version(String table, UUID id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private long rows(String table, String column, UUID id) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, id);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Migration(String version, String description, boolean success) {
    }

    private record Publication(String eventType, String listenerId, String serializedEvent, boolean completed,
            String status) {
    }
}
