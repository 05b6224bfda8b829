package org.filmfactory.render.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Cuts;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.Preflight;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.HttpMember;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A short film rendered, then its publishing packages fetched over HTTP as a viewer of the project fetches them:
 * the ZIP's MP4 decodes (Debian's ffprobe), the cover is a JPEG of the platform's size that is not a dark or flat
 * frame (measured here on its pixels), the words come from the hand-written title page
 * ({@code render/publish/title-page.fountain}, a Chinese title), the verdict is preflight's on the file; someone
 * outside the crew and forged addresses get a bare 403.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublishingIT {

    static final String LOGLINE = "A night clerk must deliver one last letter before the harbour floods.";
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Cuts cuts;
    @Autowired
    Rendering rendering;
    @Autowired
    WorkQueue queue;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aViewerDownloadsEachPlatformsPackageAndOutsidersGetNothing() throws Exception {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("Rain City", "The project's own logline.", ScriptLanguage.EN,
                FORMAT));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        var stranger = Actors.create(context, "Sam Stranger");
        owner.signIn();
        String script;
        try (InputStream in = getClass().getResourceAsStream("/render/publish/title-page.fountain")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var revision = scripts.save(project, 0, script).revision();
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(600)).pollInSameThread().until(() -> takes.totals(project).ready() == shots);
        editor.signIn();
        cuts.followShotList(project);
        var film = render(project);
        Actors.signOut();

        var member = signedIn(viewer);
        var response = member.get(packageAddress(project, film.id(), "tiktok"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=").endsWith("; filename*=UTF-8''"
                        + URLEncoder.encode("雨城-tiktok.zip", StandardCharsets.UTF_8));
        var entries = unzip(response.body());
        assertThat(entries.keySet()).containsExactly("film.mp4", "cover.jpg", "package.json", "README.txt");

        // The film: the MP4 as rendered, and it decodes.
        var mp4 = folder.resolve("film.mp4");
        Files.write(mp4, entries.get("film.mp4"));
        var video = Ffprobe.videoStream(mp4);
        assertThat(List.of(video.get("codec_name"), video.get("width"), video.get("height"),
                video.get("nb_read_frames"))).containsExactly("h264", "540", "960", String.valueOf(film.frames()));
        assertThat(Ffprobe.streamTypes(mp4)).containsExactly("video", "audio");
        assertThat((long) entries.get("film.mp4").length).isEqualTo(film.bytes());

        // The cover: a JPEG of TikTok's size, not a dark or flat frame.
        assertCover(entries.get("cover.jpg"), 1080, 1920);

        // The words, from the title page; the verdict, preflight's on the file.
        var manifest = JsonMapper.builder().build().readTree(entries.get("package.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("filmfactory-publishing-package/1");
        assertThat(manifest.get("platform").asString()).isEqualTo("TIKTOK");
        assertThat(manifest.get("title").asString()).isEqualTo("雨城");
        assertThat(manifest.get("description").asString()).isEqualTo(LOGLINE);
        assertThat(strings(manifest.get("hashtags"))).containsExactly("雨城", "Drama", "Mystery", "rain", "港口");
        assertThat(manifest.get("caption").asString())
                .isEqualTo("雨城\n" + LOGLINE + "\n#雨城 #Drama #Mystery #rain #港口");
        var facts = new Preflight.Facts(film.duration(), Files.size(mp4), 540, 960, 30, "aac");
        var expected = Preflight.check(PlatformTarget.TIKTOK, Preflight.PUBLISHED.get(PlatformTarget.TIKTOK), facts);
        assertThat(expected).extracting(f -> f.messageKey()).containsExactly("render.preflight.low-resolution");
        assertThat(manifest.get("preflight").get("verdict").asString()).isEqualTo("warned");
        var findings = manifest.get("preflight").get("findings");
        assertThat(findings.size()).isEqualTo(1);
        assertThat(findings.get(0).get("key").asString()).isEqualTo(expected.getFirst().messageKey());
        assertThat(strings(findings.get(0).get("arguments"))).isEqualTo(expected.getFirst().arguments());
        assertThat(findings.get(0).get("blocking").asBoolean()).isFalse();
        var readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).startsWith("雨城 — publishing package for TikTok\n\nTitle: 雨城\nDescription: " + LOGLINE
                + "\nHashtags: #雨城 #Drama #Mystery #rain #港口\n")
                .contains("Preflight: plays, not as meant\n- 540×960 plays full screen but soft; 1080×1920 is sharp\n");

        // Douyin's cover is 3:4; YouTube's hashtags start with Shorts.
        var douyin = unzip(member.get(packageAddress(project, film.id(), "douyin")).body());
        assertCover(douyin.get("cover.jpg"), 1080, 1440);
        var shorts = JsonMapper.builder().build().readTree(
                unzip(member.get(packageAddress(project, film.id(), "youtube_shorts")).body()).get("package.json"));
        assertThat(strings(shorts.get("hashtags"))).containsExactly("Shorts", "雨城", "Drama");

        // Outside the crew, and forged addresses: a bare 403.
        var outsider = signedIn(stranger);
        var refused = List.of(outsider.get(packageAddress(project, film.id(), "tiktok")),
                member.get(packageAddress(project, FilmId.random(), "tiktok")),
                member.get("/media/films/" + project + "/not-a-film/publish/tiktok.zip"),
                member.get(packageAddress(project, film.id(), "myspace")),
                member.get("/media/films/" + project.toString().toUpperCase() + "/" + film.id()
                        + "/publish/tiktok.zip"));
        for (var answer : refused) {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(403);
            assertThat(answer.body()).as(answer.uri().toString()).isEmpty();
        }
        var signedOut = HttpMember.anonymous(base(), "Accept-Language", "en").get(packageAddress(project, film.id(), "tiktok"));
        assertThat(signedOut.statusCode()).isNotEqualTo(200);
        assertThat(new String(signedOut.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    private Film render(ProjectId project) {
        var job = rendering.request(project, new RenderSpec(Preset.PREVIEW, true));
        var done = await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> queue.status(new JobId(job.value())).orElseThrow(), s -> s.state().finished());
        assertThat(done.state()).as("%s", done.failure()).isEqualTo(JobState.DONE);
        return rendering.film(project, FilmId.parse(done.result())).orElseThrow();
    }

    /** A baseline JPEG of the size, whose pixels (measured here, not by the studio's rule) are neither dark nor flat. */
    private static void assertCover(byte[] jpeg, int width, int height) throws IOException {
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            var reader = ImageIO.getImageReaders(in).next();
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("jpeg");
            reader.dispose();
        }
        var image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(width, height);
        double sum = 0;
        double squares = 0;
        long count = 0;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += luma;
                squares += luma * luma;
                count++;
            }
        }
        double mean = sum / count;
        double deviation = Math.sqrt(squares / count - mean * mean);
        assertThat(mean).as("mean luma").isGreaterThan(30);
        assertThat(deviation).as("luma deviation").isGreaterThan(12);
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String packageAddress(ProjectId project, FilmId film, String platform) {
        return "/media/films/" + project + "/" + film + "/publish/" + platform + ".zip";
    }

    private HttpMember signedIn(Actor actor) throws IOException, InterruptedException {
        return HttpMember.signIn(base(), actor, "Accept-Language", "en");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
