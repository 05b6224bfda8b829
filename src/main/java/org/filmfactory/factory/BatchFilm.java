package org.filmfactory.factory;

import java.time.Duration;
import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preset;
import org.jspecify.annotations.Nullable;

/**
 * One film of a batch, with failure attribution: which film, which stage, which shot, why.
 *
 * @param position the source's place in the batch, from 1
 * @param source what it was made from (the script's file name, the idea's logline, the project's name)
 * @param project the project made for it (null while it could not become one: a refused file has none)
 * @param run its "Make film" run, once started
 * @param stage the stage it is at, or failed in
 * @param progress 0..1 of its run
 * @param shotLabel the shot it is at, or failed at
 * @param failureKey why it failed (translation key, with {@code failureArgs})
 * @param took from start to end of its run (or so far)
 */
public record BatchFilm(BatchId batch, int position, String source, Preset preset, BatchFilmState state,
        @Nullable ProjectId project, @Nullable MakeRunId run, @Nullable MakeStage stage, double progress,
        @Nullable String shotLabel, @Nullable FilmId film, @Nullable String failureKey, List<String> failureArgs,
        @Nullable Duration took) {

    public BatchFilm {
        failureArgs = List.copyOf(failureArgs);
    }
}
