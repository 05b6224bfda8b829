package org.filmfactory.factory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.FilmId;
import org.jspecify.annotations.Nullable;

/**
 * A "Make film" run as everyone in the project sees it: one progress figure for the whole path, the stage and the
 * shot it is at, and an estimate of the time left.
 *
 * @param progress 0..1 over the whole run (all stages weighted by their expected share of the time)
 * @param shotLabel the shot being worked on ("Scene 3, shot 2"), or null between shots
 * @param remaining the estimated time left, or null while there is nothing to estimate from
 * @param film the film made (state DONE)
 * @param failureKey the translation key of why it failed (state FAILED) or who cancelled it (CANCELLED:
 *     {@code factory.make.cancelled}), with {@code failureArgs}
 * @param byName who started it
 */
public record MakeRun(MakeRunId id, ProjectId project, MakeOptions options, MakeState state, MakeStage stage,
        double progress, @Nullable String shotLabel, @Nullable Duration remaining, @Nullable FilmId film,
        @Nullable String failureKey, List<String> failureArgs, String byName, Instant started,
        @Nullable Instant finished) {

    public MakeRun {
        failureArgs = List.copyOf(failureArgs);
    }
}
