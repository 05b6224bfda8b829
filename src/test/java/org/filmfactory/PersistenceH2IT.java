package org.filmfactory;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.filmfactory.testsupport.StudioTest;
import org.springframework.context.ApplicationContext;

/** The persistence contract on H2 in PostgreSQL mode: the database of a single studio and of every other test. */
@StudioTest
class PersistenceH2IT extends PersistenceContract {

    PersistenceH2IT(ApplicationContext context) {
        super(context);
    }

    @Override
    void renewEveryConnection(Instant since) {
        // the pool closes idle connections at once, and those in use when they are handed back
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from information_schema.sessions where session_start < ?", Integer.class,
                Timestamp.from(since)) == 0);
    }

    @Override
    String databaseProduct() {
        return "H2";
    }
}
