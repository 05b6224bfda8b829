package org.filmfactory.take.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.TakeGenerated;
import org.filmfactory.take.internal.settings.ProjectGenerators;
import org.filmfactory.take.internal.settings.Requester;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@code take.generate} job: the project's generator draws the shot in a work folder of its own, a still is
 * animated into a clip, the clip is probed, its poster and thumbnail cut, the three files stored under a fresh take
 * id, and — last, once — the take row written. A run repeated after a takeover finds its job's take and returns it;
 * two runs racing store their files under different take ids, and the shot's lock plus the unique job id let only
 * one row in (the loser removes its files).
 */
@Component
class GenerationJob implements JobHandler {

    private final ProjectGenerators generators;
    private final TakeMedia media;
    private final TakeStore store;
    private final ProjectFeed feed;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GenerationJob(ProjectGenerators generators, TakeMedia media, TakeStore store, ProjectFeed feed,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.generators = generators;
        this.media = media;
        this.store = store;
        this.feed = feed;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return GenerationOrder.KIND;
    }

    @Override
    public @Nullable String run(JobContext context) throws Exception {
        var order = GenerationOrder.fromJson(context.payload());
        var projectId = ProjectId.parse(order.project());
        var earlier = store.takeOfJob(context.id().value());
        if (earlier.isPresent()) {
            return earlier.get().id().toString();
        }
        try {
            return generate(context, order, projectId);
        } catch (UserFacingException failed) {
            // Not retried: the shot shows the failure now (the job's failure is the message).
            feed.publish(projectId, new LiveUpdate.TakesChanged(order.shot()));
            throw failed;
        }
    }

    private String generate(JobContext context, GenerationOrder order, ProjectId projectId)
            throws IOException, InterruptedException {
        var brief = order.brief();
        var generatorId = generators.generatorIdFor(projectId);
        var work = TakeMedia.workFolder();
        try {
            context.progress(0, UserMessage.of("take.stage.starting"));
            var requester = new Requester(order.requestedBy(), order.requestedByName());
            var made = generators.generate(projectId, requester, brief, work, new GenerationProgress() {
                @Override
                public void progress(int percent, String stageKey) {
                    context.progress(Math.min(90, percent * 9 / 10), UserMessage.of(stageKey));
                }

                @Override
                public boolean stopping() {
                    return context.stopping();
                }
            });
            var clip = switch (made) {
                case GeneratedMedia.Clip video -> video.video();
                case GeneratedMedia.Still still -> media.animate(still.image(), brief, work.resolve("animated.mp4"),
                        percent -> context.progress(90, UserMessage.of("take.stage.animating")), context::stopping);
            };
            context.progress(92, UserMessage.of("take.stage.storing"));
            MediaInfo info = media.probe(clip);
            var takeId = UUID.randomUUID();
            var stored = media.store(projectId, takeId, clip, info, work);
            TakeRecord take;
            try {
                take = transactions.execute(tx -> {
                    var added = store.add(new TakeRecord(takeId, projectId.value(), UUID.fromString(order.shot()), 0,
                            context.id().value(), generatorId, brief.prompt(), brief.seed(),
                            UUID.fromString(order.requestedBy()), order.requestedByName(),
                            clock.instant().truncatedTo(ChronoUnit.MICROS),
                            order.fingerprint(), order.scriptRevision(), stored.clip().path(),
                            stored.poster().path(), stored.thumbnail().path(), info.contentType(), info.width(),
                            info.height(), (int) Math.round(info.frameRate()), info.frames(),
                            info.duration().toMillis()));
                    if (added.id().equals(takeId)) {
                        events.publishEvent(new TakeGenerated(projectId, new ShotId(added.shotId()),
                                new org.filmfactory.take.TakeId(added.id()), added.number(), order.requestedBy()));
                    }
                    return added;
                });
            } catch (RuntimeException failed) {
                media.delete(TakeMedia.keys(stored));
                throw failed;
            }
            if (!take.id().equals(takeId)) {
                media.delete(TakeMedia.keys(stored));
            }
            context.progress(100, UserMessage.of("take.stage.done"));
            feed.publish(projectId, new LiveUpdate.TakesChanged(order.shot()));
            return take.id().toString();
        } finally {
            TakeMedia.clean(work);
        }
    }
}
