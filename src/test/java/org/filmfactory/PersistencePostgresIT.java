package org.filmfactory;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server, in a throw-away database of its own, with the production
 * {@code postgres} profile on top of the test one. Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed
 * without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class) // before @SpringBootTest: the database exists before the context and outlives it
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext // closes the context's connections before the database is dropped
class PersistencePostgresIT extends PersistenceContract {

    PersistencePostgresIT(ApplicationContext context) {
        super(context);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "postgres-it");
    }

    @Override
    void renewEveryConnection(Instant since) {
        // the pool closes idle connections at once, and those in use when they are handed back
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and backend_start < ?",
                Integer.class, Timestamp.from(since)) == 0);
    }

    @Override
    String databaseProduct() {
        return "PostgreSQL";
    }
}
