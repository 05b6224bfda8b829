package org.filmfactory.render.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * An editor renders from the Films screen: the render's row shows its progress, the film appears with a player that
 * plays and seeks, downloads (and a publishing package per platform) come as attachments with a good name; a viewer sees the film but no Render button, and
 * someone outside the crew gets nothing; the screen fits a phone.
 */
@BrowserStudio
class FilmsBrowserIT {

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
    void anEditorRendersWatchesPlaysAndDownloadsTheFilm() {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Tea & Rain!", "", ScriptLanguage.EN, FORMAT));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        var stranger = Actors.create(node, "Sam Stranger");
        owner.signIn();
        var revision = node.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var breakdowns = node.getBean(Breakdowns.class);
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        var takes = node.getBean(TakeGeneration.class);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(300)).pollInSameThread().until(() -> takes.totals(project).ready() == shots);
        Actors.signOut();

        var page = chromium.newUser();
        var viewerPage = chromium.newUser();
        try {
            Chromium.signIn(page, nodes.url(0), editor.email(), Actors.PASSWORD);
            page.navigate(nodes.url(0) + "projects/" + project + "/films");
            page.locator("#films-view").waitFor();
            Chromium.signIn(viewerPage, nodes.url(0), viewer.email(), Actors.PASSWORD);
            viewerPage.navigate(nodes.url(0) + "projects/" + project + "/films");
            viewerPage.locator("#films-view").waitFor();
            assertThat(viewerPage.locator("#render-button").count()).isZero();
            assertThat(page.locator("#no-films").textContent()).isEqualTo("No films yet.");
            page.evaluate("""
                    () => {
                      window.__percents = [];
                      new MutationObserver(() => {
                        for (const row of document.querySelectorAll('#renders .render-row[data-percent]'))
                          window.__percents.push(Number(row.dataset.percent));
                      }).observe(document.body, {subtree: true, childList: true, attributes: true});
                    }""");

            Chromium.choose(page, "render-preset", "Quick preview");
            page.locator("#render-button").click();

            viewerPage.locator("#films .film-card").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(240_000));
            page.locator("#films .film-card").waitFor();
            @SuppressWarnings("unchecked")
            var percents = (List<Number>) page.evaluate("() => window.__percents");
            assertThat(percents).as("progress shown while it rendered").isNotEmpty();
            assertThat(percents.stream().mapToInt(Number::intValue).toArray()).isSorted();
            assertThat(page.locator("#renders .render-row .render-state").first().textContent()).isEqualTo("Done");
            assertThat(page.locator("#no-films").isVisible()).isFalse();
            assertThat(page.locator(".film-verdict[data-platform='YOUTUBE_SHORTS']").getAttribute("data-verdict"))
                    .isEqualTo("warned");

            // It plays, and seeks (the film is served with byte ranges).
            page.evaluate("() => { const v = document.querySelector('#films video.film-player'); v.muted = true;"
                    + " return v.play(); }");
            page.waitForFunction("() => document.querySelector('#films video.film-player').readyState >= 2");
            page.evaluate("() => { const v = document.querySelector('#films video.film-player'); v.pause();"
                    + " v.currentTime = 1.5; }");
            page.waitForFunction("() => { const v = document.querySelector('#films video.film-player');"
                    + " return !v.seeking && Math.abs(v.currentTime - 1.5) < 0.05 && v.readyState >= 2; }");

            // Safe zones over the player.
            var overlay = page.locator(".safe-zone-overlay[data-platform='YOUTUBE_SHORTS']");
            assertThat(overlay.isVisible()).isFalse();
            page.locator(".safe-zone-toggle[data-platform='YOUTUBE_SHORTS']").click();
            overlay.waitFor();
            assertThat(overlay.isVisible()).isTrue();

            // Downloads: attachments named after the project, the preset and the day.
            var day = LocalDate.now(ZoneOffset.UTC).toString();
            var mp4 = page.locator(".film-download[data-kind='mp4']").getAttribute("href");
            var response = page.request().get(nodes.url(0) + mp4.substring(1));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).isEqualTo("video/mp4");
            assertThat(response.headers().get("content-disposition")).contains("attachment")
                    .contains("filename=\"Tea-Rain-preview-" + day + ".mp4\"");
            var srt = page.locator(".film-download[data-kind='srt']").getAttribute("href");
            var subtitles = page.request().get(nodes.url(0) + srt.substring(1));
            assertThat(subtitles.status()).isEqualTo(200);
            assertThat(subtitles.text()).contains("You came back.");
            var player = page.locator("#films video.film-player").getAttribute("src");
            var range = page.request().get(nodes.url(0) + player.substring(1),
                    RequestOptions.create().setHeader("Range", "bytes=0-99"));
            assertThat(range.status()).isEqualTo(206);
            assertThat(range.body()).hasSize(100);

            // A publishing package per platform, as a ZIP (its contents: PublishingIT).
            assertThat(page.locator(".film-package").count()).isEqualTo(4);
            page.locator(".film-publishing").click();
            var tiktok = page.locator(".film-package[data-platform='TIKTOK']");
            tiktok.waitFor();
            assertThat(tiktok.textContent()).isEqualTo("TikTok package");
            var zip = page.request().get(nodes.url(0) + tiktok.getAttribute("href").substring(1));
            assertThat(zip.status()).isEqualTo(200);
            assertThat(zip.headers().get("content-type")).isEqualTo("application/zip");
            assertThat(zip.headers().get("content-disposition")).contains("attachment")
                    .contains("filename=\"Tea-Rain-tiktok.zip\"");
            assertThat(zip.body()).startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4);

            // Someone outside the crew, and a forged address, get nothing.
            var strangerPage = chromium.newUser();
            Chromium.signIn(strangerPage, nodes.url(0), stranger.email(), Actors.PASSWORD);
            assertThat(strangerPage.request().get(nodes.url(0) + mp4.substring(1)).status()).isEqualTo(403);
            assertThat(page.request().get(nodes.url(0) + "media/films/" + project + "/not-a-film/film.mp4")
                    .status()).isEqualTo(403);
            assertThat(page.request().get(nodes.url(0) + mp4.substring(1).replace("film.mp4", "plan.json"))
                    .status()).isEqualTo(403);

            // A phone.
            page.setViewportSize(390, 844);
            page.reload();
            page.locator("#films .film-card").waitFor();
            assertThat(Chromium.tooWide(page)).isEmpty();
        } finally {
            Chromium.screenshot(page, "films-editor");
            Chromium.screenshot(viewerPage, "films-viewer");
        }
    }
}
