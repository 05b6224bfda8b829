package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.ScriptLog;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.PostgresServer;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes away right after writers typed: what was accepted but not yet written stays in the cluster
 * (with a backup) while every write attempt fails, and all of it reaches the database once the server is back.
 * (While the database is away nothing new is accepted: membership checks read it; the editors keep such typing.)
 */
@ExtendWith({PostgresServer.class, OutputCaptureExtension.class})
class ScriptDurabilityPostgresIT {

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aDatabaseRestartLosesNoAcceptedStep(CapturedOutput output) {
        try (var nodes = new StudioNodes(2, PostgresServer.url()).start(
                "--spring.datasource.username=" + PostgresServer.user(),
                "--spring.datasource.password=" + PostgresServer.password(),
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--filmfactory.screenplay.persist-interval=1500ms")) {
            Actors.create(nodes.node(0), "Olga Owner").signIn();
            var project = nodes.node(0).getBean(ProjectManagement.class)
                    .create(new NewProject("Outage", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
            var expected = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                new Typist(nodes.node(i % 2).getBean(ScriptEditing.class), project, "before").type("前" + i);
                expected.append("前").append(i);
            }
            var live = nodes.node(0).getBean(ScriptLog.class).current(project);
            assertThat(live.persistedRevision()).as("steps only the cluster has").isLessThan(live.revision());
            PostgresServer.whileStopped(() -> {
                // The owner's keeper has tried to write and failed while the server was away (a write waits up to
                // the pool's 30 s connection timeout before it fails).
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> output.getOut()
                        .contains("Could not write script " + project + " to the database yet"));
                assertThat(nodes.node(1).getBean(ScriptLog.class).current(project).text())
                        .isEqualTo(expected.toString());
            });
            var jdbc = nodes.node(0).getBean(JdbcClient.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                assertThat(ScriptDurabilityIT.stepsStored(jdbc, project)).isEqualTo(30);
                assertThat(ScriptDurabilityIT.storedText(jdbc, project)).isEqualTo(expected.toString());
            });
        }
    }
}
