package org.filmfactory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A review link's media over real HTTP, as a guest's browser (no account, its own cookies) fetches them: the covered
 * take's clip whole and in ranges, its poster; nothing else — not another shot's take of the same project, not
 * another project's, not through a forged address, not after the link expired or was revoked, not without the
 * password's session, and not the crew's {@code /media/**} with the guest's session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StudioClock.Setup.class)
class GuestMediaIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewLinks links;
    @Autowired
    MediaStore store;
    @Autowired
    StudioClock clock;
    @TempDir
    Path folder;

    LinkStudio studio;
    String secret;
    HttpClient guest;

    @BeforeEach
    void linkToTheSecondShot() {
        studio = LinkStudio.create(context, "Rain City", folder);
        var issued = links.create(studio.project(),
                new NewReviewLink(Set.of(studio.shots().get(1).id()), Duration.ofDays(2), null, true));
        secret = issued.path().substring("review/".length());
        Actors.signOut();
        guest = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @AfterEach
    void reset() {
        clock.reset();
        Actors.signOut();
    }

    @Test
    void coveredTakeIsServedWholeAndInRanges() throws Exception {
        var clip = bytes(studio.takes().get(1).clipUrl());

        var whole = get(linked(studio.takes().get(1).clipUrl()), null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(clip);
        assertThat(whole.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");

        var slice = get(linked(studio.takes().get(1).clipUrl()), "bytes=10-109");
        assertThat(slice.statusCode()).isEqualTo(206);
        assertThat(slice.headers().firstValue("Content-Range")).contains("bytes 10-109/" + clip.length);
        assertThat(slice.body()).isEqualTo(java.util.Arrays.copyOfRange(clip, 10, 110));

        var poster = get(linked(studio.takes().get(1).posterUrl()), null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.body()).isEqualTo(bytes(studio.takes().get(1).posterUrl()));
    }

    @Test
    void nothingOutsideTheLinkIsServed() throws Exception {
        var other = LinkStudio.create(context, "Elsewhere", folder);
        Actors.signOut();
        var covered = studio.takes().get(1).clipUrl();

        assertThat(get(linked(studio.takes().get(0).clipUrl()), null).statusCode()).as("another shot's take")
                .isEqualTo(404);
        assertThat(get(linked(studio.takes().get(2).posterUrl()), null).statusCode()).as("another shot's poster")
                .isEqualTo(404);
        assertThat(get(linked(other.takes().get(1).clipUrl()), null).statusCode()).as("another project's take")
                .isEqualTo(404);
        assertThat(get("/review/" + secret + "/media/projects/" + studio.project() + "/script.fountain", null)
                .statusCode()).as("a made-up key").isEqualTo(404);
        assertThat(get("/review/" + secret + "/media/" + covered.substring(7).toUpperCase(java.util.Locale.ROOT),
                null).statusCode()).as("a key spelled otherwise").isEqualTo(404);
        assertThat(get("/review/" + "A".repeat(43) + covered, null).statusCode()).as("another secret")
                .isEqualTo(404);
        assertThat(get("/review/" + secret.substring(1) + covered, null).statusCode()).as("a malformed secret")
                .isEqualTo(404);
        // The crew's own address, with the cookies the guest's browser has by now: not signed in.
        assertThat(get(linked(covered), null).statusCode()).isEqualTo(200);
        assertThat(get(covered, null).statusCode()).as("/media/** for a guest").isEqualTo(401);
    }

    @Test
    void expiredLinkServesNothing() throws Exception {
        var covered = linked(studio.takes().get(1).clipUrl());
        assertThat(get(covered, "bytes=0-9").statusCode()).isEqualTo(206);

        clock.advance(Duration.ofDays(2));

        var refused = get(covered, "bytes=0-9");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).isEmpty();
    }

    @Test
    void revokedLinkServesNothing() throws Exception {
        var covered = linked(studio.takes().get(1).clipUrl());
        assertThat(get(covered, null).statusCode()).isEqualTo(200);

        studio.director().signIn();
        links.revoke(studio.project(), links.links(studio.project()).getFirst().id());
        Actors.signOut();

        assertThat(get(covered, null).statusCode()).isEqualTo(404);
    }

    @Test
    void passwordLinkServesNothingToASessionThatDidNotEnterIt() throws Exception {
        studio.director().signIn();
        var issued = links.create(studio.project(),
                new NewReviewLink(Set.of(), Duration.ofDays(2), "open sesame", true));
        Actors.signOut();
        var locked = issued.path().substring("review/".length());

        assertThat(get("/review/" + locked + studio.takes().get(1).clipUrl(), null).statusCode()).isEqualTo(404);
    }

    private String linked(String mediaUrl) {
        return "/review/" + secret + mediaUrl;
    }

    private byte[] bytes(String mediaUrl) throws IOException {
        var out = new ByteArrayOutputStream();
        var key = new MediaKey(mediaUrl.substring("/media/".length()));
        try (var in = store.open(key, 0, store.stat(key).orElseThrow().size())) {
            in.transferTo(out);
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String path, String range) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (range != null) {
            request.header("Range", range);
        }
        return guest.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
