package org.filmfactory.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client without an account reviews through a link, in a fresh browser: the director makes the link on the review
 * links screen, the guest opens it, gives a name, plays the take and comments; the director's screen shows the guest's
 * comment live, marked as a guest's. After the director revokes the link — and separately after a link expires — the
 * guest's next step is refused. Forged shot ids and addresses through a link show nothing outside it.
 */
@BrowserStudio
class ReviewLinkBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @TempDir
    static Path folder;

    @Test
    void guestCommentsLiveAndIsRefusedOnceRevoked() {
        var node = studio.node(0);
        var film = LinkStudio.create(node, "Harbour Lights", folder);
        Actors.signOut();
        var base = studio.url(0);
        var director = chromium.newUser();
        var guest = chromium.newUser();
        try {
            Chromium.signIn(director, base, film.director().email(), Actors.PASSWORD);
            director.navigate(base + "projects/" + film.project() + "/review-links");
            director.locator("#review-link-create").click();
            var url = director.locator("#review-link-url input");
            PlaywrightAssertions.assertThat(url).hasValue(java.util.regex.Pattern.compile(".*/review/[A-Za-z0-9_-]{43}"));
            var link = url.inputValue();
            PlaywrightAssertions.assertThat(director.locator(".review-link-count")).hasText("Guest comments: 0");

            // The guest, in a browser that never signed in.
            guest.navigate(link);
            guest.locator("#guest-name input").fill("Clara Client");
            guest.locator("#guest-enter").click();
            PlaywrightAssertions.assertThat(guest.locator("#guest-as")).hasText("Reviewing as Clara Client");
            assertThat(guest.locator(".guest-shot").count()).isEqualTo(film.shots().size());
            var first = film.shots().getFirst();
            PlaywrightAssertions.assertThat(guest.locator("#guest-shot-title"))
                    .hasAttribute("data-shot", first.id().toString());
            var secret = link.substring(link.lastIndexOf('/') + 1);
            assertThat(guest.locator("#take-player").getAttribute("src"))
                    .isEqualTo("/review/" + secret + film.takes().getFirst().clipUrl());
            guest.waitForFunction("() => { const p = document.querySelector('#take-player');"
                    + " const v = p && p.shadowRoot && p.shadowRoot.querySelector('video.main');"
                    + " return !!v && v.readyState >= 2; }");
            guest.evaluate("() => { const v = document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main'); v.muted = true; return v.play(); }");
            guest.waitForFunction("() => document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main').currentTime > 0");

            guest.locator("#guest-comment textarea").fill("Lovely light, a bit dark at the end");
            guest.locator("#guest-send").click();
            PlaywrightAssertions.assertThat(guest.locator("#guest-comment textarea")).hasValue("");

            // The director's screen, untouched, shows it live, marked as a guest's.
            PlaywrightAssertions.assertThat(director.locator(".review-link-count")).hasText("Guest comments: 1");
            var note = director.locator(".review-link-note");
            PlaywrightAssertions.assertThat(note).containsText("Lovely light, a bit dark at the end");
            assertThat(note.locator("span").allTextContents())
                    .containsExactly("Clara Client", "guest", "Lovely light, a bit dark at the end");

            // Revoked: the guest's next step is refused, and a reload too.
            director.locator("[id^='review-link-revoke-']").click();
            PlaywrightAssertions.assertThat(director.locator(".review-link-state")).hasText("Revoked");
            guest.locator("#guest-shot-" + film.shots().get(1).id()).click();
            PlaywrightAssertions.assertThat(guest.locator("#review-link-problem"))
                    .hasText("This review link was withdrawn.");
            assertThat(guest.locator("#take-player").count()).isZero();
            guest.reload();
            PlaywrightAssertions.assertThat(guest.locator("#review-link-problem"))
                    .hasText("This review link was withdrawn.");
            assertThat(guest.request().get(base + "review/" + secret + film.takes().getFirst().clipUrl()).status())
                    .isEqualTo(404);
        } finally {
            Chromium.screenshot(director, "review-link-director");
            Chromium.screenshot(guest, "review-link-guest");
            director.context().close();
            guest.context().close();
        }
    }

    @Test
    void expiredLinkRefusesTheGuestsNextStep() {
        var node = studio.node(0);
        var film = LinkStudio.create(node, "Night Ferry", folder);
        var issued = node.getBean(ReviewLinks.class).create(film.project(),
                new NewReviewLink(Set.of(), Duration.ofDays(1), null, false));
        Actors.signOut();
        var guest = chromium.newUser();
        try {
            guest.navigate(studio.url(0) + issued.path());
            guest.locator("#guest-name input").fill("Ed Expired");
            guest.locator("#guest-enter").click();
            PlaywrightAssertions.assertThat(guest.locator("#guest-as")).hasText("Reviewing as Ed Expired");
            assertThat(guest.locator("#guest-comment").count()).as("comments are off").isZero();

            node.getBean(JdbcTemplate.class).update("update review_link set expires_at = ? where id = ?",
                    Timestamp.from(Instant.now().minusSeconds(1)), issued.link().id().value());

            guest.locator("#guest-shot-" + film.shots().get(2).id()).click();
            PlaywrightAssertions.assertThat(guest.locator("#review-link-problem"))
                    .hasText("This review link has expired.");
        } finally {
            Chromium.screenshot(guest, "review-link-expired");
            guest.context().close();
        }
    }

    @Test
    void forgedIdsAndAddressesShowNothingOutsideTheLink() {
        var node = studio.node(0);
        var film = LinkStudio.create(node, "Tea House", folder);
        var covered = film.shots().get(1);
        var outside = film.shots().getFirst();
        var issued = node.getBean(ReviewLinks.class).create(film.project(),
                new NewReviewLink(Set.of(covered.id()), Duration.ofDays(1), null, true));
        Actors.signOut();
        var base = studio.url(0);
        var secret = issued.path().substring("review/".length());
        Page guest = chromium.newUser();
        try {
            // A shot id of the same project that the link does not cover, asked for in the address.
            guest.navigate(base + issued.path() + "?shot=" + outside.id());
            guest.locator("#guest-name input").fill("Felix Forger");
            guest.locator("#guest-enter").click();
            PlaywrightAssertions.assertThat(guest.locator("#guest-shot-title"))
                    .hasAttribute("data-shot", covered.id().toString());
            assertThat(guest.locator(".guest-shot").count()).isEqualTo(1);
            assertThat(guest.locator("#guest-shot-" + outside.id()).count()).isZero();
            assertThat(guest.content()).doesNotContain(outside.id().toString())
                    .doesNotContain("Olga Owner").doesNotContain("Dario Director").doesNotContain("INT. POST OFFICE");

            var request = guest.request();
            assertThat(request.get(base + "review/" + secret + film.takes().getFirst().clipUrl()).status())
                    .as("another shot's take through the link").isEqualTo(404);
            assertThat(request.get(base + "review/" + secret + film.takes().get(1).clipUrl()).status())
                    .as("the covered take").isEqualTo(200);
            assertThat(request.get(base + film.takes().get(1).clipUrl().substring(1)).status())
                    .as("the crew's /media/** with the guest's session").isEqualTo(401);
            // The crew's screens send the guest to sign in, not into the project.
            guest.navigate(base + "projects/" + film.project() + "/storyboard");
            guest.locator("vaadin-login-form").waitFor();
            guest.navigate(base + "projects/" + film.project() + "/script");
            guest.locator("vaadin-login-form").waitFor();
        } finally {
            Chromium.screenshot(guest, "review-link-forged");
            guest.context().close();
        }
    }
}
