package org.filmfactory.cut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.FeatureScript;
import org.filmfactory.testsupport.StudioNodes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cut of a feature (run with {@code bench/cut-bench.sh}, not by the test suite; nothing is asserted): one studio
 * node in this JVM on H2, a script of {@code bench.scenes} (default 300) corpus scenes, its shot list cut whole. Printed:
 * the first {@code Cuts.current} (made from the shot list and stored), then {@code current} read 30 times, then
 * 60 edits on the newest revision (trims and moves, alternating) and 30 stale ones (made on the first revision, so
 * rebased over every edit since): median and max each, and the stored body's size. Appended to
 * {@code target/bench-cut.txt}.
 */
public final class CutBench {

    private static final Logger log = LoggerFactory.getLogger(CutBench.class);
    static final Path REPORT = Path.of("target", "bench-cut.txt");

    private CutBench() {
    }

    public static void main(String[] args) throws Exception {
        int scenes = Integer.getInteger("bench.scenes", 300);
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN")) {
            var node = nodes.node(0);
            Actors.create(node, "Bench Editor").signIn();
            var project = node.getBean(ProjectManagement.class).create(
                    new NewProject("Bench", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            long revision = node.getBean(ScriptEditing.class).save(project, 0, FeatureScript.ofScenes(scenes))
                    .revision();
            var breakdowns = node.getBean(Breakdowns.class);
            while (breakdowns.shotList(project).scriptRevision() != revision) {
                Thread.sleep(200);
            }
            var cuts = node.getBean(Cuts.class);

            long firstStart = System.nanoTime();
            var cut = cuts.current(project);
            double first = (System.nanoTime() - firstStart) / 1e6;
            int clips = cut.clips().size();
            var reads = time(30, 5, () -> cuts.current(project));

            var ids = cut.clips().stream().map(Clip::id).toList();
            long firstRevision = cut.revision();
            var edits = new ArrayList<Double>();
            var latest = new long[] {cut.revision()};
            for (int i = 0; i < 70; i++) {
                var id = ids.get((i * 37) % ids.size());
                CutEdit edit = i % 2 == 0 ? new CutEdit.Trim(id, 0, 1 + i % 7) : new CutEdit.Move(id, (i * 53) % clips);
                long start = System.nanoTime();
                latest[0] = cuts.edit(project, latest[0], edit).revision();
                if (i >= 10) {
                    edits.add((System.nanoTime() - start) / 1e6);
                }
            }
            var stale = new ArrayList<Double>();
            for (int i = 0; i < 30; i++) {
                // Clips no edit above touched: rebased over 70+ revisions and checked against each.
                var id = ids.get((i * 37 + 11) % ids.size());
                long start = System.nanoTime();
                cuts.edit(project, firstRevision, new CutEdit.ChangeTransition(id, Transition.CUT, 0));
                stale.add((System.nanoTime() - start) / 1e6);
            }
            int body = node.getBean(JdbcClient.class).sql("SELECT LENGTH(body) FROM cut WHERE project_id = :p")
                    .param("p", project.value()).query(Integer.class).single();
            Collections.sort(edits);
            Collections.sort(stale);
            var line = String.format("cut of %d scenes, %d clips (body %d KB): first current (made and stored) "
                            + "%.1f ms; current median %.1f ms, max %.1f ms (30 reads); edit on the newest revision "
                            + "median %.1f ms, max %.1f ms (60 trims/moves); stale edit rebased over %d revisions "
                            + "median %.1f ms, max %.1f ms (30); H2, %d cores", scenes, clips, body / 1024, first,
                    reads.get(reads.size() / 2), reads.getLast(), edits.get(edits.size() / 2), edits.getLast(),
                    latest[0] - firstRevision, stale.get(stale.size() / 2), stale.getLast(),
                    Runtime.getRuntime().availableProcessors());
            log.warn(line);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private static List<Double> time(int runs, int warmUp, Supplier<@Nullable Object> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times;
    }
}
