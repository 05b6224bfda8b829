package org.filmfactory.platform.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The order of the queue with one worker: higher priority first, then projects take turns, least recently served
 * first (QueueOrder's Javadoc). The positions the queue shows are the order in which the jobs then run.
 */
@SpringBootTest(properties = {"filmfactory.test.jobs=true", "filmfactory.work.workers=1"})
@ActiveProfiles("test")
class WorkQueueOrderIT {

    @Autowired
    WorkQueue queue;

    @Autowired
    TestJobs testJobs;

    JobId submit(String kind, String group, String payload, int priority) {
        return queue.submit(new JobRequest(kind, group, UserMessage.of("test.title", payload), payload, priority,
                false, null));
    }

    @Test
    void runsHigherPriorityFirstThenProjectsInTurn() {
        var gate = submit("test.gate", "gate", "order-gate", JobRequest.HIGH + 100);
        await().atMost(ofSeconds(10)).until(() -> queue.status(gate).orElseThrow().state() == JobState.RUNNING);
        var submitted = new LinkedHashMap<String, JobId>();
        for (var name : List.of("a1", "a2", "a3")) {
            submitted.put(name, submit("test.record", "project-a", name, JobRequest.NORMAL));
        }
        for (var name : List.of("b1", "b2", "b3")) {
            submitted.put(name, submit("test.record", "project-b", name, JobRequest.NORMAL));
        }
        submitted.put("b-urgent", submit("test.record", "project-b", "b-urgent", JobRequest.HIGH));
        submitted.put("a-later", submit("test.record", "project-a", "a-later", JobRequest.LOW));
        var expected = List.of("b-urgent", "a1", "b1", "a2", "b2", "a3", "b3", "a-later");

        var byPosition = new ArrayList<String>();
        Map<Integer, String> positions = new java.util.TreeMap<>();
        submitted.forEach((name, id) -> positions.put(queue.status(id).orElseThrow().position(), name));
        byPosition.addAll(positions.values());
        assertThat(positions.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(byPosition).isEqualTo(expected);
        assertThat(queue.jobs("project-a", 10).stream().map(JobStatus::position)).containsExactly(2, 4, 6, 8);

        testJobs.open("order-gate");
        await().atMost(ofSeconds(20)).until(() -> submitted.values().stream()
                .allMatch(id -> queue.status(id).orElseThrow().state() == JobState.DONE));
        assertThat(testJobs.log()).containsExactly(
                "order-gate", "b-urgent", "a1", "b1", "a2", "b2", "a3", "b3", "a-later");
    }
}
