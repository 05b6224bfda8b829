package org.filmfactory.factory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Make film" on the demo screenplay (Rain City), one node, offline defaults (run with {@code bench/make-film-bench.sh
 * [PRESET]}, not by the test suite; nothing is asserted). Printed and appended to {@code target/bench-make-film.txt}:
 * <ul>
 * <li>cold: from pressing Make film on a project with only its script to the film stored (breakdown, a take for every
 *     shot, voices, music, render);</li>
 * <li>after a one-line change (one dialogue line's words changed): wall time, take jobs and segments made again.</li>
 * </ul>
 * The preset is the first argument ({@code vertical} by default, {@code preview} for a quick look).
 */
public final class MakeFilmBench {

    private static final Logger log = LoggerFactory.getLogger(MakeFilmBench.class);
    static final Path REPORT = Path.of("target", "bench-make-film.txt");

    private MakeFilmBench() {
    }

    public static void main(String[] args) throws Exception {
        var preset = Preset.VERTICAL;
        if (args.length > 0) {
            for (var p : Preset.values()) {
                if (p.id().equalsIgnoreCase(args[0])) {
                    preset = p;
                }
            }
        }
        var options = new MakeOptions(TakePolicy.SELECTED, new RenderSpec(preset, true));
        String script;
        try (var in = MakeFilmBench.class.getClassLoader().getResourceAsStream("screenplay/demo/en.fountain")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var nodes = new StudioNodes(1).start()) {
            var node = nodes.node(0);
            var owner = Actors.create(node, "Bench Owner").signIn();
            var project = node.getBean(ProjectManagement.class).create(new NewProject("Rain City", "",
                    ScriptLanguage.EN, new OutputFormat(preset.width(), preset.height(), preset.fps())));
            var scripts = node.getBean(ScriptEditing.class);
            var factory = node.getBean(Factory.class);
            var queue = node.getBean(WorkQueue.class);
            long revision = scripts.save(project, 0, script).revision();

            long start = System.nanoTime();
            var cold = finished(factory, project, factory.makeFilm(project, options));
            var coldTime = Duration.ofNanos(System.nanoTime() - start);
            int shots = node.getBean(Breakdowns.class).shotList(project).shots().size();
            int takesCold = takeJobs(queue, project);
            var film = node.getBean(Rendering.class).film(project, cold.film()).orElseThrow();

            var changed = script.replace("One letter. Registered.", "One parcel. Certified.");
            scripts.save(project, revision, changed);
            start = System.nanoTime();
            var warm = finished(factory, project, factory.makeFilm(project, options));
            var warmTime = Duration.ofNanos(System.nanoTime() - start);
            int takesWarm = takeJobs(queue, project) - takesCold;
            var jdbc = node.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            var segments = jdbc.sql("select segments_rendered || '/' || (segments_rendered + segments_reused)"
                    + " from render_film where id = ?").param(warm.film().value()).query(String.class).single();

            var report = String.format(Locale.ROOT, "make film, demo screenplay (%d shots, film %.1f s, %s %dx%d),"
                            + " %d cores:%n  cold              %6.1f s (%d take jobs)%n"
                            + "  one-line change   %6.1f s (%d take jobs, segments drawn %s)%n",
                    shots, film.duration().toMillis() / 1000.0, preset.id(), preset.width(), preset.height(),
                    Runtime.getRuntime().availableProcessors(), coldTime.toMillis() / 1000.0, takesCold,
                    warmTime.toMillis() / 1000.0, takesWarm, segments);
            log.info("\n{}", report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Actors.signOut();
        } catch (IOException e) {
            log.error("bench failed", e);
        }
        System.exit(0);
    }

    private static int takeJobs(WorkQueue queue, ProjectId project) {
        return (int) queue.jobs(project.toString(), 1000).stream().filter(j -> j.kind().equals("take.generate"))
                .count();
    }

    private static MakeRun finished(Factory factory, ProjectId project, MakeRunId id) throws InterruptedException {
        while (true) {
            var run = factory.run(project, id).orElseThrow();
            if (run.state() != MakeState.RUNNING) {
                if (run.state() != MakeState.DONE) {
                    throw new IllegalStateException("run " + run.state() + ": " + run.failureKey() + " "
                            + run.failureArgs());
                }
                return run;
            }
            Thread.sleep(200);
        }
    }
}
