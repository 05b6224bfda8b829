package org.filmfactory.cut.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.Cuts;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptNotStoredYet;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The cut's history stays bounded and its following of the shot list calm: each person keeps only their newest
 * {@code kept-edits} revisions (undo still works within them; an edit on a revision older than that is refused), and
 * a burst of shot-list changes makes one revision of the cut. The studio's own follower waits an hour here, so only
 * the follower made by the test follows.
 */
@StudioTest
@TestPropertySource(properties = {"filmfactory.cut.kept-edits=5", "filmfactory.cut.undo-depth=3",
        "filmfactory.cut.follow-quiet=1h"})
class CutHistoryIT {

    static final String SCENE = """
            INT. POST OFFICE - NIGHT

            An old clerk locks the counter drawer.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    Cuts cuts;
    @Autowired
    CuttingRoom room;
    @Autowired
    ProjectAccess access;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    JdbcClient jdbc;

    Actor writer;
    Actor editor;
    Actor secondEditor;
    ProjectId project;

    @BeforeEach
    void crewAndScript() {
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        secondEditor = owner.bringOnto(project, ProjectRole.EDITOR, "Emil Editor");
        save(0, SCENE);
        editor.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private ShotList save(long base, String text) {
        writer.signIn();
        // The project's script row is made just after the project: a save before it is refused, nothing stored.
        long revision = await().pollInSameThread().atMost(ofSeconds(20)).ignoreException(ScriptNotStoredYet.class)
                .until(() -> scripts.save(project, base, text).revision(), saved -> true);
        var list = await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        editor.signIn();
        return list;
    }

    private List<Long> revisionsOf(UUID author) {
        return jdbc.sql("SELECT revision FROM cut_edit WHERE project_id = ? AND author = ? ORDER BY revision")
                .params(project.value(), author).query(Long.class).list();
    }

    private static CutEdit end(int number) {
        return new CutEdit.ChangeEndCard(new Card("The end " + number, "#000000", "#ffffff", 30));
    }

    @Test
    void eachPersonKeepsTheNewestEditsUndoStillWorksAndAnEditOnForgottenHistoryIsRefused() {
        var cut = cuts.current(project);
        for (int i = 1; i <= 8; i++) {
            cut = cuts.edit(project, cut.revision(), end(i));
        }
        secondEditor.signIn();
        cut = cuts.edit(project, cut.revision(), new CutEdit.ChangeTitleCard(
                new Card("Rain City", "#000000", "#ffffff", 30)));

        // Revisions 2-9 were the first editor's; the newest five stay. The second editor's one stays too.
        assertThat(revisionsOf(editor.id().value())).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(revisionsOf(secondEditor.id().value())).containsExactly(10L);

        editor.signIn();
        var undone = cuts.undo(project);
        assertThat(undone.end().text()).isEqualTo("The end 7");
        assertThat(undone.revision()).isEqualTo(11);

        // An edit made on revision 5 is six behind: the history to rebase it on is gone, so it is refused.
        var before = cuts.current(project);
        assertThatExceptionOfType(CutChangeRefused.class).isThrownBy(() -> cuts.edit(project, 5, end(99)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.error.revision"));
        assertThat(cuts.current(project)).isEqualTo(before);
        // One on revision 6 is five behind and still rebased.
        var rebased = cuts.edit(project, 6, end(100));
        assertThat(List.of(rebased.revision(), rebased.end().text(), rebased.title().text()))
                .containsExactly(12L, "The end 100", "Rain City");
    }

    @Test
    void aBurstOfShotListChangesMakesOneRevisionOfTheCut() {
        var first = cuts.current(project);
        var waiting = new ArrayList<Runnable>();
        var follower = new CutFollower(room, access, waiting::add);

        // Three changes of the script, each with its shot list derived again and announced.
        var text = SCENE;
        long base = 1;
        ShotList list = null;
        for (int i = 1; i <= 3; i++) {
            text += "\nEXT. HARBOUR ROAD " + i + " - NIGHT\n\nThe rain stops.\n";
            list = save(base, text);
            base = list.scriptRevision();
            follower.on(new ShotListChanged(project));
        }

        assertThat(cuts.current(project).revision()).isEqualTo(first.revision());
        assertThat(waiting).hasSize(1);
        waiting.getFirst().run();
        var followed = cuts.current(project);
        assertThat(followed.revision()).isEqualTo(first.revision() + 1);
        assertThat(followed.clips()).extracting(clip -> clip.shot())
                .containsExactlyElementsOf(list.shots().stream().map(shot -> shot.id()).toList());

        // A change after the follow is followed again, on its own.
        follower.on(new ShotListChanged(project));
        assertThat(waiting).hasSize(2);
    }
}
