package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.filmfactory.platform.JobState;
import org.junit.jupiter.api.Test;

/** The documented order of the queue and the ETA, on plain entries. */
class QueueOrderTest {

    static JobEntry job(String id, String group, int priority, long order) {
        return new JobEntry(id, "kind", group, "title", new String[0], "", priority, false, null,
                JobState.QUEUED.name(), order, order, 0, 0, 0, 0, null, null, 0, 0, 0, 0, null, new String[0], false,
                null, new String[0], null, null, 0);
    }

    static List<String> ids(List<JobEntry> jobs) {
        return jobs.stream().map(JobEntry::id).toList();
    }

    @Test
    void groupsTakeTurnsLeastRecentlyServedFirst() {
        var queued = List.of(job("a1", "A", 0, 1), job("a2", "A", 0, 2), job("a3", "A", 0, 3),
                job("b1", "B", 0, 4), job("b2", "B", 0, 5), job("c1", "C", 0, 6));

        // B was served last, A before it, C never: C's only job first, then A, B, A, B, A.
        assertThat(ids(QueueOrder.order(queued, Map.of("A", 7L, "B", 9L))))
                .containsExactly("c1", "a1", "b1", "a2", "b2", "a3");
    }

    @Test
    void higherPriorityGoesFirstWhateverTheGroup() {
        var queued = List.of(job("a1", "A", 0, 1), job("b-low", "B", -10, 2), job("b-high", "B", 10, 3),
                job("a-high", "A", 10, 4));

        assertThat(ids(QueueOrder.order(queued, Map.of("B", 3L))))
                .containsExactly("a-high", "b-high", "a1", "b-low");
    }

    @Test
    void etaFollowsTheRateOfProgressSoFar() {
        var started = job("x", "A", 0, 1).claimed("member", "node-1", 10_000, 15_000);
        var quarter = started.beat(25, "stage", new String[0], 70_000, 15_000);

        assertThat(started.eta(20_000)).isNull();
        assertThat(quarter.eta(70_000)).isEqualTo(Duration.ofMinutes(3));
        assertThat(quarter.finishedAs(JobState.DONE, "r", null, 0, 80_000).eta(80_000)).isNull();
    }
}
