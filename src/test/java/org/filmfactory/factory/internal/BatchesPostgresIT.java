package org.filmfactory.factory.internal;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production line on a real PostgreSQL server: V25's tables and every conditional update the keeper steps by.
 * Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class BatchesPostgresIT extends BatchesIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "batches-postgres-it");
    }
}
