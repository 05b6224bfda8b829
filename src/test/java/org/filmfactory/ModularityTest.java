package org.filmfactory;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of STYLE.md: no cycles, API-only access, only the declared dependencies. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FilmFactoryApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
