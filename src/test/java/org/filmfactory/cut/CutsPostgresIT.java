package org.filmfactory.cut;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same cut on a real PostgreSQL server: V18's tables, the body as text, the row lock and the conditional update
 * that order edits, the unique version name. Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it
 * under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class CutsPostgresIT extends CutsIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "cuts-postgres-it");
    }
}
