package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An accepted step is never lost: not when the node that owns the script's live state crashes before writing it,
 * and not when the whole cluster stops and starts again.
 */
class ScriptDurabilityIT {

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aCrashOfTheOwningNodeLosesNoAcceptedStep() {
        // Writes are held back (1 h) so the crash surely finds steps that only the cluster has.
        try (var nodes = new StudioNodes(2).start("--filmfactory.screenplay.persist-interval=1h")) {
            Actors.create(nodes.node(0), "Olga Owner").signIn();
            var project = nodes.node(0).getBean(ProjectManagement.class)
                    .create(new NewProject("Crash", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            var expected = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                var word = "雨" + i + "🎬 ";
                new Typist(nodes.node(i % 2).getBean(ScriptEditing.class), project, "typist" + (i % 2)).type(word);
                expected.append(word);
            }
            int owner = nodes.ownerOf(project.value());
            int survivor = 1 - owner;
            nodes.kill(owner);

            var editing = nodes.node(survivor).getBean(ScriptEditing.class);
            assertThat(editing.open(project).text()).isEqualTo(expected.toString());
            assertThat(editing.open(project).revision()).isEqualTo(40);
            nodes.node(survivor).getBean(ScriptKeeper.class).keep(project, true);
            var jdbc = nodes.node(survivor).getBean(JdbcClient.class);
            assertThat(stepsStored(jdbc, project)).isEqualTo(40);
            assertThat(storedText(jdbc, project)).isEqualTo(expected.toString());
        }
    }

    @Test
    void aFullClusterRestartLosesNoAcceptedStep() {
        var database = StudioNodes.newDatabase();
        ProjectId project;
        Actors.Actor owner;
        var expected = new StringBuilder();
        // No timed writes: only the orderly stop itself can bring what the cluster holds to the database.
        try (var nodes = new StudioNodes(2, database).start("--filmfactory.screenplay.persist-interval=1h")) {
            owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
            project = nodes.node(0).getBean(ProjectManagement.class)
                    .create(new NewProject("Restart", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            for (int i = 0; i < 30; i++) {
                var line = "Line " + i + "\n";
                new Typist(nodes.node(i % 2).getBean(ScriptEditing.class), project, "t" + (i % 2)).type(line);
                expected.append(line);
            }
        }
        try (var nodes = new StudioNodes(2, database).start()) {
            new Actors.Actor(owner.id(), owner.email(), owner.name(), nodes.node(1)).signIn();
            var editing = nodes.node(1).getBean(ScriptEditing.class);
            var reopened = editing.open(project);
            assertThat(reopened.text()).isEqualTo(expected.toString());
            assertThat(reopened.revision()).isEqualTo(30);
            new Typist(editing, project, "after").type("THE END\n");
            assertThat(editing.open(project).revision()).isEqualTo(31);
        }
    }

    @Test
    void stepsReachTheDatabaseWithinATick() {
        try (var nodes = new StudioNodes(1).start()) {
            Actors.create(nodes.node(0), "Olga Owner").signIn();
            var project = nodes.node(0).getBean(ProjectManagement.class)
                    .create(new NewProject("Tick", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            var typist = new Typist(nodes.node(0).getBean(ScriptEditing.class), project, "tick");
            for (int i = 0; i < 10; i++) {
                typist.type("x");
            }
            var jdbc = nodes.node(0).getBean(JdbcClient.class);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(stepsStored(jdbc, project)).isEqualTo(10));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(storedText(jdbc, project)).isEqualTo("xxxxxxxxxx"));
        }
    }

    static long stepsStored(JdbcClient jdbc, ProjectId project) {
        return jdbc.sql("select count(*) from screenplay_step where project_id = ?").param(project.value())
                .query(Long.class).single();
    }

    static String storedText(JdbcClient jdbc, ProjectId project) {
        return jdbc.sql("select text from screenplay where project_id = ?").param(project.value())
                .query(String.class).optional().orElse("");
    }
}
