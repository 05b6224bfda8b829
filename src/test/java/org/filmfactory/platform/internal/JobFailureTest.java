package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.UserMessage;
import org.junit.jupiter.api.Test;

/**
 * What a job that keeps failing says when it gives up: a lost node is told as a sentence of its own (translated for
 * every reader), a handler's error keeps its own text.
 */
class JobFailureTest {

    static final int MAX_ATTEMPTS = 2;

    @Test
    void aNodeLostOnTheLastAttemptIsToldInTheReadersLanguage() {
        var job = QueueOrderTest.job("j", "g", 0, 1);
        var once = HazelcastWorkQueue.Requeue.next(job, true, HazelcastWorkQueue.Cause.nodeLost("node-2", false), 10,
                0, MAX_ATTEMPTS);
        assertThat(once.jobState()).isEqualTo(JobState.QUEUED);

        var given = HazelcastWorkQueue.Requeue.next(once, true, HazelcastWorkQueue.Cause.nodeLost("node-3", true),
                20, 0, MAX_ATTEMPTS);

        assertThat(given.jobState()).isEqualTo(JobState.FAILED);
        assertThat(given.failure()).isEqualTo(UserMessage.of("platform.work.kept-failing.node-silent", 2, "node-3"));
        assertThat(given.lastCause()).isEqualTo("node node-3 stopped answering while running it");
        assertThat(text(given.failure(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("失败 2 次后不再重试。最后一次：节点 node-3 在运行时失去响应");
        assertThat(text(given.failure(), Locale.ENGLISH))
                .isEqualTo("Stopped after 2 failed attempts. The last one: node node-3 stopped answering while running it");
    }

    @Test
    void aHandlersErrorKeepsItsText() {
        var job = QueueOrderTest.job("j", "g", 0, 1);
        var given = HazelcastWorkQueue.Requeue.next(job, true, HazelcastWorkQueue.Cause.error("IOException: disk full"),
                10, 0, 1);

        assertThat(given.failure()).isEqualTo(UserMessage.of("platform.work.kept-failing", 1, "IOException: disk full"));
    }

    private static String text(UserMessage message, Locale locale) {
        var bundle = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        return java.text.MessageFormat.format(bundle.getString(message.key()), message.arguments().toArray());
    }
}
