package org.filmfactory.factory.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.Ffprobe;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * Two nodes: an editor presses Make film on node 0; a viewer on node 1 sees the stages and the one progress bar move
 * live, then plays the film made there, which decodes with the preset's picture, a video and an audio stream and the
 * length the studio recorded. The viewer has no Make film button.
 */
@BrowserStudio(nodes = 2)
class MakeFilmBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.

            MAYA
            You came back.

            EXT. GARDEN - DAY

            Tomas waits by the gate.
            """;

    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void aViewerOnTheOtherNodeWatchesTheRunLiveAndPlaysTheFilm() throws Exception {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Tea at night", "", ScriptLanguage.EN, FORMAT));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        var revision = node.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var breakdowns = node.getBean(Breakdowns.class);
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        // The director's part: takes for the shots (an editor may render, not generate).
        var takes = node.getBean(TakeGeneration.class);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(300)).pollInSameThread().until(() -> takes.totals(project).ready() == shots);
        Actors.signOut();

        var page = chromium.newUser();
        var viewerPage = chromium.newUser();
        try {
            Chromium.signIn(viewerPage, nodes.url(1), viewer.email(), Actors.PASSWORD);
            viewerPage.navigate(nodes.url(1) + "projects/" + project + "/make");
            viewerPage.locator("#make-view").waitFor();
            assertThat(viewerPage.locator("#make-button").isVisible()).isFalse();
            assertThat(viewerPage.locator("#make-none").isVisible()).isTrue();
            viewerPage.evaluate("""
                    () => {
                      window.__seen = [];
                      new MutationObserver(() => {
                        const stage = document.querySelector('#make-stage');
                        const bar = document.querySelector('#make-progress');
                        if (stage && bar && stage.dataset.stage && bar.dataset.percent)
                          window.__seen.push(stage.dataset.stage + ' ' + bar.dataset.percent);
                      }).observe(document.body, {subtree: true, childList: true, attributes: true,
                          characterData: true});
                    }""");

            Chromium.signIn(page, nodes.url(0), editor.email(), Actors.PASSWORD);
            page.navigate(nodes.url(0) + "projects/" + project + "/make");
            page.locator("#make-view").waitFor();
            Chromium.choose(page, "make-preset", "Quick preview");
            page.locator("#make-button").click();

            viewerPage.locator("#make-video").waitFor(new Locator.WaitForOptions().setTimeout(300_000));
            assertThat(viewerPage.locator("#make-state").getAttribute("data-state")).isEqualTo("DONE");
            assertThat(viewerPage.locator("#make-state").textContent()).isEqualTo("Done");
            assertThat(viewerPage.locator("#make-stage").textContent()).isEqualTo("Render");
            assertThat(viewerPage.locator("#make-progress").getAttribute("data-percent")).isEqualTo("100");
            @SuppressWarnings("unchecked")
            var seen = (List<String>) viewerPage.evaluate("() => window.__seen");
            var stages = seen.stream().map(s -> s.split(" ")[0]).distinct().toList();
            assertThat(stages).as("stages seen live: %s", seen).contains("RENDER");
            assertThat(List.of("BREAKDOWN", "TAKES", "VOICES", "MUSIC", "SUBTITLES", "RENDER")).containsSubsequence(stages);
            var percents = seen.stream().mapToInt(s -> Integer.parseInt(s.split(" ")[1])).toArray();
            assertThat(percents).as("progress seen live: %s", seen).isSorted();
            assertThat(percents.length).as("progress seen live: %s", seen).isGreaterThan(2);
            assertThat(percents[0]).isLessThan(100);

            // It plays on node 1.
            viewerPage.evaluate("() => { const v = document.querySelector('#make-video'); v.muted = true;"
                    + " return v.play(); }");
            viewerPage.waitForFunction("() => document.querySelector('#make-video').readyState >= 2");

            // And decodes: the preset's picture, video and sound, the recorded length.
            var src = viewerPage.locator("#make-video").getAttribute("src");
            var response = viewerPage.request().get(nodes.url(1) + src.substring(1));
            assertThat(response.status()).isEqualTo(200);
            var file = Files.createTempFile("made", ".mp4");
            try {
                Files.write(file, response.body());
                assertThat(Ffprobe.streamTypes(file)).containsExactly("video", "audio");
                Map<String, String> video = Ffprobe.videoStream(file);
                assertThat(List.of(video.get("codec_name"), video.get("width"), video.get("height")))
                        .containsExactly("h264", "540", "960");
                owner.signIn();
                var film = node.getBean(Rendering.class).films(project).getFirst();
                Actors.signOut();
                assertThat(Long.parseLong(video.get("nb_read_frames"))).isEqualTo(film.frames());
            } finally {
                Files.deleteIfExists(file);
            }
            assertThat(viewerPage.locator("#make-films-link").getAttribute("href"))
                    .isEqualTo("projects/" + project + "/films");
        } finally {
            Chromium.screenshot(page, "make-editor");
            Chromium.screenshot(viewerPage, "make-viewer");
        }
    }
}
