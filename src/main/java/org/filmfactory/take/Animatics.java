package org.filmfactory.take;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.internal.Briefs;
import org.filmfactory.take.internal.animatic.AnimaticPainter;

/**
 * The offline animatic for tools that draw a script without a project (the headless {@code storyboard} and
 * {@code render} commands): the brief of a shot of a {@link ScriptBreakdown}, made the way the studio makes it, and
 * painters that draw it frame by frame straight into a film, so nothing is encoded twice. No Spring, no state.
 */
public final class Animatics {

    private Animatics() {
    }

    /**
     * The brief of {@code shot} as the studio would give it to the animatic: its scene, its lines, the film's cast,
     * a prompt built from the script (no style line).
     *
     * @param projectKey what stands for the project id ({@code "storyboard"}, {@code "render"})
     */
    public static ShotBrief brief(String projectKey, ScriptBreakdown breakdown, Shot shot, Locale language, long seed,
            VideoFormat format) {
        var scene = breakdown.sceneOf(shot);
        var lines = breakdown.linesOf(shot);
        return Briefs.of(projectKey, scene, shot, lines, breakdown.cast(), language, seed, format,
                Briefs.prompt(scene, shot, lines, ""));
    }

    /**
     * The same brief lasting {@code frames} frames at its format's rate instead of the shot's duration (a shot
     * lengthened so its dialogue fits): the camera moves over the whole of it and the slate says the new length.
     */
    public static ShotBrief lasting(ShotBrief brief, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames " + frames);
        }
        var duration = Duration.ofNanos(frames * 1_000_000_000L / brief.format().fps());
        return new ShotBrief(brief.projectKey(), brief.shotKey(), brief.sceneNumber(), brief.shotNumber(),
                brief.heading(), brief.setting(), brief.location(), brief.timeOfDay(), brief.type(), brief.move(),
                duration, brief.subjects(), brief.speaker(), brief.cast(), brief.lines(), brief.description(),
                brief.language(), brief.seed(), brief.format(), brief.prompt());
    }

    /** How many frames the animatic of {@code brief} has: its duration at its format's rate, at least one. */
    public static int frames(ShotBrief brief) {
        return AnimaticPainter.frameCount(brief);
    }

    /**
     * Makes a fresh painter of {@code brief} on every call (a painter is single-threaded, and each stretch of a film
     * may be drawn on another thread). Making one paints the shot's still layers, a few tens of milliseconds.
     */
    public static Supplier<FramePainter> painter(ShotBrief brief) {
        return () -> new AnimaticPainter(brief);
    }
}
