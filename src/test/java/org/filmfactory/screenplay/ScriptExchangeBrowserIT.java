package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filmfactory.project.InvitationService;
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
 * Import and download in a real browser: a writer uploads a Final Draft file and sees it as the next revision, a
 * hostile file is refused with the editor untouched, downloads arrive with their names; a viewer gets no upload.
 */
@BrowserStudio
class ScriptExchangeBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @TempDir
    Path files;

    @Test
    void aWriterImportsAndDownloadsAndAViewerOnlyDownloads() throws IOException {
        var node = studio.node(0);
        var writer = Actors.create(node, "Wang Writer").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        node.getBean(ScriptEditing.class).save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");
        var path = node.getBean(InvitationService.class).invite(project, ProjectRole.VIEWER, null).path();
        var viewer = Actors.create(node, "Vera Viewer").signIn();
        node.getBean(InvitationService.class).accept(path.substring("join/".length()));
        Actors.signOut();

        Page page = open(writer, project);
        var fdx = files.resolve("The Last Train.fdx");
        Files.write(fdx, ScriptExchangeIT.resource("/fountain/exchange/final-draft.fdx"));
        page.locator("#script-import input[type='file']").setInputFiles(fdx);
        page.waitForCondition(() -> version(page) == 2);
        assertThat(CoEditingAcrossNodesBrowserIT.text(page))
                .contains("EXT. PLATFORM - NIGHT #1#", "MIRA (V.O.)", "CONDUCTOR ^");
        assertThat(page.locator("vaadin-notification-card").last().textContent())
                .contains("Imported \"The Last Train.fdx\" as revision 2.");

        var xxe = files.resolve("xxe.fdx");
        Files.write(xxe, ScriptExchangeIT.resource("/fountain/exchange/xxe.fdx"));
        page.locator("#script-import input[type='file']").setInputFiles(xxe);
        page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("declares a document type")).waitFor();
        assertThat(version(page)).isEqualTo(2);
        assertThat(CoEditingAcrossNodesBrowserIT.text(page)).contains("EXT. PLATFORM - NIGHT #1#")
                .doesNotContain("The server is called");

        var pdf = page.waitForDownload(() -> page.locator("#script-download-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("rain-city.pdf");
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        Chromium.screenshot(page, "script-exchange-writer");

        Page watcher = open(viewer, project);
        assertThat(watcher.locator("#script-import").isVisible()).isFalse();
        var fountain = watcher.waitForDownload(() -> watcher.locator("#script-download-fountain").click());
        assertThat(fountain.suggestedFilename()).isEqualTo("rain-city.fountain");
        assertThat(Files.readString(fountain.path())).contains("EXT. PLATFORM - NIGHT #1#");
        var finalDraft = watcher.waitForDownload(() -> watcher.locator("#script-download-fdx").click());
        assertThat(finalDraft.suggestedFilename()).isEqualTo("rain-city.fdx");
        assertThat(Files.readString(finalDraft.path())).contains("<Paragraph Number=\"1\" Type=\"Scene Heading\">");
        Chromium.screenshot(watcher, "script-exchange-viewer");
    }

    private static Page open(Actor actor, ProjectId project) {
        return ScriptPage.open(chromium, studio.url(0), actor, project);
    }

    private static long version(Page page) {
        return ScriptPage.version(page);
    }
}
