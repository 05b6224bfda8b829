package org.filmfactory;

import org.filmfactory.testsupport.StudioTest;
import org.springframework.context.ApplicationContext;

/** The persistence contract on H2 in PostgreSQL mode: the database of a single studio and of every other test. */
@StudioTest
class PersistenceH2IT extends PersistenceContract {

    PersistenceH2IT(ApplicationContext context) {
        super(context);
    }

    @Override
    String databaseProduct() {
        return "H2";
    }
}
