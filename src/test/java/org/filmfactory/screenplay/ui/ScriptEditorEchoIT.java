package org.filmfactory.screenplay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The editor's server twin over the real services: which accepted steps coming back from the cluster it sends down to
 * its browser. A push whose answer alone confirms it (its steps became exactly the next revisions) is not echoed back to
 * its own editor, which confirmed it from the answer; everything else is.
 */
@StudioTest
class ScriptEditorEchoIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    LiveFollower follower;
    @Autowired
    Translations translations;

    ProjectId project;
    UI ui;
    ScriptEditor editor;
    String editorId;

    @BeforeEach
    void openEditor() {
        ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Cafe", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer").signIn();
        editing.save(project, 0, "ab");
        editor = new ScriptEditor(project, editing, follower, translations, context.getBean(ScriptEditorsHere.class));
        ui.add(editor);
        editorId = editor.editorId();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    @Test
    void ownStepsConfirmedByTheAnswerAreNotSentBackButOthersStepsAre() {
        assertThat(editor.push(1, "[{\"c\":\"" + editorId + "\",\"ch\":[[0,\"x\"],2]}]")).isEqualTo(2.0);
        assertThat(editor.sendsBack(accepted(1))).isFalse();

        editing.push(project, 2, List.of(new ScriptStep("other1", "[[0,\"y\"],3]")));
        assertThat(editor.sendsBack(accepted(2))).isTrue();
        assertThat(editing.open(project).text()).isEqualTo("yxab");
    }

    @Test
    void ownStepsMovedOverSomeoneElsesAreSentBackForTheEditorToLearnWhereTheyLanded() {
        editing.push(project, 1, List.of(new ScriptStep("other1", "[[0,\"y\"],2]")));
        // Based on revision 1: the authority moves it over "y" (revision 2) and takes it as revision 3.
        assertThat(editor.push(1, "[{\"c\":\"" + editorId + "\",\"ch\":[[0,\"x\"],2]}]")).isEqualTo(3.0);
        var own = accepted(2);
        assertThat(own.steps()).containsExactly(new LiveUpdate.AcceptedStep(editorId, "[1,[0,\"x\"],2]"));
        assertThat(editor.sendsBack(accepted(1))).isTrue();
        assertThat(editor.sendsBack(own)).isTrue();
        assertThat(editing.open(project).text()).isEqualTo("yxab");
    }

    /** The step that made revision {@code from + 1}, as the cluster's feed hands it to the editor. */
    private LiveUpdate.ScriptStepsAccepted accepted(long from) {
        var step = editing.since(project, from).orElseThrow().getFirst();
        return new LiveUpdate.ScriptStepsAccepted(from,
                List.of(new LiveUpdate.AcceptedStep(step.clientId(), step.changes())));
    }

}
