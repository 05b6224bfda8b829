package org.filmfactory.factory.internal;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A batch of ideas and its retry on a real PostgreSQL server: V26's idea column and the updates that write a failed
 * idea again. Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class BatchIdeasPostgresIT extends BatchIdeasIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "batch-ideas-postgres-it");
    }
}
