package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.render.Preset;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch of small scripts on three nodes, one of them (a process of its own, where runs and renders go too) killed
 * with SIGKILL once the line is under way: every film is made once — each project has exactly one film, no film is
 * recorded twice — and any film that does not make it says where and why.
 */
class BatchAcrossNodesIT {

    static final int SCRIPTS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(BatchAcrossNodesIT.class);

    @TempDir
    Path folder;

    StudioNodes nodes;
    StudioProcess third;

    @AfterEach
    void stop() {
        Actors.signOut();
        if (third != null) {
            third.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    static String script(int n) {
        return "INT. ROOM " + n + " - DAY\n\nA clock ticks on the wall of room " + n + ".\n\nMAYA\nNumber " + n
                + ".\n";
    }

    @Test
    void aBatchWhoseNodeIsKilledMakesEveryFilmOnce() {
        var args = List.of("--filmfactory.work.lease=20s").toArray(String[]::new);
        nodes = new StudioNodes(2, StudioNodes.newSharedDatabase(folder)).start(args);
        third = StudioProcess.start(nodes, "node-3", args);
        var node = nodes.node(0);
        var owner = Actors.create(node, "Lina Line").signIn();
        var scripts = new ArrayList<BatchScript>();
        for (int n = 1; n <= SCRIPTS; n++) {
            scripts.add(new BatchScript("room-" + n + ".fountain", script(n).getBytes(StandardCharsets.UTF_8)));
        }
        var batches = node.getBean(Batches.class);
        long start = System.nanoTime();
        var id = batches.start(new NewBatch("Rooms", scripts, List.of(), List.of(), List.of(Preset.PREVIEW),
                TakePolicy.APPROVED_OR_ANIMATIC, true));

        // Kill node-3 once a few films are made and others are running.
        await().atMost(ofSeconds(900)).pollInSameThread().pollInterval(ofSeconds(1))
                .until(() -> batches.summary(id).orElseThrow(), s -> s.made() >= 3 && s.running() > 0);
        LOG.info("Killing node-3 with {}", batches.summary(id).orElseThrow());
        third.kill();

        var summary = await().atMost(ofSeconds(1800)).pollInSameThread().pollInterval(ofSeconds(2))
                .until(() -> batches.summary(id).orElseThrow(), s -> s.finished() != null);
        LOG.info("Batch of {} films across three nodes, one killed: {} s, {}", SCRIPTS,
                (System.nanoTime() - start) / 1_000_000_000, summary);
        var films = batches.films(id);
        assertThat(films).filteredOn(film -> film.state() != BatchFilmState.MADE)
                .as("every film that did not make it says where and why")
                .allSatisfy(film -> assertThat(List.of(String.valueOf(film.stage()), String.valueOf(film.failureKey())))
                        .doesNotContain("null"));
        assertThat(films).extracting(BatchFilm::state).as("%s", films).containsOnly(BatchFilmState.MADE);
        assertThat(summary.made()).isEqualTo(SCRIPTS);

        var jdbc = node.getBean(JdbcClient.class);
        var projects = films.stream().map(film -> film.project().value()).toList();
        assertThat(projects).doesNotHaveDuplicates().hasSize(SCRIPTS);
        for (var project : projects) {
            var made = jdbc.sql("select id from render_film where project_id = ?").param(project)
                    .query(UUID.class).list();
            assertThat(made).as("the films of project %s", project).hasSize(1);
        }
        assertThat(films.stream().map(film -> film.film().value()).toList()).doesNotHaveDuplicates();
        var runs = jdbc.sql("select count(*) from factory_make_run where project_id in (select project_id from"
                + " factory_batch_film where batch_id = ?)").param(id.value()).query(Integer.class).single();
        assertThat(runs).as("one run per film").isEqualTo(SCRIPTS);
    }
}
