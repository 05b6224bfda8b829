package org.filmfactory.render.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderFailed;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.Rendering;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limits of renders on the queue: a render whose runs keep failing (not for a reason a person can fix, so the
 * queue retries it) ends FAILED with the queue's message and is announced once per giving-up; and a node runs at most
 * {@code filmfactory.render.workers} renders at once, although its heavy slots would allow more.
 */
@StudioTest
@Import(RenderingIT.Listening.class)
@TestPropertySource(properties = {"filmfactory.work.max-attempts=2", "filmfactory.work.retry-backoff=50ms",
        "filmfactory.work.workers=3", "filmfactory.work.heavy-per-node=2", "filmfactory.render.workers=1"})
class RenderLimitsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    RenderStore store;
    @Autowired
    WorkQueue queue;
    @Autowired
    Rendering rendering;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RenderingIT.Heard heard;

    Actor editor;
    ProjectId project;

    @BeforeEach
    void project() {
        heard.events.clear();
        editor = Actors.create(context, "Edda Editor").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Limits", "", ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** A render of one slate, one second long, as the studio freezes it; {@code voice}: a spoken line's media key. */
    private RenderJobId render(String slate, @Nullable String voice) {
        int fps = Preset.PREVIEW.fps();
        var plan = new FrozenPlan(project.toString(), Preset.PREVIEW, "en", false, Card.NONE,
                List.of(new FrozenPlan.Clip("Scene 1, shot 1", null, "slate:" + slate, 0, 0, fps, Transition.CUT, 0)),
                Card.NONE, fps, fps, List.of(),
                voice == null ? List.of() : List.of(new FrozenPlan.Voice(voice, 0)), null);
        var order = new RenderStore.Order(UUID.randomUUID(), project, null, editor.id().value(), "Edda Editor",
                Instant.now().truncatedTo(ChronoUnit.MICROS), Preset.PREVIEW, false, 1, 1, plan, 0, 0);
        transactions.executeWithoutResult(tx -> store.addOrder(order));
        var job = queue.submit(new JobRequest(RenderJob.KIND, project.toString(),
                UserMessage.of("render.job.title", Preset.PREVIEW.id()), order.id().toString(), JobRequest.NORMAL,
                true, editor.id().value().toString()));
        transactions.executeWithoutResult(tx -> store.orderQueued(order.id(), job.value()));
        return new RenderJobId(job.value());
    }

    private JobStatus finished(RenderJobId job) {
        return await().atMost(ofSeconds(120)).pollInSameThread()
                .until(() -> queue.status(new JobId(job.value())).orElseThrow(), status -> status.state().finished());
    }

    @Test
    void aRenderThatKeepsFailingEndsFailedWithAMessageAndIsAnnouncedOncePerGivingUp() {
        // The line's voice is gone from the media store: every run fails copying it, which no one can fix by
        // choosing differently, so the queue retries until its attempts are spent.
        var missing = "projects/" + project + "/voices/" + UUID.randomUUID() + ".wav";
        var job = render("lost voice", missing);

        var failed = finished(job);
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.attempt()).isEqualTo(2);
        var reason = UserMessage.of("platform.work.kept-failing", 2, "NoSuchFileException: " + missing);
        assertThat(failed.failure()).isEqualTo(reason);
        var announced = new RenderFailed(project, job, reason, editor.id().value().toString());
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard.events).containsExactly(announced));
        assertThat(rendering.films(project)).isEmpty();

        // Tried again by hand, it gives up again: one more announcement, after the first, and no other.
        rendering.retry(project, job);
        await().atMost(ofSeconds(60)).until(() -> heard.events.size() >= 2);
        var again = finished(job);
        assertThat(again.state()).isEqualTo(JobState.FAILED);
        assertThat(again.failure()).isEqualTo(reason);
        assertThat(heard.events).containsExactly(announced, announced);
    }

    @Test
    void aNodeRendersAtMostItsRenderWorkersAtOnce() {
        var first = render("first", null);
        var second = render("second", null);

        var one = finished(first);
        var two = finished(second);
        assertThat(List.of(one.state(), two.state())).containsExactly(JobState.DONE, JobState.DONE);
        // Two heavy slots and three workers were free, yet the renders ran one after the other.
        var earlier = one.started().isBefore(two.started()) ? one : two;
        var later = earlier == one ? two : one;
        assertThat(later.started()).isAfterOrEqualTo(earlier.finished());
    }
}
