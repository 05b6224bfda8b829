package org.filmfactory.breakdown;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A re-derivation of the breakdown is a hint, not a recorded publication (issue 9), so it must not be lost when
 * it fails: it is tried again until the breakdown has caught up with the script.
 */
@StudioTest
@ExtendWith(OutputCaptureExtension.class)
class ScriptFollowingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aFailedRederivationIsTriedAgain(CapturedOutput output) {
        Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class)
                .create(new NewProject("Retry", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        editing.save(project, 0, "INT. POST OFFICE - NIGHT\n\nRain.\n");
        await().pollInSameThread().atMost(ofSeconds(20)).until(() -> breakdowns.shotList(project).scriptRevision() == 1);

        // The breakdown's table is away for a moment, as if its database were: the derivation fails.
        jdbc.execute("alter table breakdown rename to breakdown_away");
        try {
            editing.save(project, 1, "INT. POST OFFICE - NIGHT\n\nRain.\n\nEXT. HARBOUR ROAD - NIGHT\n\nWind.\n");
            await("the failed derivation").atMost(ofSeconds(20))
                    .until(() -> output.getOut().contains("Table \"breakdown\" not found"));
        } finally {
            jdbc.execute("alter table breakdown_away rename to breakdown");
        }

        // No further revision comes: the retry alone brings the breakdown up to date.
        await("the retried derivation").pollInSameThread().atMost(ofSeconds(30))
                .until(() -> breakdowns.shotList(project).scriptRevision() == 2);
        assertThat(breakdowns.scenes(project)).extracting(BreakdownScene::heading)
                .containsExactly("INT. POST OFFICE - NIGHT", "EXT. HARBOUR ROAD - NIGHT");
    }

    /**
     * Typing snapshots the script at every pause and at least once a second; a feature's derivation costs the
     * processor a tenth of a second, so a project is broken down at most once per follow interval (2 s), and the
     * last revision is never skipped.
     */
    @Test
    void whileTheScriptKeepsChangingItIsBrokenDownAtMostOnceAnInterval() {
        Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class)
                .create(new NewProject("Busy", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var script = new StringBuilder("INT. POST OFFICE - NIGHT\n\nRain.\n");
        editing.save(project, 0, script.toString());
        await().pollInSameThread().atMost(ofSeconds(20)).until(() -> breakdowns.shotList(project).scriptRevision() == 1);

        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.filmfactory.breakdown.internal.ScriptFollower");
        var level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        logged.start();
        logger.addAppender(logged);
        try {
            long start = System.nanoTime();
            int revisions = 15;
            for (int revision = 1; revision <= revisions; revision++) {
                script.append("\nEXT. HARBOUR ROAD ").append(revision).append(" - NIGHT\n\nWind.\n");
                editing.save(project, revision, script.toString());
            }
            long savingMillis = (System.nanoTime() - start) / 1_000_000;
            await("the last revision broken down").pollInSameThread().atMost(ofSeconds(30))
                    .until(() -> breakdowns.shotList(project).scriptRevision() == revisions + 1);
            assertThat(breakdowns.scenes(project)).hasSize(revisions + 1);
            var derivations = logged.list.stream()
                    .filter(event -> event.getFormattedMessage().startsWith("Broke down revision"))
                    .filter(event -> event.getFormattedMessage().contains(project.toString())).count();
            assertThat(derivations).as("derivations while %d revisions were saved in %d ms", revisions, savingMillis)
                    .isBetween(1L, 2 + savingMillis / 2000);
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(level);
        }
    }
}
