package org.filmfactory.cut.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * The sound screen in two browsers: the editor gives a character another voice and listens to it; the viewer sees
 * the new voice after a reload and cannot change it.
 */
@BrowserStudio
class SoundBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - MORNING

            MAYA
            The train leaves at seven.

            TOM
            Then we should hurry.
            """;

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void anEditorsVoiceChoiceReachesTheViewer() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Late Train", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var breakdowns = node.getBean(Breakdowns.class);
        Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> !s.isEmpty());
        Actors.signOut();
        var base = studio.url(0);
        var sound = base + "projects/" + project + "/sound";

        var editing = chromium.newUser();
        Chromium.signIn(editing, base, editor.email(), Actors.PASSWORD);
        editing.navigate(sound);
        var tom = picker(editing, "TOM");
        tom.waitFor();
        assertThat(editing.locator("#project-tabs").textContent()).contains("Sound");
        assertThat(editing.locator("#music-slot").count()).isEqualTo(1);

        var watching = chromium.newUser();
        Chromium.signIn(watching, base, viewer.email(), Actors.PASSWORD);
        watching.navigate(sound);
        picker(watching, "TOM").waitFor();
        var before = picker(watching, "TOM").locator("input").inputValue();
        assertThat(before).startsWith("Offline · en-us ");
        assertThat(picker(watching, "TOM").getAttribute("readonly")).isNotNull();
        assertThat(watching.locator(".line-upload:visible").count()).isZero();

        tom.locator("input").click();
        tom.locator("input").fill("en-gb m7");
        editing.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Offline · en-gb m7")).first().click();
        Chromium.awaitServer(editing);
        PlaywrightAssertions.assertThat(picker(editing, "TOM").locator("input")).hasValue("Offline · en-gb m7");

        watching.reload();
        PlaywrightAssertions.assertThat(picker(watching, "TOM").locator("input")).hasValue("Offline · en-gb m7");

        editing.locator(".voice-listen[data-character='TOM']").click();
        Chromium.awaitServer(editing);
        var src = (String) editing.evaluate("() => document.querySelector('#sound-sample').getAttribute('src')");
        assertThat(src).startsWith("/media/projects/" + project + "/voices/").endsWith(".wav");
        var status = editing.evaluate("src => fetch(src).then(r => r.status + ' ' + r.headers.get('content-type'))",
                src);
        assertThat(status).isEqualTo("200 audio/wav");
        // The viewer may listen too.
        assertThat(watching.evaluate("src => fetch(src).then(r => r.status)", src)).isEqualTo(200);

        Chromium.screenshot(editing, "sound-editor");
        editing.context().close();
        watching.context().close();
    }

    private static Locator picker(Page page, String character) {
        return page.locator("vaadin-combo-box.voice-picker[data-character='" + character + "']");
    }
}
