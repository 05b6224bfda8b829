package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.filmfactory.account.UserDirectory;
import org.filmfactory.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Forced on with a database that is not the embedded H2, the demo studio warns loudly at start (issue 9). */
@ExtendWith({PostgresServer.class, OutputCaptureExtension.class})
@SpringBootTest(properties = "filmfactory.demo.enabled=true")
@ActiveProfiles("postgres")
@DirtiesContext
class DemoStudioForcedPostgresIT {

    @Autowired
    UserDirectory directory;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DemoStudioPostgresIT.onPostgres(registry);
    }

    @Test
    void aForcedDemoStudioWarnsThatItsPasswordIsKnown(CapturedOutput output) {
        assertThat(directory.findByEmail("owner@example.com")).isPresent();
        assertThat(output.getOut()).contains("WARN").contains("THE DEMO STUDIO IS ON with the database "
                + PostgresServer.url().replaceAll("[?;].*", "") + ".");
    }
}
