package org.filmfactory.factory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.cut.Score;
import org.filmfactory.cut.ScoreScene;
import org.filmfactory.cut.Speech;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.RenderStage;
import org.filmfactory.take.Animatics;

/**
 * The film of a screenplay as the headless command makes it: every shot of the automatic breakdown drawn by the
 * offline animatic straight into the film, one clip per shot in script order with straight cuts and no cards; every
 * dialogue line spoken by its character's offline voice and timed into its shot ({@link LineTiming}, shots lengthen to
 * fit their lines); the built-in score under the whole film, ducked under the voices; the lines as subtitles.
 */
final class ScriptFilm {

    /** Where the music sits under the voices, and how it ducks: what the studio's render does too. */
    static final double MUSIC_DUCK_DB = -10;
    static final int MUSIC_FADE_MILLIS = 250;
    private static final String PROJECT_KEY = "render";

    /** Hears how far making the voices and the music has come. */
    interface Progress {
        void progress(RenderStage stage, int done, int total);

        /** The shot whose lines are spoken next, named by the labels ("Scene 3, shot 2"). */
        default void shot(String label) {
        }
    }

    private ScriptFilm() {
    }

    /**
     * Makes the voices into {@code work} and the music into {@code cache} (unless it is there from an earlier run)
     * and returns the plan that renders the film.
     *
     * @param labels names a shot in errors ("Scene 3, shot 2") from scene and shot number
     * @throws IOException when a voice or the music cannot be made
     */
    static RenderPlan plan(ScriptBreakdown breakdown, Locale language, Preset preset, long seed,
            boolean burnSubtitles, Path work, Path cache, Labels labels, Progress progress) throws IOException {
        var format = new VideoFormat(preset.width(), preset.height(), preset.fps());
        int fps = preset.fps();
        var clips = new ArrayList<RenderPlan.Clip>();
        var cues = new ArrayList<RenderPlan.Cue>();
        var voices = new ArrayList<SoundMix.Voice>();
        var sceneFrames = new LinkedHashMap<BreakdownScene, Integer>();
        int lineCount = (int) breakdown.shots().stream().flatMap(shot -> dialogue(breakdown, shot).stream()).count();
        int spoken = 0;
        int start = 0;
        for (var shot : breakdown.shots()) {
            var scene = breakdown.sceneOf(shot);
            var label = labels.of(scene.number(), shot.number());
            progress.shot(label);
            var brief = Animatics.brief(PROJECT_KEY, breakdown, shot, language, seed, format);
            var lines = dialogue(breakdown, shot);
            var wavs = new ArrayList<Path>();
            var lengths = new ArrayList<Integer>();
            for (var line : lines) {
                progress.progress(RenderStage.VOICES, spoken, lineCount);
                var wav = work.resolve(String.format(Locale.ROOT, "line-%04d.wav", spoken + 1));
                var said = Speech.speak(line.text(), Speech.defaultVoice(line.character(), language), wav);
                wavs.add(wav);
                lengths.add(frames(said.toNanos(), fps));
                spoken++;
            }
            var timing = LineTiming.place(start, Animatics.frames(brief), lengths);
            if (timing.frames() != Animatics.frames(brief)) {
                brief = Animatics.lasting(brief, timing.frames());
            }
            var source = new ClipSource.Painted(Animatics.painter(brief), format.width(), format.height(),
                    "animatic:" + sha256(brief.toString()));
            clips.add(new RenderPlan.Clip(label, source, start, 0, timing.frames(),
                    Transition.CUT, 0));
            for (int i = 0; i < lines.size(); i++) {
                int lineStart = timing.starts()[i];
                cues.add(new RenderPlan.Cue(lineStart, lineStart + lengths.get(i), lines.get(i).text()));
                voices.add(new SoundMix.Voice(wavs.get(i), samples(lineStart, fps), 0));
            }
            sceneFrames.merge(scene, timing.frames(), Integer::sum);
            start += timing.frames();
        }
        progress.progress(RenderStage.VOICES, lineCount, lineCount);
        progress.progress(RenderStage.MUSIC, 0, 1);
        var scenes = new ArrayList<ScoreScene>();
        sceneFrames.forEach((scene, frames) -> scenes.add(new ScoreScene(scene.heading(),
                String.join("\n", breakdown.lines().stream()
                        .filter(line -> line.firstLine() >= scene.firstLine() && line.firstLine() <= scene.lastLine())
                        .map(ScriptLine::text).toList()),
                frames / (double) fps)));
        var bed = score(scenes, seed, cache);
        progress.progress(RenderStage.MUSIC, 1, 1);
        var music = new SoundMix.Music(bed, MusicChoice.DEFAULT.gainDb(), MUSIC_DUCK_DB, MUSIC_FADE_MILLIS);
        var sound = new SoundMix(samples(start, fps), voices, music);
        return new RenderPlan(preset, language, Card.NONE, clips, Card.NONE, start, start, cues, burnSubtitles,
                sound);
    }

    /**
     * The score of these scenes and seed, composed once and kept in {@code cache} under the hash of what it depends
     * on: rendering the music is most of what a second run of a changed script would otherwise spend on sound.
     */
    private static Path score(List<ScoreScene> scenes, long seed, Path cache) throws IOException {
        var kept = cache.resolve("score-" + sha256(seed + "\n" + scenes) + ".wav");
        if (Files.isRegularFile(kept)) {
            return kept;
        }
        Files.createDirectories(cache);
        var partial = Files.createTempFile(cache, ".score", ".wav");
        try {
            Score.compose(scenes, seed, partial);
            try {
                Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return kept;
    }

    /** Names a shot for people: "Scene 3, shot 2". */
    @FunctionalInterface
    interface Labels {
        String of(int scene, int shot);
    }

    /** The shot's spoken lines (parentheticals are directions, not speech), in order; blank ones left out. */
    static List<ScriptLine> dialogue(ScriptBreakdown breakdown, org.filmfactory.breakdown.Shot shot) {
        return breakdown.linesOf(shot).stream()
                .filter(line -> line.kind() == ScriptLine.Kind.DIALOGUE && line.character() != null
                        && !line.text().isBlank())
                .toList();
    }

    /** Whole frames that cover {@code nanos}: a line is never shorter on screen than it is spoken. */
    static int frames(long nanos, int fps) {
        return (int) Math.max(1, (nanos * fps + 999_999_999L) / 1_000_000_000L);
    }

    static long samples(int frame, int fps) {
        return frame * (long) SoundMix.RATE / fps;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
