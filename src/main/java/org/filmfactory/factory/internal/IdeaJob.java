package org.filmfactory.factory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
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
import org.filmfactory.screenplay.ScriptEditing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the screenplay of one idea of a batch into its project ({@code factory.line.idea}), acting as the batch's
 * starter, off the request thread since it waits on the chat backend. Written: the source's films may start. Refused
 * or failed: they fail with the backend's reason, and the rest of the batch goes on. What each call cost is added to
 * the source's films as soon as the backend answered, so a refused answer is in the batch's cost too.
 *
 * <p>A project whose script is no longer empty is not written again but filmed as it is: after a failed write the
 * crew may have written it by hand before Retry failed, and a try of this job whose node died after writing may run
 * again. Writing over it would pay for a screenplay no one asked for and push theirs into the history.
 */
@Component
class IdeaJob implements JobHandler {

    static final String KIND = "factory.line.idea";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdeaWriting writing;
    private final ScriptEditing editing;
    private final ProjectAccess access;
    private final BatchStore store;
    private final BatchSignal signal;
    private final Clock clock;

    IdeaJob(IdeaWriting writing, ScriptEditing editing, ProjectAccess access, BatchStore store, BatchSignal signal,
            Clock clock) {
        this.writing = writing;
        this.editing = editing;
        this.access = access;
        this.store = store;
        this.signal = signal;
        this.clock = clock;
    }

    /** What the job needs: where the films are, who acts, and the idea. */
    record Payload(String batch, int position, @Nullable String project, String startedBy, String logline,
            String language, long seconds, String tone, String platform) {

        static Payload of(BatchId batch, int position, @Nullable ProjectId project, UUID startedBy, Idea idea) {
            return new Payload(batch.toString(), position, project == null ? null : project.toString(),
                    startedBy.toString(), idea.logline(), idea.language().name(), idea.length().toSeconds(),
                    idea.tone(), idea.platform().name());
        }

        static Payload read(String json) {
            return JSON.readValue(json, Payload.class);
        }

        /** The same idea written into another project. */
        Payload into(ProjectId other) {
            return new Payload(batch, position, other.toString(), startedBy, logline, language, seconds, tone,
                    platform);
        }

        String json() {
            return JSON.writeValueAsString(this);
        }

        /** The job that writes it; only for an idea with its project. */
        JobRequest request() {
            return new JobRequest(KIND, Objects.requireNonNull(project, "project"),
                    UserMessage.of("factory.line.job.idea"), json(), JobRequest.NORMAL, false, startedBy);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public @Nullable String run(JobContext context) {
        var payload = Payload.read(context.payload());
        var batch = new BatchId(UUID.fromString(payload.batch()));
        var project = new ProjectId(UUID.fromString(Objects.requireNonNull(payload.project(), "project")));
        var idea = new Idea(payload.logline(), ScriptLanguage.valueOf(payload.language()),
                Duration.ofSeconds(payload.seconds()), payload.tone(), PlatformTarget.valueOf(payload.platform()));
        try {
            access.asMember(project, UUID.fromString(payload.startedBy()), () -> {
                if (editing.open(project).text().isBlank()) {
                    writing.write(project, idea, cost -> store.charged(batch, payload.position(), cost));
                }
                return project;
            });
            store.ready(batch, payload.position());
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
        var payload = Payload.read(request.payload());
        var batch = new BatchId(UUID.fromString(payload.batch()));
        store.sourceFailed(batch, payload.position(), failure.key(), failure.arguments(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.finishIfEnded(batch, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        signal.changed(batch);
    }

}
