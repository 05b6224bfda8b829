package org.filmfactory.review;

import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same review on a real PostgreSQL server: V14's tables and checks, the comment ordinal from its sequence, the
 * approval row created with {@code ON CONFLICT DO NOTHING} and locked, Chinese text and drawings read back as written.
 * Skipped without {@code FILMFACTORY_TEST_POSTGRES_URL}, failed without it under {@code CI=true}.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class ReviewsPostgresIT extends ReviewsIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.connect(registry, "reviews-postgres-it");
    }
}
