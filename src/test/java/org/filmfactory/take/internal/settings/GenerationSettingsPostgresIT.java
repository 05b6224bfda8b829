package org.filmfactory.take.internal.settings;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The generation settings on a real PostgreSQL server: sealed keys, the budget's row lock and sums, usage per member.
 * Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class GenerationSettingsPostgresIT extends GenerationSettingsIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "generation-postgres-it");
    }
}
