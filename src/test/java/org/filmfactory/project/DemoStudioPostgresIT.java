package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the production {@code postgres} profile alone (not the test profile, which switches the demo off itself), a
 * fresh studio has no demo accounts: their password is published (issue 9).
 */
@ExtendWith({PostgresServer.class, OutputCaptureExtension.class})
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class DemoStudioPostgresIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory directory;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        onPostgres(registry);
    }

    /** The database from {@link PostgresServer} and a Hazelcast cluster of the context's own. */
    static void onPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresServer::url);
        registry.add("spring.datasource.username", PostgresServer::user);
        registry.add("spring.datasource.password", PostgresServer::password);
        registry.add("filmfactory.cluster.name", () -> "demo-" + UUID.randomUUID());
        registry.add("filmfactory.cluster.node-name", () -> "demo-it");
        registry.add("filmfactory.cluster.port", () -> "0");
        registry.add("filmfactory.cluster.members", () -> "");
        registry.add("filmfactory.data-dir",
                () -> System.getProperty("java.io.tmpdir") + "/ff-demo-" + UUID.randomUUID());
    }

    @Test
    void theDemoStudioIsOffByDefault(CapturedOutput output) {
        assertThat(context.getEnvironment().getProperty("filmfactory.demo.enabled")).isEqualTo("false");
        assertThat(directory.findByEmail("owner@example.com")).isEmpty();
        assertThat(output.getOut()).doesNotContain("THE DEMO STUDIO IS ON");
    }
}
