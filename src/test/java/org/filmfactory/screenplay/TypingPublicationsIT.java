package org.filmfactory.screenplay;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Typing does not fill the event publication table (issue 9): each pause in typing stores a snapshot and the
 * breakdown follows it, but those hints are not recorded, and the business events that are go once completed.
 */
@StudioTest
class TypingPublicationsIT {

    /** While someone types, the owning member stores a snapshot about once a second: an hour of it. */
    static final int SNAPSHOTS_IN_AN_HOUR = 3600;

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ScriptKeeper keeper;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void anHourOfTypingLeavesNoPublicationRows() {
        Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class)
                .create(new NewProject("An hour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        // Creating the project is business (its crew, its breakdown's language): recorded, and done.
        await("the project's own publications completed").atMost(ofSeconds(20))
                .until(() -> incompletePublicationRows(project) == 0);

        var typist = new Typist(editing, project, "typist");
        typist.type("INT. WRITERS ROOM - NIGHT\n\n");
        long mostRows = 0;
        for (int second = 0; second < SNAPSHOTS_IN_AN_HOUR; second++) {
            typist.type(second % 60 == 59 ? ".\n\n" : "a");
            // The pause: the snapshot commits and announces the revision, as the keeper's tick does.
            keeper.keep(project, true);
            mostRows = Math.max(mostRows, publicationRows(project));
        }

        long last = editing.open(project).revision();
        assertThat(last).isEqualTo(SNAPSHOTS_IN_AN_HOUR + 1);
        // The breakdown still follows the script to its last revision...
        await("the breakdown of the last revision").pollInSameThread().atMost(ofSeconds(60))
                .until(() -> breakdowns.shotList(project).scriptRevision() == last);
        // ...and no row is left behind, not even of the project's creation; nor was one ever, while people typed.
        assertThat(publicationRows(project)).isZero();
        assertThat(mostRows).isZero();
    }

    private long incompletePublicationRows(ProjectId project) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?"
                        + " and completion_date is null")
                .param("%" + project.value() + "%").query(Long.class).single();
    }

    private long publicationRows(ProjectId project) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + project.value() + "%").query(Long.class).single();
    }
}
