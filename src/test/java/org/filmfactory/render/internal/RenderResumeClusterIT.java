package org.filmfactory.render.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.Ffprobe;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes, one worker each: two in this JVM (their workers held by gate jobs while the render starts) and node-3
 * in a process of its own, which takes the render. node-3 is killed (SIGKILL) after it finished some segments; another
 * node finishes the render once, drawing only the segments node-3 had not stored, and the film equals one rendered
 * without interruption (duration, streams, frames). A viewer's browser on node-2 watches the Films screen all along:
 * the figures it shows never go back by more than one segment.
 */
class RenderResumeClusterIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light hums over the empty counter. An old clerk, TOMAS, counts the day's stamps one by one.

            MAYA
            One letter. Registered. It has to go tonight, whatever it costs.

            TOMAS
            Nothing goes tonight. The van left at six.

            EXT. HARBOUR ROAD - NIGHT

            Rain hammers the road. Maya runs past the shuttered shops towards the last lit window by the water.

            INT. FERRY OFFICE - NIGHT

            A radio plays a slow song. The ferryman looks up from his crossword and sees the letter in her hand.
            """;

    /** Small takes, quick to make; the film is vertical HD, slow enough to kill mid-render. */
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);
    static final RenderSpec SPEC = new RenderSpec(Preset.VERTICAL, true);

    @TempDir
    Path folder;

    StudioNodes nodes;
    StudioProcess third;
    Chromium chromium;

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (third != null) {
            third.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aRenderWhoseNodeIsKilledFinishesOnceElsewhereFromItsLastSegment() throws Exception {
        var args = List.of("--filmfactory.test.jobs=true", "--filmfactory.work.workers=1",
                "--filmfactory.work.lease=60s").toArray(String[]::new);
        nodes = new StudioNodes(2, StudioNodes.newSharedDatabase(folder)).start(args);
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, FORMAT));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        var revision = node.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var breakdowns = node.getBean(Breakdowns.class);
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        var takes = node.getBean(TakeGeneration.class);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> takes.totals(project).ready() == shots);
        Actors.signOut();

        // The viewer's page on node-2 notes every figure the render's row shows, as they come.
        chromium = new Chromium();
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(1), viewer.email(), Actors.PASSWORD);
        page.navigate(nodes.url(1) + "projects/" + project + "/films");
        page.locator("#films-view").waitFor();
        page.evaluate("""
                () => {
                  window.__seen = [];
                  const note = () => {
                    for (const row of document.querySelectorAll('#renders .render-row[data-percent]')) {
                      const seen = [Number(row.dataset.segment), Number(row.dataset.segments),
                        Number(row.dataset.percent), row.dataset.resuming, row.id];
                      const last = window.__seen[window.__seen.length - 1];
                      if (!last || last.join() !== seen.join()) window.__seen.push(seen);
                    }
                  };
                  new MutationObserver(note).observe(document.body,
                    {subtree: true, childList: true, attributes: true, characterData: true});
                }""");

        // Hold both in-JVM workers, so the render can only start on node-3.
        var queue = node.getBean(WorkQueue.class);
        var gates = List.of(gate(queue, project), gate(queue, project));
        await().atMost(ofSeconds(30)).until(() -> gates.stream()
                .allMatch(id -> queue.status(id).orElseThrow().state() == JobState.RUNNING));
        third = StudioProcess.start(nodes, "node-3", args);
        editor.signIn();
        var rendering = node.getBean(Rendering.class);
        var job = rendering.request(project, SPEC);
        var jobId = new JobId(job.value());
        Actors.signOut();
        await().atMost(ofSeconds(180)).pollInSameThread().until(() -> picture(queue.status(jobId).orElseThrow()) >= 3);
        assertThat(queue.status(jobId).orElseThrow().node()).isEqualTo("node-3");

        third.kill();
        var media = node.getBean(MediaStore.class);
        var stored = segments(project);
        assertThat(stored).as("segments node-3 finished").hasSizeGreaterThanOrEqualTo(2);
        gates.forEach(queue::cancel);

        var done = await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> queue.status(jobId).orElseThrow(), status -> status.state().finished());
        assertThat(done.state()).as("%s", done.failure()).isEqualTo(JobState.DONE);
        assertThat(done.node()).isIn("node-1", "node-2");
        assertThat(done.attempt()).isEqualTo(2);
        editor.signIn();
        var film = rendering.film(project, FilmId.parse(done.result())).orElseThrow();
        assertThat(rendering.films(project)).containsExactly(film);
        var studio = node.getBean(StudioRendering.class);
        var counts = studio.segments(project, film.id()).orElseThrow();
        int total = segments(project).size();
        assertThat(counts[1]).as("reused").isEqualTo(stored.size());
        assertThat(counts[0]).as("rendered").isEqualTo(total - stored.size());

        // The same plan without interruption, every segment drawn again.
        for (var segment : segments(project)) {
            media.delete(segment);
        }
        var again = rendering.request(project, SPEC);
        var second = await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> queue.status(new JobId(again.value())).orElseThrow(), s -> s.state().finished());
        assertThat(second.state()).as("%s", second.failure()).isEqualTo(JobState.DONE);
        var uninterrupted = rendering.film(project, FilmId.parse(second.result())).orElseThrow();
        assertThat(studio.segments(project, uninterrupted.id()).orElseThrow()).containsExactly(total, 0);
        assertThat(uninterrupted.frames()).isEqualTo(film.frames());
        assertThat(uninterrupted.duration()).isEqualTo(film.duration());
        var resumed = copy(media, film, "resumed.mp4");
        var whole = copy(media, uninterrupted, "whole.mp4");
        assertThat(Ffprobe.streamTypes(resumed)).containsExactly("video", "audio")
                .isEqualTo(Ffprobe.streamTypes(whole));
        assertThat(Ffprobe.videoStream(resumed)).isEqualTo(Ffprobe.videoStream(whole));
        assertThat(node.getBean(MediaProbe.class).probe(resumed)).isEqualTo(node.getBean(MediaProbe.class).probe(whole));
        Actors.signOut();

        // The figures the viewer saw: from the first run, through the wait, to the end; never a segment back.
        @SuppressWarnings("unchecked")
        var seen = ((List<List<Object>>) page.evaluate("() => window.__seen")).stream()
                .filter(figures -> figures.get(4).equals("render-" + job)).toList();
        assertThat(seen).as("figures seen").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < seen.size(); i++) {
            int before = ((Number) seen.get(i - 1).get(0)).intValue();
            int after = ((Number) seen.get(i).get(0)).intValue();
            int segments = ((Number) seen.get(i).get(1)).intValue();
            if (after == 0 || before == 0 || segments == 0) {
                // Stages without a segment (before the picture, joining, mixing): the percentage must not drop.
                assertThat(((Number) seen.get(i).get(2)).intValue()).as("percent after %s", seen.get(i - 1))
                        .isGreaterThanOrEqualTo(((Number) seen.get(i - 1).get(2)).intValue() - 100 / total - 1);
                continue;
            }
            assertThat(after).as("segment after %s", seen.get(i - 1)).isGreaterThanOrEqualTo(before - 1);
        }
        page.waitForCondition(() -> page.locator("#films .film-card").count() == 2,
                new Page.WaitForConditionOptions().setTimeout(30_000));
    }

    private static JobId gate(WorkQueue queue, ProjectId project) {
        return queue.submit(new JobRequest("test.gate", "gates-" + project, UserMessage.of("test.title", "gate"),
                "hold", JobRequest.NORMAL, false, null));
    }

    /** The segment the render is drawing, from its stage; 0 outside the picture. */
    private static int picture(JobStatus status) {
        var stage = status.stage();
        if (status.state() != JobState.RUNNING || stage == null || !stage.key().equals("render.stage.picture")) {
            return 0;
        }
        return Integer.parseInt(stage.arguments().getFirst());
    }

    /** The segments stored for the project, as files in the shared media folder. */
    private List<MediaKey> segments(ProjectId project) throws IOException {
        var dir = Path.of(nodes.mediaFolder(), "projects", project.toString(), "segments");
        var keys = new ArrayList<MediaKey>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".mp4")
                        && !name.startsWith(".")).sorted()
                        .forEach(name -> keys.add(MediaKey.of("projects", project.toString(), "segments", name)));
            }
        }
        var media = nodes.node(0).getBean(MediaStore.class);
        var present = new ArrayList<MediaKey>();
        for (var key : keys) {
            if (media.stat(key).isPresent()) {
                present.add(key);
            }
        }
        return present;
    }

    private Path copy(MediaStore media, Film film, String name) throws IOException {
        var target = folder.resolve(name);
        media.copyTo(film.film(), target);
        return target;
    }

}
