package org.filmfactory.screenplay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptDraft;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptExchange;
import org.filmfactory.screenplay.ui.ScriptExchangePanel.Imported;
import org.filmfactory.screenplay.ui.ScriptExchangePanel.Refused;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The import and download panel as a plain component over the real services. */
@StudioTest
class ScriptExchangePanelIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptExchange exchange;
    @Autowired
    ScriptEditing editing;
    @Autowired
    Translations translations;

    Actor owner;
    Actor writer;
    Actor viewer;
    ProjectId project;
    UI ui;
    final AtomicBoolean unsaved = new AtomicBoolean();

    @BeforeEach
    void crew() {
        ui = new UI();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = join(ProjectRole.WRITER, "Wang Writer");
        viewer = join(ProjectRole.VIEWER, "Vera Viewer");
    }

    private Actor join(ProjectRole role, String name) {
        return owner.bringOnto(project, role, name);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    private ScriptExchangePanel panel() {
        return new ScriptExchangePanel(exchange, translations, unsaved::get);
    }

    @Test
    void theUploadShowsOnlyToThoseWhoMayEdit() {
        writer.signIn();
        editing.save(project, 0, "words");
        var panel = panel();
        panel.setDraft(editing.open(project));
        assertThat(panel.isUploadVisible()).isTrue();

        viewer.signIn();
        panel.setDraft(editing.open(project));
        assertThat(panel.isUploadVisible()).isFalse();
    }

    @Test
    void anImportReplacesTheScriptOnScreen() {
        writer.signIn();
        editing.save(project, 0, "words");
        var panel = panel();
        panel.setDraft(editing.open(project));
        List<ScriptDraft> shown = new ArrayList<>();
        panel.addImportListener(imported -> shown.add(imported.draft()));

        var outcome = panel.attempt("new.fountain", "INT. NEW - DAY\n".getBytes(StandardCharsets.UTF_8), ui);
        assertThat(outcome).isInstanceOfSatisfying(Imported.class,
                imported -> assertThat(imported.draft().revision()).isEqualTo(2));
        panel.show(outcome);

        assertThat(shown).extracting(ScriptDraft::text).containsExactly("INT. NEW - DAY\n");
        assertThat(editing.open(project).revision()).isEqualTo(2);
    }

    @Test
    void aRefusedFileIsExplainedInTheReadersLanguageAndChangesNothing() {
        writer.signIn();
        editing.save(project, 0, "words");
        var panel = panel();
        panel.setDraft(editing.open(project));
        List<ScriptDraft> shown = new ArrayList<>();
        panel.addImportListener(imported -> shown.add(imported.draft()));

        var outcome = panel.attempt("notes.docx", new byte[] {1, 2, 3}, ui);
        panel.show(outcome);

        assertThat(outcome).isEqualTo(new Refused(translations.translate(Locale.SIMPLIFIED_CHINESE,
                "screenplay.exchange.error.unknown-type", "notes.docx")));
        assertThat(((Refused) outcome).message()).contains("notes.docx", "未导入任何内容");
        assertThat(shown).isEmpty();
        assertThat(editing.open(project).text()).isEqualTo("words");
    }

    @Test
    void unsavedTypingIsNeverReplacedByAnImport() {
        writer.signIn();
        editing.save(project, 0, "words");
        var panel = panel();
        panel.setDraft(editing.open(project));
        unsaved.set(true);

        var outcome = panel.attempt("new.fountain", "INT. NEW - DAY\n".getBytes(StandardCharsets.UTF_8), ui);

        assertThat(outcome).isEqualTo(new Refused(translations.translate(Locale.SIMPLIFIED_CHINESE,
                "screenplay.exchange.error.unsaved")));
        assertThat(editing.open(project).revision()).isEqualTo(1);
    }
}
