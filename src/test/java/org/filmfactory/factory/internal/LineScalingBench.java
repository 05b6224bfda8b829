package org.filmfactory.factory.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.render.Preset;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;

/**
 * How the studio's production line grows with nodes on one host: for each node count, a fresh cluster of that many
 * studio nodes (in this JVM, on one shared file database, each with its own work queue and default workers) makes the
 * same batch of K short scripts as films, and the bench prints the batch's wall time, films per hour, the films made
 * and the host's load average and this JVM's heap afterwards. Run by {@code bench/line-scaling-bench.sh}.
 *
 * <p>Arguments: [K films (6)] [node counts, comma-separated (1,2,3)] [preset (preview)].
 */
public final class LineScalingBench {

    private LineScalingBench() {
    }

    public static void main(String[] args) throws Exception {
        int films = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        var counts = Arrays.stream((args.length > 1 ? args[1] : "1,2,3").split(",")).map(Integer::parseInt).toList();
        var preset = Preset.of(args.length > 2 ? args[2] : "preview");
        System.out.printf(Locale.ROOT, "line scaling: %d films of 2 scenes, preset %s, %d cores%n", films,
                preset.id(), Runtime.getRuntime().availableProcessors());
        for (int count : counts) {
            var folder = Files.createTempDirectory("line-scaling-");
            try (var nodes = new StudioNodes(count, StudioNodes.newSharedDatabase(folder)).start()) {
                var node = nodes.node(0);
                Actors.create(node, "Bench Line " + count).signIn();
                var scripts = new ArrayList<BatchScript>();
                for (int n = 1; n <= films; n++) {
                    scripts.add(new BatchScript("film-" + n + ".fountain", script(n).getBytes(StandardCharsets.UTF_8)));
                }
                var batches = node.getBean(Batches.class);
                long start = System.nanoTime();
                var id = batches.start(new NewBatch("Scaling " + count, scripts, List.of(), List.of(),
                        List.of(preset), TakePolicy.APPROVED_OR_ANIMATIC, true));
                long deadline = start + Duration.ofMinutes(30).toNanos();
                var summary = batches.summary(id).orElseThrow();
                while (summary.finished() == null && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    summary = batches.summary(id).orElseThrow();
                }
                double wall = (System.nanoTime() - start) / 1e9;
                long made = batches.films(id).stream().filter(film -> film.state() == BatchFilmState.MADE).count();
                var heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                System.out.printf(Locale.ROOT, "%d node(s): %d/%d films made in %.1f s, %.1f films/hour, load %s,"
                        + " heap in use %d MiB%n", count, made, films, wall, made * 3600 / wall,
                        Files.readString(java.nio.file.Path.of("/proc/loadavg")).substring(0, 14).strip(),
                        heap / (1024 * 1024));
                Actors.signOut();
            }
        }
        System.exit(0);
    }

    /** Two scenes with a line each: about 15 s of film, different words per film so nothing is reused. */
    static String script(int n) {
        return "INT. ROOM " + n + " - DAY\n\nA clock ticks on the wall of room " + n + ". Rain on the window.\n\n"
                + "MAYA\nNumber " + n + ", and the rain goes on.\n\nEXT. STREET " + n + " - NIGHT\n\n"
                + "Cars pass under lamp " + n + ".\n\nLEO\nWe walk home from room " + n + ".\n";
    }
}
