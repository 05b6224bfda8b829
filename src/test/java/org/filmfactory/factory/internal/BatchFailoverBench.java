package org.filmfactory.factory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.render.Preset;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production line through a crash, end to end: three studio nodes on one host (node-1 in this JVM, where the
 * batch is started and whose file database the others reach, as one PostgreSQL serves every node; node-2 and node-3
 * processes of their own) make one batch of N short two-scene scripts unattended. Once about a third of the films are
 * made, the one of node-2 and node-3 running more of the queue's jobs is killed with SIGKILL, and after a pause a
 * fresh process of it rejoins. At the end the bench checks that every source has exactly one film (none lost, none
 * made twice, counted in the database) and prints the wall time, films per hour, how long the line stalled around
 * the kill, the films each node rendered, the nodes' peak resident memory and the load average. Exits 1 when a film
 * is lost (no film and no reason) or made twice, 2 when films failed with their reason. Run by {@code bench/batch-failover-bench.sh}.
 *
 * <p>node-1 is never the victim: it holds the database server (H2's {@code AUTO_SERVER}) and is the bench itself;
 * what a crash must not lose lives in the database and in the cluster's backups, which is what the victim tests.
 *
 * <p>Arguments: [N films (100)] [preset (preview)] [seconds before the restart (10)].
 */
public final class BatchFailoverBench {

    private static final Duration BATCH_WITHIN = Duration.ofHours(3);
    private static final long REPORT_EVERY = Duration.ofMinutes(1).toNanos();

    private BatchFailoverBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        var preset = Preset.of(args.length > 1 ? args[1] : "preview");
        var pause = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        System.out.printf(Locale.ROOT, "batch failover: %d films of 2 scenes, preset %s, 3 nodes, %d cores, load %s%n",
                count, preset.id(), Runtime.getRuntime().availableProcessors(), load());
        var folder = Files.createTempDirectory("batch-failover-");
        int exit;
        try (var nodes = new StudioNodes(1, StudioNodes.newSharedDatabase(folder)).start()) {
            var others = new ArrayList<StudioProcess>();
            try {
                others.add(StudioProcess.start(nodes, "node-2"));
                others.add(StudioProcess.start(nodes, "node-3"));
                nodes.awaitSafe();
                exit = run(nodes, others, count, preset, pause);
            } finally {
                others.forEach(StudioProcess::close);
                Actors.signOut();
            }
        }
        System.exit(exit);
    }

    private static int run(StudioNodes nodes, List<StudioProcess> others, int count, Preset preset,
            Duration pause) throws Exception {
        var node = nodes.node(0);
        Actors.create(node, "Bench Failover").signIn();
        var scripts = new ArrayList<BatchScript>();
        for (int n = 1; n <= count; n++) {
            scripts.add(new BatchScript("film-" + n + ".fountain",
                    LineScalingBench.script(n).getBytes(StandardCharsets.UTF_8)));
        }
        var batches = node.getBean(Batches.class);
        var jdbc = node.getBean(JdbcClient.class);
        var peakRss = new HashMap<String, Long>();

        long start = System.nanoTime();
        var id = batches.start(new NewBatch("Failover " + count, scripts, List.of(), List.of(), List.of(preset),
                TakePolicy.APPROVED_OR_ANIMATIC, true));
        var madeAt = new ArrayList<Long>();
        long killed = 0;
        long restartedAt = 0;
        int madeAtKill = 0;
        CompletableFuture<StudioProcess> restart = null;
        int victim = -1;
        long deadline = start + BATCH_WITHIN.toNanos();
        long reported = start;
        var summary = batches.summary(id).orElseThrow();
        while (summary.finished() == null && System.nanoTime() < deadline) {
            Thread.sleep(250);
            summary = batches.summary(id).orElseThrow();
            long now = System.nanoTime();
            while (madeAt.size() < summary.made() + summary.failed()) {
                madeAt.add(now);
            }
            if (killed == 0 && summary.made() >= Math.max(1, count / 3)) {
                var running = runningJobsByNode(jdbc);
                victim = running.getOrDefault("node-3", 0L) > running.getOrDefault("node-2", 0L) ? 1 : 0;
                var doomed = others.get(victim);
                peakRss.put(doomed.nodeName() + " (before the kill)", peakRss(doomed.pid()));
                madeAtKill = summary.made();
                System.out.printf(Locale.ROOT, "%.1f s: %d/%d films made, %d running; jobs running per node %s;"
                        + " SIGKILL %s (running the most), load %s%n", (now - start) / 1e9, summary.made(), count,
                        summary.running(), running, doomed.nodeName(), load());
                killed = System.nanoTime();
                doomed.kill();
                // The restart waits for the cluster to drop the dead member and for the new one to be ready; the
                // line is watched meanwhile.
                restart = CompletableFuture.supplyAsync(() -> {
                    sleep(pause);
                    return doomed.restart();
                });
            }
            if (now - reported > REPORT_EVERY) {
                reported = now;
                System.out.printf(Locale.ROOT, "%.0f s: %d made, %d failed, %d running, %d queued; load %s%n",
                        (now - start) / 1e9, summary.made(), summary.failed(), summary.running(), summary.queued(),
                        load());
            }
            if (restart != null && restartedAt == 0 && restart.isDone()) {
                if (restart.isCompletedExceptionally()) {
                    System.out.println("the restart failed (the line goes on with two nodes): "
                            + restart.exceptionNow().getMessage().lines().findFirst().orElse(""));
                    restart = null;
                    continue;
                }
                others.set(victim, restart.join());
                restartedAt = System.nanoTime();
                System.out.printf(Locale.ROOT, "%.1f s: %s restarted and rejoined (%.1f s after the kill),"
                        + " %d films made, load %s%n", (restartedAt - start) / 1e9, others.get(victim).nodeName(),
                        (restartedAt - killed) / 1e9, summary.made(), load());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long rejoinedInBatch = restartedAt;
        if (restart != null && restartedAt == 0) {
            try {
                others.set(victim, restart.join());
                restartedAt = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s rejoined only after the batch ended (%.1f s after the kill)%n",
                        others.get(victim).nodeName(), (restartedAt - killed) / 1e9);
            } catch (java.util.concurrent.CompletionException e) {
                System.out.println("the restart failed: " + e.getCause().getMessage().lines().findFirst().orElse(""));
            }
        }
        var films = batches.films(id);
        long made = films.stream().filter(film -> film.state() == BatchFilmState.MADE).count();
        long failed = films.stream().filter(film -> film.state() == BatchFilmState.FAILED).count();
        System.out.printf(Locale.ROOT, "batch %s after %.1f s: %d/%d films made, %d failed, %.1f films/hour%n",
                summary.finished() != null ? "finished" : "NOT finished", wall, made, count, failed,
                made * 3600 / wall);
        films.stream().filter(film -> film.state() != BatchFilmState.MADE).forEach(film -> System.out.printf(
                Locale.ROOT, "  not made: %s %s at %s, shot %s: %s %s%n", film.source(), film.state(), film.stage(),
                film.shotLabel(), film.failureKey(), film.failureArgs()));

        var check = checkOneFilmEach(jdbc, id, films, count);
        printStall(madeAt, start, killed, madeAtKill, rejoinedInBatch);
        System.out.println("films rendered per node (render jobs done): " + rendersByNode(jdbc, id));
        System.out.println("jobs of the batch started more than once (taken over after the kill): "
                + jdbc.sql("select count(*) from platform_job where attempt > 1 and job_group in (select"
                        + " cast(project_id as varchar) from factory_batch_film where batch_id = ?)")
                        .param(id.value()).query(Long.class).single());
        peakRss.put("node-1 (with the bench)", peakRss(ProcessHandle.current().pid()));
        for (int i = 0; i < others.size(); i++) {
            peakRss.put(others.get(i).nodeName() + (i == victim && restartedAt != 0 ? " (restarted)" : ""), peakRss(others.get(i).pid()));
        }
        System.out.println("peak resident memory, MiB: " + peakRss);
        System.out.printf(Locale.ROOT, "load average at the end: %s; node logs: %s%n", load(),
                others.stream().map(other -> other.log().toString()).toList());
        System.out.println(switch (check.exitCode()) {
            case 0 -> "RESULT: every source has exactly one film";
            case 1 -> "RESULT: FILMS LOST OR MADE TWICE";
            default -> "RESULT: none lost, none made twice, " + check.failed() + " failed with their reason";
        });
        return check.exitCode();
    }

    /** What the films of a batch came to: sources without a film and without a reason, films made twice, failures. */
    private record Check(int lost, int twice, int failed) {

        /** 1 when a film is lost or made twice, 2 when films failed with their reason, else 0. */
        int exitCode() {
            return lost > 0 || twice > 0 ? 1 : failed > 0 ? 2 : 0;
        }
    }

    /**
     * Every source has a project and that project exactly one film, or failed with its reason; no film counts for
     * two sources.
     */
    private static Check checkOneFilmEach(JdbcClient jdbc, BatchId id, List<BatchFilm> films, int count) {
        int lost = 0;
        int failed = 0;
        int twice = 0;
        for (var film : films) {
            long kept = film.project() == null ? 0 : jdbc.sql("select count(*) from render_film where project_id = ?")
                    .param(film.project().value()).query(Long.class).single();
            if (kept == 0 && film.state() == BatchFilmState.FAILED && film.failureKey() != null) {
                failed++;
            } else if (kept == 0) {
                lost++;
                System.out.println("  LOST: " + film.source() + " has no film and no failure: " + film.state());
            } else if (kept > 1) {
                twice++;
                System.out.println("  TWICE: " + film.source() + " has " + kept + " films");
            }
        }
        lost += count - films.size();
        long distinctFilms = films.stream().filter(film -> film.film() != null).map(film -> film.film().value())
                .distinct().count();
        long namedFilms = films.stream().filter(film -> film.film() != null).count();
        long runs = jdbc.sql("select count(*) from factory_make_run where project_id in (select project_id from"
                + " factory_batch_film where batch_id = ?)").param(id.value()).query(Long.class).single();
        long renders = jdbc.sql("select count(*) from render_order where project_id in (select project_id from"
                + " factory_batch_film where batch_id = ?)").param(id.value()).query(Long.class).single();
        System.out.printf(Locale.ROOT, "films per source: %d sources, %d with exactly one film, %d failed with their"
                + " reason, %d lost, %d twice; %d film ids of %d distinct; %d make runs, %d renders asked for%n",
                count, count - failed - lost - twice, failed, lost, twice, distinctFilms, namedFilms, runs, renders);
        return new Check(lost + (int) (namedFilms - distinctFilms), twice, failed);
    }

    /** The gaps between films finishing: the usual one before the kill, and the longest from the kill on. */
    private static void printStall(List<Long> madeAt, long start, long killed, int madeAtKill, long restartedAt) {
        if (killed == 0) {
            System.out.println("no kill: the batch ended before a third of it was made");
            return;
        }
        var before = new ArrayList<Double>();
        for (int i = 1; i < Math.min(madeAt.size(), madeAtKill); i++) {
            before.add((madeAt.get(i) - madeAt.get(i - 1)) / 1e9);
        }
        double longest = 0;
        long previous = killed;
        for (long at : madeAt) {
            if (at > killed) {
                longest = Math.max(longest, (at - previous) / 1e9);
                previous = at;
            }
        }
        long firstAfter = madeAt.stream().filter(at -> at > killed).findFirst().orElse(0L);
        long untilRestart = madeAt.stream().filter(at -> at > killed && (restartedAt == 0 || at <= restartedAt))
                .count();
        double beforeRate = madeAtKill * 3600 / ((killed - start) / 1e9);
        long afterRestart = restartedAt == 0 ? 0 : madeAt.stream().filter(at -> at > restartedAt).count();
        long lastAt = madeAt.isEmpty() ? restartedAt : madeAt.getLast();
        System.out.printf(Locale.ROOT, "line around the kill: median gap between films before it %.1f s; first film"
                + " after it %.1f s later; longest gap from the kill on %.1f s; %d films made between the kill and"
                + " the rejoin%n", median(before), firstAfter == 0 ? Double.NaN : (firstAfter - killed) / 1e9, longest,
                untilRestart);
        System.out.printf(Locale.ROOT, "films/hour: %.1f before the kill, %.1f after the rejoin%n", beforeRate,
                restartedAt == 0 || lastAt <= restartedAt ? Double.NaN
                        : afterRestart * 3600 / ((lastAt - restartedAt) / 1e9));
    }

    private static Map<String, Long> runningJobsByNode(JdbcClient jdbc) {
        var running = new HashMap<String, Long>();
        jdbc.sql("select node, count(*) as jobs from platform_job where state = 'RUNNING' and node is not null"
                + " group by node").query((row, n) -> running.put(row.getString("node"), row.getLong("jobs"))).list();
        return running;
    }

    private static Map<String, Long> rendersByNode(JdbcClient jdbc, BatchId id) {
        var renders = new TreeMap<String, Long>();
        jdbc.sql("select node, count(*) as jobs from platform_job where kind = 'render.film' and state = 'DONE'"
                + " and job_group in (select cast(project_id as varchar) from factory_batch_film where batch_id = ?)"
                + " group by node").param(id.value())
                .query((row, n) -> renders.put(String.valueOf(row.getString("node")), row.getLong("jobs"))).list();
        return renders;
    }

    /** The process's peak resident set (VmHWM) in MiB, or -1 where /proc does not tell. */
    private static long peakRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
