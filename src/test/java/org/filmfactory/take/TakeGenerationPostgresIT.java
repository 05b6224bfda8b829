package org.filmfactory.take;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same takes on a real PostgreSQL server: V13's tables, the shot row created with {@code ON CONFLICT DO
 * NOTHING}, its lock and the unique job id. Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it
 * under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class TakeGenerationPostgresIT extends TakeGenerationIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "takes-postgres-it");
    }
}
