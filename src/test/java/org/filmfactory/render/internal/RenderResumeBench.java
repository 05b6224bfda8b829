package org.filmfactory.render.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.Cuts;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders of a vertical film on a three-node studio (run with {@code bench/render-resume-bench.sh}, not by the test suite;
 * nothing is asserted). Printed and appended to {@code target/bench-render.txt}:
 * <ul>
 * <li>a whole render (no segment cached), wall time from the request to the stored film;</li>
 * <li>a re-render after one shot changed (its clip trimmed), wall time and segments drawn/reused;</li>
 * <li>resume after a node kill: node-3 (its own process) renders the film with no segment cached, is killed with
 *     SIGKILL after its third segment starts; times from the kill to another node running the job, to that run's
 *     figures passing what node-3 had reached, and to the stored film; segments drawn/reused by the second run.</li>
 * </ul>
 */
public final class RenderResumeBench {

    private static final Logger log = LoggerFactory.getLogger(RenderResumeBench.class);
    static final Path REPORT = Path.of("target", "bench-render.txt");
    static final RenderSpec SPEC = new RenderSpec(Preset.VERTICAL, true);

    private RenderResumeBench() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Files.createTempDirectory("render-bench");
        var settings = List.of("--logging.level.root=WARN", "--filmfactory.test.jobs=true",
                "--filmfactory.work.workers=1", "--filmfactory.work.lease=60s").toArray(String[]::new);
        try (var nodes = new StudioNodes(2, StudioNodes.newSharedDatabase(folder)).start(settings)) {
            var node = nodes.node(0);
            var owner = Actors.create(node, "Olga Owner").signIn();
            var project = node.getBean(ProjectManagement.class).create(
                    new NewProject("Harbour", "", ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
            var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
            owner.signIn();
            var revision = node.getBean(ScriptEditing.class).save(project, 0, RenderResumeClusterIT.SCRIPT)
                    .revision();
            var breakdowns = node.getBean(Breakdowns.class);
            waitFor(() -> breakdowns.shotList(project).scriptRevision(), r -> r == revision);
            var takes = node.getBean(TakeGeneration.class);
            int shots = takes.generateAllMissing(project);
            waitFor(() -> takes.totals(project).ready(), ready -> ready == shots);
            editor.signIn();
            var rendering = node.getBean(Rendering.class);
            var queue = node.getBean(WorkQueue.class);
            var studio = node.getBean(StudioRendering.class);
            var cuts = node.getBean(Cuts.class);
            var cut = cuts.current(project);
            double seconds = cut.length() / (double) cut.fps();

            long start = System.nanoTime();
            var whole = done(queue, rendering.request(project, SPEC));
            double wholeSeconds = (System.nanoTime() - start) / 1e9;
            var wholeCounts = studio.segments(project, FilmId.parse(whole.result())).orElseThrow();

            var middle = cut.clips().get(cut.clips().size() / 2);
            cuts.edit(project, cut.revision(), new CutEdit.Trim(middle.id(), middle.inFrame(), middle.outFrame() - 15));
            start = System.nanoTime();
            var changed = done(queue, rendering.request(project, SPEC));
            double changedSeconds = (System.nanoTime() - start) / 1e9;
            var changedCounts = studio.segments(project, FilmId.parse(changed.result())).orElseThrow();

            // Resume: nothing cached, node-3 takes the render and is killed in its third segment.
            clearSegments(nodes, project.toString());
            var gates = List.of(gate(queue), gate(queue));
            waitFor(() -> gates.stream().allMatch(g -> queue.status(g).orElseThrow().state() == JobState.RUNNING),
                    ok -> ok);
            double killedAt;
            int reached;
            long killed;
            JobId job;
            try (var third = StudioProcess.start(nodes, "node-3", settings)) {
                job = new JobId(rendering.request(project, SPEC).value());
                var id = job;
                waitFor(() -> picture(queue.status(id).orElseThrow()), segment -> segment >= 3);
                reached = queue.status(job).orElseThrow().percent();
                killedAt = reached;
                third.kill();
                killed = System.nanoTime();
            }
            gates.forEach(queue::cancel);
            var id = job;
            waitFor(() -> queue.status(id).orElseThrow(), s -> s.state() == JobState.RUNNING
                    && !"node-3".equals(s.node()));
            double takenOver = (System.nanoTime() - killed) / 1e9;
            waitFor(() -> queue.status(id).orElseThrow(), s -> s.state().finished()
                    || s.percent() > reached && s.stage() != null && !s.stage().key().equals("render.stage.resuming"));
            double passed = (System.nanoTime() - killed) / 1e9;
            var resumed = waitFor(() -> queue.status(id).orElseThrow(), s -> s.state().finished());
            double finished = (System.nanoTime() - killed) / 1e9;
            var resumedCounts = studio.segments(project, FilmId.parse(resumed.result())).orElseThrow();

            var report = String.format(Locale.ROOT, """
                    render bench (vertical 1080x1920 30 fps, %.1f s film, %d segments of 4 s, 2 cores, 3 nodes)
                      whole render, nothing cached: %.1f s (%d drawn, %d reused; realtime factor %.2f)
                      re-render after one shot trimmed: %.1f s (%d drawn, %d reused)
                      node-3 killed at %.0f %%: job running on %s after %.1f s; past node-3's figures after %.1f s;\
                     film stored after %.1f s (%d drawn, %d reused)
                    """, seconds, wholeCounts[0] + wholeCounts[1], wholeSeconds, wholeCounts[0], wholeCounts[1],
                    seconds / wholeSeconds, changedSeconds, changedCounts[0], changedCounts[1], killedAt,
                    resumed.node(), takenOver, passed, finished, resumedCounts[0], resumedCounts[1]);
            log.warn("\n{}", report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private static JobStatus done(WorkQueue queue, RenderJobId job) {
        var status = waitFor(() -> queue.status(new JobId(job.value())).orElseThrow(), s -> s.state().finished());
        if (status.state() != JobState.DONE) {
            throw new IllegalStateException("render " + status.state() + ": " + status.failure());
        }
        return status;
    }

    private static JobId gate(WorkQueue queue) {
        return queue.submit(new JobRequest("test.gate", "bench-gates", UserMessage.of("test.title", "gate"), "hold",
                JobRequest.NORMAL, false, null));
    }

    private static int picture(JobStatus status) {
        var stage = status.stage();
        if (status.state() != JobState.RUNNING || stage == null || !stage.key().equals("render.stage.picture")) {
            return 0;
        }
        return Integer.parseInt(stage.arguments().getFirst());
    }

    private static void clearSegments(StudioNodes nodes, String project) throws IOException {
        var dir = Path.of(nodes.mediaFolder(), "projects", project, "segments");
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static <T> T waitFor(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            var value = read.get();
            if (done.test(value)) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("waited 10 minutes");
    }
}
