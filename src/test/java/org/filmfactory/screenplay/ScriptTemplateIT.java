package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Transition;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The template an empty script starts from: a writer's ordinary save (the history names them), in the project's
 * language, with every basic element; never over text, never by a viewer.
 */
@StudioTest
class ScriptTemplateIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptTemplate template;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ScriptHistory history;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @ParameterizedTest
    @EnumSource(ScriptLanguage.class)
    void theTemplateHoldsEveryBasicElementAsTheProjectsLanguageReadsIt(ScriptLanguage language) {
        var parsed = FountainReader.read(ScriptTemplate.text(language, "Rain City"), Dialect.of(language.locale()));

        assertThat(parsed.title()).isEqualTo("Rain City");
        assertThat(parsed.elements()).extracting(ScriptElement::getClass).contains(SceneHeading.class, Action.class,
                CharacterCue.class, Parenthetical.class, Dialogue.class, Transition.class);
        assertThat(parsed.elements().stream().filter(SceneHeading.class::isInstance).count()).isEqualTo(2);
    }

    @Test
    void aWriterInsertsTheTemplateAsAnOrdinarySaveThatTheHistoryAttributesToThem() {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = project(owner, "Rain City", ScriptLanguage.EN);
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");

        var draft = template.insert(project, 0);

        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.text()).isEqualTo(ScriptTemplate.text(ScriptLanguage.EN, "Rain City"));
        assertThat(editing.open(project).text()).isEqualTo(draft.text());
        // Every line is the writer's; the empty line after the final line break has no author.
        var blame = history.blame(project);
        assertThat(blame.subList(0, blame.size() - 1)).extracting(LineAuthor::author).containsOnly(writer.id());
        assertThat(blame.getLast().text()).isEmpty();
    }

    @Test
    void aChineseProjectGetsTheChineseTemplate() {
        var owner = Actors.create(context, "Zhang San").signIn();
        var project = project(owner, "雨夜", ScriptLanguage.ZH);

        var draft = template.insert(project, 0);

        assertThat(draft.text()).isEqualTo(ScriptTemplate.text(ScriptLanguage.ZH, "雨夜")).contains("内景 茶馆 - 夜");
    }

    @Test
    void theTemplateNeverGoesOverTextAndAViewerCannotInsertIt() {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var empty = project(owner, "Empty", ScriptLanguage.EN);
        var written = project(owner, "Written", ScriptLanguage.EN);
        editing.save(written, 0, "INT. HOUSE - DAY\n\nRain.\n");
        owner.bringOnto(empty, ProjectRole.VIEWER, "Vera Viewer");

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> template.insert(empty, 0))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.edit-script"));
        owner.signIn();
        assertThat(editing.open(empty).revision()).isZero();
        assertThatExceptionOfType(ScriptNotEmpty.class).isThrownBy(() -> template.insert(written, 1))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("screenplay.template.error.not-empty"));
        assertThat(editing.open(written).text()).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
        assertThat(editing.open(written).revision()).isEqualTo(1);
    }

    private ProjectId project(Actor owner, String name, ScriptLanguage language) {
        owner.signIn();
        return context.getBean(ProjectManagement.class)
                .create(new NewProject(name, "", language, OutputFormat.VERTICAL_HD));
    }
}
