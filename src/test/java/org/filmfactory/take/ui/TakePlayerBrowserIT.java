package org.filmfactory.take.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.Ffprobe;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The take player in Chromium, driven through {@link TakePlayer}'s public methods (a test page's buttons call them, as
 * review's panel does), with takes whose every frame shows its own number as a pattern of ten black or white blocks
 * (bit 0 top left … bit 9 bottom right). What the browser shows is read back by drawing the video into a canvas, so
 * the check does not trust the player's own frame arithmetic.
 * <ul>
 * <li>seekToFrame shows exactly frames 0, 1, last-1 and last at 24, 25, 30 and 29.97 (30000/1001) fps; the 29.97
 *     take is 600 frames long, past the 500th frame where counting it at 30 fps would show the previous frame;</li>
 * <li>a drawing sent with showNotes is painted at the same place of the picture in a narrow player and in a wide one
 *     that letterboxes a vertical picture, and only on its frame;</li>
 * <li>a sketch drawn with the mouse comes back relative to the picture, in the author's colour, at the frame on
 *     screen; Escape drops it;</li>
 * <li>a marker shows its note's label on hover and, clicked, shows its frame and tells the server the note's id.</li>
 * </ul>
 */
class TakePlayerBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCRIPT = """
            INT. PROJECTION ROOM - NIGHT

            The crew watches the take, frame by frame.
            """;

    @TempDir
    static Path folder;
    static StudioNodes studio;
    static Chromium chromium;
    static Actor owner;
    static ProjectId project;
    static ShotId shot;
    static final Map<String, TakeView> TAKES = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        studio = new StudioNodes(1).start();
        chromium = new Chromium();
        var node = studio.node(0);
        owner = Actors.create(node, "Fay Frame").signIn();
        project = node.getBean(ProjectManagement.class).create(new NewProject("Frame by frame", "", ScriptLanguage.EN,
                new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var breakdowns = node.getBean(Breakdowns.class);
        shot = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> breakdowns.shots(project), s -> !s.isEmpty()).getFirst().id();
        var takes = node.getBean(TakeGeneration.class);
        for (var clip : List.of(new Clip("24", 24, false, 48, 160, 96), new Clip("25", 25, false, 50, 160, 96),
                new Clip("30", 30, false, 60, 160, 96), new Clip("29.97", 30, true, 600, 160, 96),
                new Clip("vertical", 25, false, 25, 180, 320))) {
            var file = encode(clip);
            try (InputStream in = Files.newInputStream(file)) {
                TAKES.put(clip.name(), takes.upload(project, shot, clip.name() + ".mp4", in, Files.size(file)));
            }
        }
        Actors.signOut();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (studio != null) {
            studio.close();
        }
    }

    record Clip(String name, int fps, boolean ntsc, int frames, int width, int height) {
    }

    /** Encodes the clip with the studio's encoder; a 29.97 clip is encoded at 30 and its clock slowed by 1001/1000. */
    private static Path encode(Clip clip) throws IOException {
        var target = folder.resolve(clip.name() + (clip.ntsc() ? "-30" : "") + ".mp4");
        new VideoEncoder().encode(new VideoFormat(clip.width(), clip.height(), clip.fps()), clip.frames(),
                (g, frame) -> paintNumber(g, frame, clip.width(), clip.height()), target, percent -> { }, () -> false);
        var file = target;
        if (clip.ntsc()) {
            file = folder.resolve(clip.name() + ".mp4");
            run("/usr/bin/ffmpeg", "-v", "error", "-y", "-itsscale", "1.001", "-i", target.toString(), "-c", "copy",
                    "-video_track_timescale", "30000", "-movflags", "+faststart", file.toString());
        }
        var probe = Ffprobe.videoStream(file);
        assertThat(probe.get("nb_read_frames")).isEqualTo(String.valueOf(clip.frames()));
        assertThat(probe.get("r_frame_rate")).isEqualTo(clip.ntsc() ? "30000/1001" : clip.fps() + "/1");
        return file;
    }

    /** Frame {@code frame}'s number as ten blocks, two rows of five, white for a 1 bit. */
    private static void paintNumber(java.awt.Graphics2D g, int frame, int width, int height) {
        g.setColor(Color.WHITE);
        for (int bit = 0; bit < 10; bit++) {
            if ((frame >> bit & 1) == 1) {
                int col = bit % 5;
                int row = bit / 5;
                g.fillRect(col * width / 5, row * height / 2, width / 5, height / 2);
            }
        }
    }

    private static void run(String... command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private Page open(String take, int width, int height) {
        var page = chromium.newUser();
        page.setViewportSize(width, height);
        var base = studio.url(0);
        Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
        // The player's script is in the production bundle's chunk of the shot page, which a page present only in
        // tests is not part of: open the shot page first, then go on to the test page inside the same single-page app.
        page.navigate(base + "projects/" + project + "/storyboard/" + shot);
        page.waitForFunction("() => customElements.get('ff-take-player') !== undefined");
        page.evaluate("href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go';"
                + " document.body.appendChild(a); a.click(); }",
                "test-take-player?project=" + project + "&shot=" + shot + "&take=" + TAKES.get(take).id());
        page.locator("#seek").waitFor();
        var console = new ArrayList<String>();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        try {
            page.waitForFunction("() => { const p = document.querySelector('#take-player');"
                    + " return p && p.shadowRoot && p.shadowRoot.querySelector('video.main').readyState >= 2; }");
        } catch (RuntimeException timeout) {
            Chromium.screenshot(page, "take-player-" + take);
            throw new AssertionError("the take did not load at " + page.url() + ": " + page.evaluate(
                    "() => { const p = document.querySelector('#take-player'); const v = p?.shadowRoot?.querySelector('video.main');"
                    + " return [document.body.innerText.slice(0, 300), p?.outerHTML.slice(0, 400), v?.readyState,"
                    + " v?.networkState, v?.error?.code, v?.error?.message, v?.currentSrc].join(' | '); }")
                    + " console: " + console, timeout);
        }
        return page;
    }

    private static void seek(Page page, long frame) {
        page.locator("#frame input").fill(String.valueOf(frame));
        page.locator("#seek").click();
        Chromium.awaitServer(page);
    }

    /** The frame number the video shows: its picture drawn into a canvas, the ten blocks read at their centres. */
    private static int frameShown(Page page) {
        return ((Number) page.evaluate("""
                async () => {
                  const v = document.querySelector('#take-player').shadowRoot.querySelector('video.main');
                  for (let i = 0; i < 500 && (v.seeking || v.readyState < 2); i++) {
                    await new Promise(r => setTimeout(r, 20));
                  }
                  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                  const c = document.createElement('canvas');
                  c.width = v.videoWidth;
                  c.height = v.videoHeight;
                  const g = c.getContext('2d', { willReadFrequently: true });
                  g.drawImage(v, 0, 0);
                  const d = g.getImageData(0, 0, c.width, c.height).data;
                  let n = 0;
                  for (let bit = 0; bit < 10; bit++) {
                    const x = Math.floor(((bit % 5) + 0.5) * c.width / 5);
                    const y = Math.floor((Math.floor(bit / 5) + 0.5) * c.height / 2);
                    const i = (y * c.width + x) * 4;
                    if ((d[i] + d[i + 1] + d[i + 2]) / 3 > 128) n |= 1 << bit;
                  }
                  return n;
                }""")).intValue();
    }

    @ParameterizedTest(name = "{0} fps, {1} frames")
    @CsvSource({"24, 48", "25, 50", "30, 60", "29.97, 600"})
    void seekToFrameShowsExactlyThatFrame(String fps, int frames) {
        var page = open(fps, 1000, 800);
        var seen = new LinkedHashMap<Integer, Integer>();
        var answered = new ArrayList<String>();
        for (int frame : new int[] {frames - 1, 0, 1, frames - 2, frames - 1}) {
            seek(page, frame);
            seen.put(frame, frameShown(page));
            page.locator("#sketch-read").click();
            Chromium.awaitServer(page);
            answered.add(page.locator("#sketch").textContent());
        }
        page.context().close();
        var expected = new LinkedHashMap<Integer, Integer>();
        for (int frame : new int[] {frames - 1, 0, 1, frames - 2, frames - 1}) {
            expected.put(frame, frame);
        }
        assertThat(seen).as("frame shown after seekToFrame, by the picture").isEqualTo(expected);
        assertThat(answered).as("currentSketch's frame").containsExactly(
                (frames - 1) + " {\"strokes\":[]}", "0 {\"strokes\":[]}", "1 {\"strokes\":[]}",
                (frames - 2) + " {\"strokes\":[]}", (frames - 1) + " {\"strokes\":[]}");
    }

    /**
     * The step, play and pause symbols are drawings, not the media-control characters (U+23EE, U+23ED, U+23F8),
     * which many Linux and phone fonts lack: there they were empty boxes.
     */
    @Test
    void theTransportButtonsShowDrawnSymbolsNotFontGlyphs() {
        var page = open("24", 1000, 800);
        var script = "() => ['back', 'play', 'forward'].map(c => {"
                + " const b = document.querySelector('#take-player').shadowRoot.querySelector('button.' + c);"
                + " return c + ':' + (b.querySelector('svg path') ? 'drawn' : 'text ' + b.textContent.trim()); })";
        assertThat(page.evaluate(script)).isEqualTo(List.of("back:drawn", "play:drawn", "forward:drawn"));
        page.locator("#take-player button.play").click();
        page.waitForFunction("() => document.querySelector('#take-player').getAttribute('data-speed') === '1'");
        assertThat(page.evaluate(script)).isEqualTo(List.of("back:drawn", "play:drawn", "forward:drawn"));
        assertThat(page.locator("#take-player button.play").getAttribute("aria-label")).isNotBlank();
        page.context().close();
    }

    /** Per colour: the centre and the box of the overlay's pixels of that colour, relative to the picture. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Double>> painted(Page page) {
        return (Map<String, List<Double>>) page.evaluate("""
                async () => {
                  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                  const root = document.querySelector('#take-player').shadowRoot;
                  const v = root.querySelector('video.main');
                  const c = root.querySelector('canvas.overlay');
                  const box = v.getBoundingClientRect();
                  const cbox = c.getBoundingClientRect();
                  // object-fit: contain, worked out here on its own
                  const scale = Math.min(box.width / v.videoWidth, box.height / v.videoHeight);
                  const pw = v.videoWidth * scale, ph = v.videoHeight * scale;
                  const px = box.left + (box.width - pw) / 2, py = box.top + (box.height - ph) / 2;
                  const ratio = c.width / cbox.width;
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  const colours = { blue: [28, 126, 214], red: [224, 49, 49], green: [47, 158, 68] };
                  const out = {};
                  for (const [name, rgb] of Object.entries(colours)) {
                    let n = 0, sx = 0, sy = 0, minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
                    for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) {
                      const i = (y * c.width + x) * 4;
                      if (d[i + 3] < 200 || Math.abs(d[i] - rgb[0]) > 30 || Math.abs(d[i + 1] - rgb[1]) > 30
                          || Math.abs(d[i + 2] - rgb[2]) > 30) continue;
                      const rx = (cbox.left + (x + 0.5) / ratio - px) / pw;
                      const ry = (cbox.top + (y + 0.5) / ratio - py) / ph;
                      n++; sx += rx; sy += ry;
                      minX = Math.min(minX, rx); minY = Math.min(minY, ry); maxX = Math.max(maxX, rx); maxY = Math.max(maxY, ry);
                    }
                    if (n > 0) out[name] = [sx / n, sy / n, minX, minY, maxX, maxY, px - box.left];
                  }
                  return out;
                }""");
    }

    private static void width(Page page, int pixels) {
        page.evaluate("w => document.querySelector('#take-player').style.width = w + 'px'", pixels);
    }

    @Test
    void aDrawingIsPaintedAtTheSamePlaceOfThePictureAtTwoPlayerWidths() {
        var page = open("vertical", 1000, 800);
        var drawing = "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#1c7ed6\",\"points\":[[0.25,0.75]]},"
                + "{\"tool\":\"rectangle\",\"color\":\"#e03131\",\"points\":[[0.5,0.1],[0.9,0.3]]}]}";
        var notes = List.of(Map.of("id", "note-a", "frame", 10, "colorIndex", 1, "label", "Ann: here",
                "drawing", drawing));
        page.locator("#notes textarea").fill(JSON.writeValueAsString(notes));
        page.locator("#show-notes").click();
        seek(page, 10);
        var sizes = new LinkedHashMap<Integer, Map<String, List<Double>>>();
        for (int w : new int[] {300, 900}) {
            width(page, w);
            sizes.put(w, painted(page));
        }
        seek(page, 11);
        var elsewhere = painted(page);
        page.context().close();

        for (var entry : sizes.entrySet()) {
            var at = entry.getValue();
            assertThat(at).as("colours painted at width %d", entry.getKey()).containsOnlyKeys("blue", "red");
            var point = at.get("blue");
            assertThat(point.get(0)).as("point x at %d", entry.getKey()).isCloseTo(0.25, within(0.01));
            assertThat(point.get(1)).as("point y at %d", entry.getKey()).isCloseTo(0.75, within(0.01));
            var box = at.get("red");
            assertThat(box.get(0)).as("rectangle centre x at %d", entry.getKey()).isCloseTo(0.7, within(0.01));
            assertThat(box.get(1)).as("rectangle centre y at %d", entry.getKey()).isCloseTo(0.2, within(0.01));
            assertThat(box.get(2)).as("rectangle left at %d", entry.getKey()).isCloseTo(0.5, within(0.02));
            assertThat(box.get(4)).as("rectangle right at %d", entry.getKey()).isCloseTo(0.9, within(0.02));
            assertThat(box.get(3)).as("rectangle top at %d", entry.getKey()).isCloseTo(0.1, within(0.02));
            assertThat(box.get(5)).as("rectangle bottom at %d", entry.getKey()).isCloseTo(0.3, within(0.02));
        }
        assertThat(sizes.get(300).get("red").get(6)).as("no bars at 300 px").isCloseTo(0.0, within(0.5));
        assertThat(sizes.get(900).get("red").get(6)).as("bars beside the picture at 900 px").isGreaterThan(100.0);
        assertThat(elsewhere).as("nothing painted on another frame").isEmpty();
    }

    @Test
    void aSketchComesBackRelativeToThePictureAtTheFrameOnScreen() {
        var page = open("vertical", 1000, 800);
        width(page, 900);
        seek(page, 7);
        page.locator("#colour input").fill("2");
        page.locator("#sketch-rectangle").click();
        Chromium.awaitServer(page);
        page.waitForFunction("() => document.querySelector('#take-player').hasAttribute('data-sketching')");
        @SuppressWarnings("unchecked")
        var picture = (List<Number>) page.evaluate("""
                () => {
                  const v = document.querySelector('#take-player').shadowRoot.querySelector('video.main');
                  const box = v.getBoundingClientRect();
                  const scale = Math.min(box.width / v.videoWidth, box.height / v.videoHeight);
                  const pw = v.videoWidth * scale, ph = v.videoHeight * scale;
                  return [box.left + (box.width - pw) / 2, box.top + (box.height - ph) / 2, pw, ph];
                }""");
        double left = picture.get(0).doubleValue();
        double top = picture.get(1).doubleValue();
        double w = picture.get(2).doubleValue();
        double h = picture.get(3).doubleValue();
        long x0 = Math.round(left + 0.2 * w);
        long y0 = Math.round(top + 0.2 * h);
        long x1 = Math.round(left + 0.6 * w);
        long y1 = Math.round(top + 0.5 * h);
        // The mouse leaves the picture past the right edge: the end is clamped to the picture.
        page.mouse().move(x0, y0);
        page.mouse().down();
        page.mouse().move(x1, y1, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(left + w + 40, y1, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(2));
        page.mouse().up();
        page.locator("#sketch-read").click();
        Chromium.awaitServer(page);
        var answer = page.locator("#sketch").textContent();
        var painted = painted(page);
        page.keyboard().press("Escape");
        Chromium.awaitServer(page);
        assertThat(page.locator("#sketch-cancelled")).hasText("1");
        var sketching = page.evaluate("() => document.querySelector('#take-player').hasAttribute('data-sketching')");
        page.context().close();

        assertThat(answer).startsWith("7 ");
        var strokes = JSON.readTree(answer.substring(2)).path("strokes");
        assertThat(strokes.size()).isEqualTo(1);
        assertThat(strokes.get(0).path("tool").asString()).isEqualTo("rectangle");
        assertThat(strokes.get(0).path("color").asString()).isEqualTo("#2f9e44");
        var points = strokes.get(0).path("points");
        assertThat(points.size()).isEqualTo(2);
        assertThat(points.get(0).get(0).asDouble()).isCloseTo((x0 - left) / w, within(0.0002));
        assertThat(points.get(0).get(1).asDouble()).isCloseTo((y0 - top) / h, within(0.0002));
        assertThat(points.get(1).get(0).asDouble()).isEqualTo(1.0);
        assertThat(points.get(1).get(1).asDouble()).isCloseTo((y1 - top) / h, within(0.0002));
        assertThat(painted).as("the sketch is painted while drawing").containsOnlyKeys("green");
        assertThat(sketching).isEqualTo(false);
    }

    @Test
    void aMarkerShowsItsLabelAndClickedShowsItsFrameAndNamesTheNote() {
        var page = open("30", 1000, 800);
        var notes = new ArrayList<Map<String, Object>>();
        notes.add(Map.of("id", "note-10", "frame", 10, "colorIndex", 4, "label", "Ann: <b>look</b> here"));
        notes.add(Map.of("id", "note-40", "frame", 40, "colorIndex", 0, "label", "Bo: 太暗了"));
        page.locator("#notes textarea").fill(JSON.writeValueAsString(notes));
        page.locator("#show-notes").click();
        Chromium.awaitServer(page);
        assertThat(page.locator("#take-player")).hasAttribute("data-notes", "2");
        @SuppressWarnings("unchecked")
        var bar = (List<Number>) page.evaluate("""
                () => {
                  const root = document.querySelector('#take-player').shadowRoot;
                  const seek = root.querySelector('input.seek').getBoundingClientRect();
                  const strip = root.querySelector('canvas.markers').getBoundingClientRect();
                  return [seek.left, seek.width, strip.top + strip.height / 2];
                }""");
        // A range input's thumb is 16 px wide in Chromium: its centre runs from left + 8 to right - 8.
        double x = bar.get(0).doubleValue() + 8 + 10 / 59.0 * (bar.get(1).doubleValue() - 16);
        page.mouse().move(x, bar.get(2).doubleValue());
        var tip = page.locator("#take-player .tip");
        assertThat(tip).isVisible();
        assertThat(tip).hasText("Frame 10 Ann: <b>look</b> here");
        page.mouse().click(x, bar.get(2).doubleValue());
        Chromium.awaitServer(page);
        assertThat(page.locator("#note-clicked")).hasText("note-10");
        assertThat(page.locator("#take-player")).hasAttribute("data-frame", "10");
        int shown = frameShown(page);
        page.context().close();
        assertThat(shown).isEqualTo(10);
    }
}
