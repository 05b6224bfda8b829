package org.filmfactory.cut;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two editors cut the same film at once, one on each of two nodes, each sending every edit on the revision it last
 * saw (so most of them are stale and must be rebased by the one authority): every trim and every move survives, the
 * revisions count every edit once, both nodes read the same cut, and each node hears of the other's edits.
 */
class CutAcrossNodesIT {

    static final String SCRIPT = CutsIT.SCRIPT + CutsIT.MORE + """

            EXT. PIER - DAWN

            Gulls. MAYA walks to the end of the pier with the letter.

            MAYA
            Too late, then.

            TOMAS (O.S.)
            Never too late for the post.
            """;
    static final int EDITS = 12;

    StudioNodes nodes;

    @AfterEach
    void stop() {
        Actors.signOut();
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void twoEditorsOnTwoNodesEditAtOnceAndNeitherLosesAChange() throws Exception {
        nodes = new StudioNodes(2).start();
        var one = nodes.node(0);
        var two = nodes.node(1);
        var owner = Actors.create(one, "Olga Owner").signIn();
        var project = one.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var trimmer = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var mover = owner.bringOnto(project, ProjectRole.EDITOR, "Emil Editor");
        var moverOnTwo = new Actor(mover.id(), mover.email(), mover.name(), two);
        writer.signIn();
        long script = one.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var shots = await().atMost(ofSeconds(20)).pollInSameThread()
                .until(() -> one.getBean(Breakdowns.class).shotList(project), s -> s.scriptRevision() == script);
        assertThat(shots.shots()).hasSizeGreaterThanOrEqualTo(5);
        trimmer.signIn();
        var first = one.getBean(Cuts.class).current(project);
        int size = first.clips().size();
        var trimmed = first.clips().stream().limit(size / 2).map(Clip::id).toList();
        var moved = first.clips().getLast().id();

        var heardOnTwo = ConcurrentHashMap.<Long>newKeySet();
        var heardOnOne = ConcurrentHashMap.<Long>newKeySet();
        var subscriptions = List.of(
                two.getBean(ProjectFeed.class).subscribe(project, heard(heardOnTwo)),
                one.getBean(ProjectFeed.class).subscribe(project, heard(heardOnOne)));

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var trimming = pool.submit(() -> {
            trimmer.signIn();
            start.await();
            return edit(one.getBean(Cuts.class), project, first.revision(),
                    i -> new CutEdit.Trim(trimmed.get(i % trimmed.size()), 0, 10 + i));
        });
        var moving = pool.submit(() -> {
            moverOnTwo.signIn();
            start.await();
            return edit(two.getBean(Cuts.class), project, first.revision(),
                    i -> new CutEdit.Move(moved, (i * 5) % size));
        });
        start.countDown();
        var trimmerRevisions = done(trimming);
        var moverRevisions = done(moving);
        pool.shutdown();

        long last = 1 + 2L * EDITS;
        assertThat(trimmerRevisions).hasSize(EDITS).doesNotHaveDuplicates();
        assertThat(moverRevisions).hasSize(EDITS).doesNotHaveDuplicates().doesNotContainAnyElementsOf(trimmerRevisions);
        var onOne = one.getBean(Cuts.class).current(project);
        moverOnTwo.signIn();
        var onTwo = two.getBean(Cuts.class).current(project);
        assertThat(onTwo).isEqualTo(onOne);
        assertThat(onOne.revision()).isEqualTo(last);
        // Every trimmed clip has its last trim; the moved clip sits where its last move put it.
        for (int t = 0; t < trimmed.size(); t++) {
            int lastEdit = t + trimmed.size() * ((EDITS - 1 - t) / trimmed.size());
            var id = trimmed.get(t);
            var own = onOne.clips().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            assertThat(own).extracting(Clip::inFrame, Clip::outFrame).containsExactly(0, 10 + lastEdit);
        }
        assertThat(onOne.clips().get(((EDITS - 1) * 5) % size).id()).isEqualTo(moved);
        assertThat(onOne.clips()).hasSize(size);

        // Each node hears every revision, the other node's included.
        var all = LongStream.rangeClosed(2, last).boxed().toList();
        await().atMost(ofSeconds(10)).untilAsserted(() -> {
            assertThat(heardOnTwo).containsAll(all);
            assertThat(heardOnOne).containsAll(all);
        });
        subscriptions.forEach(subscription -> subscription.close());
    }

    private static java.util.function.Consumer<LiveUpdate> heard(Set<Long> revisions) {
        return update -> {
            if (update instanceof LiveUpdate.CutChanged(var revision)) {
                revisions.add(revision);
            }
        };
    }

    /** Sends {@code EDITS} edits, each on the revision this editor last saw, as a timeline does; their revisions. */
    private static List<Long> edit(Cuts cuts, ProjectId project, long seen, Function<Integer, CutEdit> edit) {
        var revisions = new ArrayList<Long>();
        for (int i = 0; i < EDITS; i++) {
            var after = cuts.edit(project, seen, edit.apply(i));
            revisions.add(after.revision());
            seen = after.revision();
        }
        return revisions;
    }

    private static List<Long> done(Future<List<Long>> work) throws Exception {
        return work.get(120, java.util.concurrent.TimeUnit.SECONDS);
    }
}
