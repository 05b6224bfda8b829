package org.filmfactory.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.CommentTarget.OnScript;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A comment on script lines, read back after people kept typing through the co-editor's own road. */
@StudioTest
class ScriptAnchorTrackerIT {

    static final String SCRIPT = "INT. KITCHEN - NIGHT\n\nANNA pours tea.\n\nANNA\n很晚了。\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ScriptAnchors tracker;

    Actor owner;
    Actor writer;
    Actor viewer;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Tea Time", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        editing.save(project, 0, SCRIPT);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** A CodeMirror change replacing {@code from}–{@code to} of a text of {@code length} characters, as JSON. */
    private static String change(int length, int from, int to, String insert) {
        var json = new StringBuilder("[");
        if (from > 0) {
            json.append(from).append(',');
        }
        json.append('[').append(to - from);
        if (!insert.isEmpty()) {
            for (var line : insert.split("\n", -1)) {
                json.append(",\"").append(line).append('"');
            }
        }
        json.append(']');
        if (length > to) {
            json.append(',').append(length - to);
        }
        return json.append(']').toString();
    }

    /** Pushes one step made on {@code base} (the server moves it over anything accepted since). */
    private long push(String editor, long base, String textAtBase, int from, int to, String insert) {
        var step = new ScriptStep(editor, change(textAtBase.length(), from, to, insert));
        var outcome = editing.push(project, base, List.of(step));
        assertThat(outcome.accepted()).isTrue();
        return outcome.revision();
    }

    private long type(int from, int to, String insert) {
        var now = editing.open(project);
        return push("typist-" + now.revision(), now.revision(), now.text(), from, to, insert);
    }

    @Test
    void theCommentFollowsItsLineAsPeopleTypeAboveItAndIsGoneWhenItIsDeleted() {
        writer.signIn();
        var made = editing.open(project);
        int at = made.text().indexOf("ANNA pours tea.");
        var anchor = new OnScript(made.revision(), at, at + 15, "ANNA pours tea.", false);
        // Keystrokes above the line, one step each, in English and Chinese.
        for (var typed : List.of("F", "A", "D", "E", " ", "I", "N", ":", "\n", "淡", "入", "\n")) {
            var now = editing.open(project);
            int end = now.text().indexOf("INT.");
            type(end, end, typed);
        }
        // A step made on an old revision: the server moves it over the twelve keystrokes.
        push("behind", made.revision(), made.text(), 5, 12, "GARDEN");
        // Typing inside the commented line joins it; typing right after it stays out.
        var now = editing.open(project);
        int inside = now.text().indexOf(" tea.");
        type(inside, inside, " green");
        now = editing.open(project);
        type(now.text().indexOf(" tea.") + 5, now.text().indexOf(" tea.") + 5, " Steam.");

        viewer.signIn();
        var followed = tracker.current(project, List.of(anchor)).getFirst();

        var live = editing.open(project);
        assertThat(live.revision()).isEqualTo(made.revision() + 15);
        assertThat(live.text()).startsWith("FADE IN:\n淡入\nINT. GARDEN - NIGHT\n\nANNA pours green tea. Steam.\n");
        assertThat(followed).isEqualTo(new OnScript(live.revision(), 33, 54, "ANNA pours tea.", false));
        assertThat(live.text().substring(followed.from(), followed.to())).isEqualTo("ANNA pours green tea.");

        writer.signIn();
        type(followed.from(), followed.to() + " Steam.".length() + 1, "");
        type(0, 0, "TITLE\n");

        var gone = tracker.current(project, List.of(anchor)).getFirst();

        assertThat(gone).isEqualTo(new OnScript(live.revision() + 2, 39, 39, "ANNA pours tea.", true));
        assertThat(editing.open(project).text().substring(0, 39))
                .isEqualTo("TITLE\nFADE IN:\n淡入\nINT. GARDEN - NIGHT\n\n");
    }

    @Test
    void onlyMembersMayFollowComments() {
        var stranger = Actors.create(context, "Sam Stranger").signIn();
        var anchor = new OnScript(1, 22, 37, "ANNA pours tea.", false);

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> tracker.current(project, List.of(anchor)));
        assertThat(stranger.name()).isEqualTo("Sam Stranger");
    }
}
