package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script's first minutes in real browsers: an empty script offers the Fountain basics and a template that a writer
 * inserts with one click, live for everyone and in the history; an import over a script keeps the text it replaced
 * in the history, from where it is restored.
 */
@BrowserStudio
class FirstScriptBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @TempDir
    Path files;

    @Test
    void aWriterInsertsTheTemplateIntoAnEmptyScriptForEveryoneAndAViewerOnlyReadsTheBasics() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Blank Page", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        Actors.signOut();

        Page writing = open(writer, project, "en");
        Page watching = open(viewer, project, "en");
        assertThat(writing.locator("#fountain-basics").textContent()).contains("Scene heading")
                .contains("INT. KITCHEN - NIGHT").contains("Character cue").contains("Parenthetical")
                .contains("Transition").contains("CUT TO:");
        assertThat(watching.locator("#fountain-basics").textContent()).contains("Scene heading");
        assertThat(watching.locator("#insert-template").count()).isZero();
        Chromium.screenshot(writing, "empty-script-writer");

        writing.locator("#insert-template").click();
        writing.waitForCondition(() -> version(writing) == 1);
        var template = CoEditingAcrossNodesBrowserIT.text(writing);
        assertThat(template).startsWith("Title: Blank Page\n").contains("\nINT. ").contains("\n(")
                .contains("\nCUT TO:\n");
        watching.waitForCondition(() -> template.equals(CoEditingAcrossNodesBrowserIT.text(watching)));
        writing.waitForCondition(() -> writing.locator("#insert-template").count() == 0);

        writer.signIn();
        var blame = node.getBean(ScriptHistory.class).blame(project);
        assertThat(blame.getFirst().author()).isEqualTo(writer.id());
        assertThat(node.getBean(ScriptEditing.class).open(project).text()).isEqualTo(template);
        Actors.signOut();
    }

    @Test
    void aChineseWriterGetsTheBasicsAndTheTemplateInChinese() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Zhang San").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("雨夜", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        Actors.signOut();

        Page page = open(owner, project, "zh-CN");
        assertThat(page.locator("#fountain-basics").textContent()).contains("场景标题").contains("角色名")
                .contains("对白").contains("括号注释").contains("转场");
        page.locator("#insert-template").click();
        page.waitForCondition(() -> version(page) == 1);
        assertThat(CoEditingAcrossNodesBrowserIT.text(page)).startsWith("Title: 雨夜\n").contains("内景");
    }

    @Test
    void anImportOverAScriptKeepsTheOldTextInTheHistoryAndRestoringItBringsItBack() throws IOException {
        var node = studio.node(0);
        var writer = Actors.create(node, "Wang Writer").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Two Drafts", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var first = "INT. HOUSE - DAY\n\nRain on the window.\n";
        node.getBean(ScriptEditing.class).save(project, 0, first);
        Actors.signOut();

        Page page = open(writer, project, "en");
        var file = files.resolve("draft two.fountain");
        Files.writeString(file, "EXT. ROOF - NIGHT\n\nSun, at last.\n", StandardCharsets.UTF_8);
        page.locator("#script-import input[type='file']").setInputFiles(file);
        page.waitForCondition(() -> version(page) == 2);
        assertThat(page.locator("vaadin-notification-card").last().textContent())
                .contains("Imported \"draft two.fountain\" as revision 2.")
                .contains("The text it replaced (revision 1) is kept in the history");

        page.locator("#import-open-history").click();
        var restore = page.locator("#history-versions [id^='version-restore-']").first();
        restore.click();
        page.locator("#history-restore-confirm vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
        writer.signIn();
        page.waitForCondition(() -> node.getBean(ScriptEditing.class).open(project).text().equals(first));
        Actors.signOut();
        page.navigate(studio.url(0) + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> first.equals(CoEditingAcrossNodesBrowserIT.text(page)));
    }

    private static Page open(Actor actor, ProjectId project, String locale) {
        var page = chromium.newUser(locale);
        Chromium.signIn(page, studio.url(0), actor.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> version(page) >= 0);
        return page;
    }

    private static long version(Page page) {
        var v = page.evaluate("() => document.querySelector('ff-script-editor').version");
        return v == null ? -1 : ((Number) v).longValue();
    }
}
