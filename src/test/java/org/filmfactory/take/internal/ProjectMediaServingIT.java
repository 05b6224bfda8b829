package org.filmfactory.take.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.HttpMember;
import org.filmfactory.testsupport.Actors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Media over real HTTP, as a browser's {@code <video>} fetches it: people sign in through the sign-in form, the
 * clip is in the media store, and every answer is compared byte for byte with the stored fixture. Members get the
 * file and exact ranges; a member of another project, a signed-out browser and forged addresses get nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectMediaServingIT {

    static final int SIZE = 100_003;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;
    @Autowired
    MediaStore store;

    byte[] clip;
    ProjectId project;
    ProjectId otherProject;
    String clipPath;
    Actor viewer;
    Actor stranger;

    @BeforeEach
    void clipInTheStore() throws IOException {
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vic Viewer");
        stranger = Actors.create(context, "Sam Stranger").signIn();
        otherProject = projects.create(new NewProject("Elsewhere", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        clip = new byte[SIZE];
        new Random(11).nextBytes(clip);
        clipPath = "projects/" + project + "/takes/" + UUID.randomUUID() + "/clip.mp4";
        store.put(new MediaKey(clipPath), new ByteArrayInputStream(clip), "video/mp4");
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void memberGetsTheWholeClipWithItsHeaders() throws Exception {
        var browser = signedIn(viewer);

        var response = browser.get("/media/" + clipPath);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(clip);
        assertThat(response.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(SIZE));
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.headers().firstValue("ETag")).contains("\"" + sha256(clip) + "\"");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"clip.mp4\"; filename*=UTF-8''clip.mp4");
    }

    @Test
    void headTellsTheSizeWithoutTheBytes() throws Exception {
        var browser = signedIn(viewer);

        var response = browser.http.send(HttpRequest.newBuilder(URI.create(base() + "/media/" + clipPath))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(SIZE));
        assertThat(response.headers().firstValue("ETag")).contains("\"" + sha256(clip) + "\"");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void memberGetsExactRanges() throws Exception {
        var browser = signedIn(viewer);

        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=0-99"), 0, 99);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=50000-50999"), 50_000, 50_999);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=99990-"), 99_990, SIZE - 1);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=-7"), SIZE - 7, SIZE - 1);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=100000-200000"), 100_000, SIZE - 1);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=-200000"), 0, SIZE - 1);
        assertSlice(browser.get("/media/" + clipPath, "Range", "bytes=100002-100002"), SIZE - 1, SIZE - 1);
    }

    @Test
    void rangesBeyondTheEndAreUnsatisfiable() throws Exception {
        var browser = signedIn(viewer);

        for (var range : new String[] {"bytes=100003-", "bytes=100003-100010", "bytes=-0",
                "bytes=99999999999999999999999-"}) {
            var response = browser.get("/media/" + clipPath, "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(416);
            assertThat(response.headers().firstValue("Content-Range")).as(range).contains("bytes */" + SIZE);
            assertThat(response.body()).as(range).isEmpty();
        }
    }

    @Test
    void rangesItCannotServeAsOneSliceGetTheWholeClip() throws Exception {
        var browser = signedIn(viewer);

        for (var range : new String[] {"bytes=0-9,20-29", "items=0-9", "bytes=9-0", "bytes=x-y"}) {
            var response = browser.get("/media/" + clipPath, "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).as(range).isEqualTo(clip);
        }
    }

    @Test
    void aBrowserWithTheClipGetsNotModified() throws Exception {
        var browser = signedIn(viewer);

        var response = browser.get("/media/" + clipPath, "If-None-Match", "\"" + sha256(clip) + "\"");
        var changed = browser.get("/media/" + clipPath, "If-None-Match", "\"" + sha256(new byte[1]) + "\"");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(clip);
    }

    @Test
    void downloadOffersTheClipUnderAName() throws Exception {
        var browser = signedIn(viewer);

        var plain = browser.get("/media/" + clipPath + "?download");
        var named = browser.get("/media/" + clipPath + "?download="
                + URLEncoder.encode("Scene 1 take 2.mp4", StandardCharsets.UTF_8));
        var chinese = browser.get("/media/" + clipPath + "?download="
                + URLEncoder.encode("第1场.mp4", StandardCharsets.UTF_8));
        var forged = browser.get("/media/" + clipPath + "?download="
                + URLEncoder.encode("/../etc/passwd", StandardCharsets.UTF_8));

        assertThat(plain.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"clip.mp4\"; filename*=UTF-8''clip.mp4");
        assertThat(plain.body()).isEqualTo(clip);
        assertThat(named.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Scene 1 take 2.mp4\"; "
                        + "filename*=UTF-8''Scene%201%20take%202.mp4");
        assertThat(chinese.headers().firstValue("Content-Disposition").orElseThrow())
                .endsWith("; filename*=UTF-8''%E7%AC%AC1%E5%9C%BA.mp4");
        assertThat(forged.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"_.._etc_passwd\"; filename*=UTF-8''_.._etc_passwd");
    }

    @Test
    void aMissingClipOfTheirProjectIsNotFoundForAMember() throws Exception {
        var browser = signedIn(viewer);

        var response = browser.get("/media/projects/" + project + "/takes/" + UUID.randomUUID() + "/clip.mp4");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aMemberOfAnotherProjectIsRefusedWhateverTheyGuess() throws Exception {
        var browser = signedIn(stranger);

        var real = browser.get("/media/" + clipPath);
        var ranged = browser.get("/media/" + clipPath, "Range", "bytes=0-99");
        var missing = browser.get("/media/projects/" + project + "/takes/" + UUID.randomUUID() + "/clip.mp4");
        var ownMissing = browser.get("/media/projects/" + otherProject + "/takes/x/clip.mp4");

        assertThat(real.statusCode()).isEqualTo(403);
        assertThat(real.body()).isEmpty();
        assertThat(ranged.statusCode()).isEqualTo(403);
        assertThat(ranged.body()).isEmpty();
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(ownMissing.statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedOutBrowserIsToldToSignIn() throws Exception {
        var browser = HttpMember.anonymous(base());

        var response = browser.get("/media/" + clipPath);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).doesNotContain(clip[0], clip[1], clip[2]);
        assertThat(response.body().length).isLessThan(SIZE);
    }

    @Test
    void forgedAddressesAreRefused() throws Exception {
        var browser = signedIn(viewer);
        var take = clipPath.substring(("projects/" + project + "/").length());

        assertThat(browser.get("/media/projects/not-a-uuid/" + take).statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/projects/" + project.toString().toUpperCase() + "/" + take).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/media/projects/" + project).statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/projects/" + project + "/").statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/elsewhere/" + project + "/" + take).statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/projects/" + otherProject + "/" + take).statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/projects/" + project + "/takes/.clip.mp4.meta").statusCode()).isEqualTo(403);
        assertThat(browser.get("/media/projects/" + project + "/" + take.replace("clip", "%63lip")).statusCode())
                .isEqualTo(403);
        // Dot segments, empty segments, escaped slashes or dots: Spring Security's firewall refuses them first.
        assertThat(browser.get("/media/projects//" + project + "/" + take).statusCode()).isEqualTo(400);
        assertThat(browser.get("/media/projects/" + otherProject + "/../" + project + "/" + take).statusCode())
                .isEqualTo(400);
        assertThat(browser.get("/media/projects%2F" + project + "/" + take).statusCode()).isEqualTo(400);
        assertThat(browser.get("/media/projects/" + project + "/takes/%2e%2e/%2e%2e/" + take).statusCode())
                .isEqualTo(400);
    }

    private void assertSlice(HttpResponse<byte[]> response, int first, int last) {
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes " + first + "-" + last + "/" + SIZE);
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(last - first + 1));
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(clip, first, last + 1));
    }

    private HttpMember signedIn(Actor actor) throws IOException, InterruptedException {
        return HttpMember.signIn(base(), actor);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }


    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
