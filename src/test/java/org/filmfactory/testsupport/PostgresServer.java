package org.filmfactory.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server for tests: a fresh throw-away database per test class, dropped after it.
 *
 * <p>The server comes from {@code FILMFACTORY_TEST_POSTGRES_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:55432/postgres} as {@code .ci/postgres.sh start} prints it, with
 * {@code FILMFACTORY_TEST_POSTGRES_USER} (default {@code postgres}) and {@code FILMFACTORY_TEST_POSTGRES_PASSWORD}
 * (default empty). The user must be allowed to create databases.
 * Without a URL the class is skipped on a workstation and fails under {@code CI=true}, so a build server that lost
 * its PostgreSQL cannot pass by skipping. Each database is made from {@code template0} in UTF-8 with the C locale.
 *
 * <p>Register it before Spring, so it creates the database before the context starts and drops it after a
 * {@code @DirtiesContext} context has closed its connections; read the coordinates in {@code @DynamicPropertySource}:
 * <pre>{@code
 * @ExtendWith(PostgresServer.class)
 * @SpringBootTest
 * @DirtiesContext
 * class SomethingPostgresIT {
 *     @DynamicPropertySource
 *     static void postgres(DynamicPropertyRegistry registry) {
 *         registry.add("spring.datasource.url", PostgresServer::url);
 *         ...
 * }</pre>
 * Test classes that use it run one after another (Failsafe's default), as it holds the current class's database.
 */
public final class PostgresServer implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    public static final String URL_VARIABLE = "FILMFACTORY_TEST_POSTGRES_URL";
    public static final String USER_VARIABLE = "FILMFACTORY_TEST_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "FILMFACTORY_TEST_POSTGRES_PASSWORD";
    static final String MISSING = "PostgreSQL tests need " + URL_VARIABLE + "; .ci/run starts a server";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");
    private static final AtomicReference<Database> CURRENT = new AtomicReference<>();

    /** A database on the test server: its JDBC URL and the credentials to use it; made on {@code serverUrl}. */
    public record Database(String name, String url, String user, String password, String serverUrl) {
    }

    /** Skips (reported as skipped, before Spring starts anything) without a server, unless under CI. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return configured(System.getenv()) || onCi(System.getenv())
                ? ConditionEvaluationResult.enabled(URL_VARIABLE + " is set, or CI requires it")
                : ConditionEvaluationResult.disabled(MISSING);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        var database = create(System.getenv());
        if (!CURRENT.compareAndSet(null, database)) {
            drop(database);
            throw new IllegalStateException("Another test class still holds a PostgreSQL test database: "
                    + CURRENT.get().name() + "; PostgreSQL test classes must not run in parallel");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var database = CURRENT.getAndSet(null);
        if (database != null) {
            drop(database);
        }
    }

    /** The current test class's database; for {@code @DynamicPropertySource}. */
    public static Database database() {
        var database = CURRENT.get();
        if (database == null) {
            throw new IllegalStateException("No PostgreSQL test database: put @ExtendWith(PostgresServer.class) "
                    + "on the test class, before @SpringBootTest");
        }
        return database;
    }

    public static String url() {
        return database().url();
    }

    public static String user() {
        return database().user();
    }

    public static String password() {
        return database().password();
    }

    /**
     * Points a Spring test context at the current class's database, with a Hazelcast member named {@code nodeName}
     * of its own (the test profile's instance name would be shared with the H2 contexts of other test classes).
     */
    public static void connect(DynamicPropertyRegistry registry, String nodeName) {
        registry.add("spring.datasource.url", PostgresServer::url);
        registry.add("spring.datasource.username", PostgresServer::user);
        registry.add("spring.datasource.password", PostgresServer::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registry.add("filmfactory.cluster.node-name", () -> nodeName);
    }

    /**
     * Stops the whole server (fast shutdown: every connection is cut), runs {@code meanwhile}, and starts it again
     * with the options it had. Needs {@code FILMFACTORY_TEST_POSTGRES_DIR} as {@code .ci/postgres.sh} exports it.
     */
    public static void whileStopped(Runnable meanwhile) {
        var dir = System.getenv("FILMFACTORY_TEST_POSTGRES_DIR");
        if (dir == null || dir.isBlank()) {
            Assumptions.abort("restarting the server needs FILMFACTORY_TEST_POSTGRES_DIR (.ci/postgres.sh start)");
        }
        var data = java.nio.file.Path.of(dir, "data");
        try {
            // postmaster.opts holds the command line the server runs with: start it again with the same options.
            var opts = java.nio.file.Files.readString(data.resolve("postmaster.opts")).strip();
            var postgres = java.nio.file.Path.of(opts.substring(0, opts.indexOf(' ')));
            var options = opts.substring(opts.indexOf(' ') + 1).replaceAll("\"-D\" \"[^\"]*\"", "").strip();
            var pgCtl = postgres.resolveSibling("pg_ctl").toString();
            run(pgCtl, "-D", data.toString(), "-m", "fast", "-w", "stop");
            try {
                meanwhile.run();
            } finally {
                run(pgCtl, "-D", data.toString(), "-l", dir + "/server.log", "-w", "-o", options, "start");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws java.io.IOException {
        var line = new java.util.ArrayList<String>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(java.util.List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(java.util.List.of(command));
        var process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try {
            var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a fresh UTF-8 database on the server {@code environment} names, or skips or fails without one. */
    static Database create(Map<String, String> environment) throws SQLException {
        if (!configured(environment)) {
            if (onCi(environment)) {
                Assertions.fail(MISSING);
            }
            Assumptions.abort(MISSING);
        }
        var serverUrl = environment.get(URL_VARIABLE).strip();
        var user = Objects.requireNonNullElse(environment.get(USER_VARIABLE), "postgres");
        var password = Objects.requireNonNullElse(environment.get(PASSWORD_VARIABLE), "");
        var name = "ff_test_" + HexFormat.of().toHexDigits(UUID.randomUUID().getMostSignificantBits());
        var database = new Database(name, withDatabase(serverUrl, name), user, password, serverUrl);
        try (var connection = connect(serverUrl, user, password); var statement = connection.createStatement()) {
            // template0 with the C locale works on any server and gives UTF-8 whatever the cluster's default is.
            statement.execute("CREATE DATABASE " + name
                    + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        }
        LOG.info("Created throw-away database {} for tests", database.url());
        return database;
    }

    private static boolean configured(Map<String, String> environment) {
        var url = environment.get(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    private static boolean onCi(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.get("CI"));
    }

    /** Best effort: a database left behind is a leak on a throw-away server, not a test failure. */
    static void drop(Database database) {
        var serverUrl = database.serverUrl();
        try (var connection = connect(serverUrl, database.user(), database.password());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database.name());
            LOG.info("Dropped throw-away database {}", database.name());
        } catch (SQLException inUse) {
            try (var connection = connect(serverUrl, database.user(), database.password());
                    var statement = connection.createStatement()) {
                // PostgreSQL 13+: ends the connections a context left open.
                statement.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
                LOG.warn("Dropped throw-away database {} with open connections", database.name());
            } catch (SQLException e) {
                LOG.warn("Could not drop throw-away database {}: {}", database.name(), e.getMessage());
            }
        }
    }

    /** {@code url} with its database replaced by {@code database}, parameters kept. */
    static String withDatabase(String url, String database) {
        var matcher = JDBC_URL.matcher(url.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like "
                    + "jdbc:postgresql://host:port/database, not " + url);
        }
        return matcher.group(1) + "/" + database.toLowerCase(Locale.ROOT)
                + Objects.requireNonNullElse(matcher.group(3), "");
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new SQLException("Cannot reach the PostgreSQL test server at " + url + " as " + user + " ("
                    + URL_VARIABLE + "): " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
