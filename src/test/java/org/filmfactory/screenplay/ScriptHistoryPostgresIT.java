package org.filmfactory.screenplay;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The script history's checks on a real PostgreSQL server (its SQL reads versions and steps by hand), in a throw-away
 * database of its own. Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class) // before Spring: the database exists before the context and outlives it
@ActiveProfiles({"test", "postgres"})
@DirtiesContext // closes the context's connections before the database is dropped
class ScriptHistoryPostgresIT extends ScriptHistoryIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "history-postgres-it");
    }
}
