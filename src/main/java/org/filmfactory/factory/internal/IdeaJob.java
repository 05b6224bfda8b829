package org.filmfactory.factory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the screenplay of one idea of a batch into its project ({@code factory.line.idea}), acting as the batch's
 * starter, off the request thread since it waits on the chat backend. Written: the source's films may start. Refused
 * or failed: they fail with the backend's reason, and the rest of the batch goes on.
 */
@Component
class IdeaJob implements JobHandler {

    static final String KIND = "factory.line.idea";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdeaWriting writing;
    private final ProjectAccess access;
    private final BatchStore store;
    private final BatchSignal signal;
    private final Clock clock;

    IdeaJob(IdeaWriting writing, ProjectAccess access, BatchStore store, BatchSignal signal, Clock clock) {
        this.writing = writing;
        this.access = access;
        this.store = store;
        this.signal = signal;
        this.clock = clock;
    }

    /** What the job needs: where the films are, who acts, and the idea. */
    record Payload(String batch, int position, String project, String startedBy, String logline, String language,
            long seconds, String tone, String platform) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public @Nullable String run(JobContext context) {
        var payload = JSON.readValue(context.payload(), Payload.class);
        var batch = new BatchId(UUID.fromString(payload.batch()));
        var project = new ProjectId(UUID.fromString(payload.project()));
        var idea = new Idea(payload.logline(), ScriptLanguage.valueOf(payload.language()),
                Duration.ofSeconds(payload.seconds()), payload.tone(), PlatformTarget.valueOf(payload.platform()));
        try {
            var written = access.asMember(project, UUID.fromString(payload.startedBy()),
                    () -> writing.write(project, idea));
            store.ready(batch, payload.position(), written.cost());
        } catch (UserFacingException refused) {
            store.sourceFailed(batch, payload.position(), refused.messageKey(),
                    StudioBatches.strings(refused.arguments()), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            store.finishIfEnded(batch, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        signal.changed(batch);
        return null;
    }

    @Override
    public void gaveUp(JobId id, JobRequest request, UserMessage failure) {
        var payload = JSON.readValue(request.payload(), Payload.class);
        var batch = new BatchId(UUID.fromString(payload.batch()));
        store.sourceFailed(batch, payload.position(), failure.key(), failure.arguments(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.finishIfEnded(batch, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        signal.changed(batch);
    }

}
