package org.filmfactory.factory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.Batches;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes, two people: one starts a batch of two screenplays from the Batches page on node 0; the other, a member
 * of both projects it made, watches the batch page on node 1 and sees the films go from queued or running to made
 * without reloading. The page fits a phone's width.
 */
@BrowserStudio(nodes = 2)
class BatchesBrowserIT {

    private static final Logger LOG = LoggerFactory.getLogger(BatchesBrowserIT.class);

    static StudioNodes nodes;
    static Chromium chromium;

    static FilePayload script(String name, String place) {
        return new FilePayload(name, "text/plain", ("INT. " + place + " - NIGHT\n\nRain on the glass.\n\nMAYA\n"
                + "Not tonight.\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMemberOnTheOtherNodeSeesTheBatchsFilmsMadeLive() {
        var node = nodes.node(0);
        var starter = Actors.create(node, "Stella Starter");
        var watcherAccount = Actors.create(node, "Wes Watcher");
        Actors.signOut();
        var page = chromium.newUser();
        var watcher = chromium.newUser();
        try {
            Chromium.signIn(page, nodes.url(0), starter.email(), Actors.PASSWORD);
            page.navigate(nodes.url(0) + "batches");
            page.onConsoleMessage(message -> LOG.info("Browser console: {}", message.text()));
            page.locator("#batch-form").waitFor();
            page.locator("#batch-name input").fill("Two rainy nights");
            page.locator("#batch-scripts input[type=file]").setInputFiles(new FilePayload[] {
                    script("porch.fountain", "PORCH"), script("kitchen.fountain", "KITCHEN")});
            page.waitForCondition(() -> page.locator("#batch-script-count").textContent().equals("Screenplays: 2"));
            page.locator("#batch-preset-vertical").click();
            page.locator("#batch-preset-preview").click();
            page.locator("#batch-start").click();
            page.locator("#batch-view").waitFor();
            // the view can be drawn before the browser's address shows the new batch
            page.waitForURL(java.util.regex.Pattern.compile(".*/batches/[0-9a-f-]{36}$"));
            var id = new BatchId(UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1)));

            // The starter brings the watcher onto both new projects.
            starter.signIn();
            var films = node.getBean(Batches.class).films(id);
            // The films come in file-name order, whatever order the files were chosen and arrived in.
            assertThat(films).extracting(BatchFilm::source).containsExactly("kitchen.fountain", "porch.fountain");
            var invitations = node.getBean(InvitationService.class);
            for (var film : films) {
                starter.signIn();
                var path = invitations.invite(film.project(), ProjectRole.VIEWER, null).path();
                watcherAccount.signIn();
                invitations.accept(path.substring("join/".length()));
            }
            Actors.signOut();

            Chromium.signIn(watcher, nodes.url(1), watcherAccount.email(), Actors.PASSWORD);
            watcher.navigate(nodes.url(1) + "batches/" + id);
            watcher.locator("#batch-view").waitFor();
            watcher.evaluate("""
                    () => {
                      window.__seen = [];
                      const note = () => {
                        for (const film of document.querySelectorAll('.batch-film[data-state]')) {
                          const seen = film.dataset.position + ' ' + film.dataset.state;
                          if (window.__seen[window.__seen.length - 1] !== seen) window.__seen.push(seen);
                        }
                      };
                      note();
                      new MutationObserver(note).observe(document.body,
                        {subtree: true, childList: true, attributes: true, characterData: true});
                    }""");
            watcher.waitForCondition(() -> watcher.locator(".batch-film[data-state=MADE]").count() == 2,
                    new Page.WaitForConditionOptions().setTimeout(600_000));
            assertThat(watcher.locator("#batch-made").getAttribute("data-count")).isEqualTo("2");
            assertThat(watcher.locator("#batch-made").textContent()).isEqualTo("Made: 2");
            assertThat(watcher.locator(".batch-film-link").count()).isEqualTo(2);
            @SuppressWarnings("unchecked")
            var seen = (List<String>) watcher.evaluate("() => window.__seen");
            assertThat(seen).as("states seen live").anyMatch(s -> s.endsWith(" QUEUED") || s.endsWith(" RUNNING"))
                    .contains("1 MADE", "2 MADE");

            // The page fits a phone.
            page.setViewportSize(390, 844);
            page.navigate(nodes.url(0) + "batches/" + id);
            page.locator(".batch-film[data-state=MADE]").first().waitFor(new Locator.WaitForOptions());
            assertThat(Chromium.tooWide(page)).isEmpty();
        } finally {
            Chromium.screenshot(page, "batch-starter");
            Chromium.screenshot(watcher, "batch-watcher");
        }
    }
}
