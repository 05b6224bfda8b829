package org.filmfactory.cut.internal.score;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.filmfactory.cut.ScoreScene;

/**
 * Writes the score as MIDI: per scene a {@link Mood}, a key, a four-bar chord progression looped over the scene, and
 * parts generated from the seed — sustained chords, a bass line, a melody that walks the scale and lands on chord tones,
 * and a simple kit for energetic moods. One tick is one millisecond (500 ticks a quarter at 120 bpm), so each scene
 * keeps its own tempo in note times while the sequence has one tempo map. Neighbouring scenes use alternate channel
 * sets and overlap by up to {@value #CROSSFADE_MILLIS} ms, crossfaded by expression (CC 11). Deterministic: the same
 * scenes and seed give an equal sequence.
 */
public final class ScoreComposer {

    /** Ticks per quarter note with the tempo at 500 000 µs a quarter: one tick per millisecond. */
    public static final int RESOLUTION = 500;
    static final int CROSSFADE_MILLIS = 2_000;
    static final int DRUMS = 9;
    private static final int END_FADE_MILLIS = 1_500;
    private static final int RAMP_STEP_MILLIS = 40;
    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};
    private static final int[][] MAJOR_PROGRESSIONS = {{0, 4, 5, 3}, {0, 5, 3, 4}, {0, 3, 4, 0}, {5, 3, 0, 4},
            {0, 3, 5, 4}};
    private static final int[][] MINOR_PROGRESSIONS = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 6}, {0, 5, 3, 4},
            {0, 3, 6, 2}};
    private static final int[] ROOTS = {48, 50, 51, 53, 55, 57};

    private ScoreComposer() {
    }

    /** What the score plays in one scene (also written into the sequence as a marker). */
    public record ScenePlan(Mood mood, int root, long startMillis, long endMillis) {
    }

    public static List<ScenePlan> plan(List<ScoreScene> scenes, long seed) {
        var plans = new ArrayList<ScenePlan>();
        long start = 0;
        for (var scene : scenes) {
            var mood = Mood.of(scene);
            // one key per mood and seed, so scenes of a mood sound like one theme
            var keys = new SplittableRandom(mix(seed, mood.ordinal(), 0x6b6579));
            var root = ROOTS[keys.nextInt(ROOTS.length)];
            var end = start + Math.round(scene.seconds() * 1000);
            plans.add(new ScenePlan(mood, root, start, end));
            start = end;
        }
        return plans;
    }

    public static Sequence compose(List<ScoreScene> scenes, long seed) {
        try {
            var sequence = new Sequence(Sequence.PPQ, RESOLUTION);
            var track = sequence.createTrack();
            add(track, 0, new MetaMessage(0x51, new byte[] {0x07, (byte) 0xa1, 0x20}, 3));
            var plans = plan(scenes, seed);
            for (var i = 0; i < plans.size(); i++) {
                var plan = plans.get(i);
                var fadeIn = i == 0 ? 0 : crossfade(plans.get(i - 1), plan);
                var fadeOut = i == plans.size() - 1 ? -1 : crossfade(plan, plans.get(i + 1));
                var random = new SplittableRandom(mix(seed, i, plan.mood().ordinal()));
                new SceneWriter(track, plan, i % 2 == 0 ? 0 : 3, fadeIn, fadeOut, random).write(i);
            }
            return sequence;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("a MIDI message out of range", e);
        }
    }

    /** The overlap between two scenes: at most two seconds, at most half of either. */
    private static long crossfade(ScenePlan a, ScenePlan b) {
        var shortest = Math.min(a.endMillis() - a.startMillis(), b.endMillis() - b.startMillis());
        return Math.max(0, Math.min(CROSSFADE_MILLIS, shortest / 2));
    }

    private static long mix(long seed, long a, long b) {
        var x = seed * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L;
        x ^= x >>> 31;
        return x * 0xBF58476D1CE4E5B9L;
    }

    private static void add(Track track, long tick, MidiMessage message) {
        track.add(new MidiEvent(message, tick));
    }

    /** The notes of one scene on its channel set: pad, bass and lead on base, base + 1 and base + 2. */
    private static final class SceneWriter {
        private final Track track;
        private final ScenePlan plan;
        private final int pad;
        private final int bass;
        private final int lead;
        private final long from;
        private final long to;
        private final long fadeIn;
        private final long fadeOut;
        private final SplittableRandom random;

        SceneWriter(Track track, ScenePlan plan, int base, long fadeIn, long fadeOut, SplittableRandom random) {
            this.track = track;
            this.plan = plan;
            this.pad = base;
            this.bass = base + 1;
            this.lead = base + 2;
            this.fadeIn = fadeIn;
            this.fadeOut = fadeOut;
            this.from = plan.startMillis() - fadeIn / 2;
            this.to = fadeOut < 0 ? plan.endMillis() : plan.endMillis() + fadeOut / 2;
            this.random = random;
        }

        void write(int index) throws InvalidMidiDataException {
            var mood = plan.mood();
            var text = "scene " + (index + 1) + ": " + mood.name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + mood.bpm() + " bpm, root " + plan.root() + (mood.minor() ? " minor" : " major");
            var bytes = text.getBytes(StandardCharsets.US_ASCII);
            add(track, plan.startMillis(), new MetaMessage(0x06, bytes, bytes.length));
            setUp(pad, mood.padProgram(), 54, 45);
            setUp(bass, mood.bassProgram(), 64, 20);
            setUp(lead, mood.leadProgram(), 78, 50);
            expression();
            var scale = mood.minor() ? MINOR : MAJOR;
            var progressions = mood.minor() ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS;
            var progression = progressions[random.nextInt(progressions.length)];
            var beat = 60_000.0 / mood.bpm();
            var bar = 4 * beat;
            var melody = 7 + random.nextInt(5);
            // bars counted from the scene's own start; the crossfade lead-in plays the last bar's harmony
            var firstBar = (int) Math.floor((from - plan.startMillis()) / bar);
            for (var b = firstBar; plan.startMillis() + b * bar < to; b++) {
                var barStart = plan.startMillis() + b * bar;
                var degree = progression[Math.floorMod(b, progression.length)];
                var chord = new int[] {note(scale, degree), note(scale, degree + 2), note(scale, degree + 4)};
                padBar(chord, barStart, bar, beat);
                bassBar(chord[0] - 12, barStart, beat);
                melody = leadBar(scale, chord, melody, barStart, beat);
                if (mood.drums()) {
                    drumBar(barStart, beat, b == 0);
                }
            }
        }

        private int note(int[] scale, int degree) {
            return plan.root() + 12 * Math.floorDiv(degree, 7) + scale[Math.floorMod(degree, 7)];
        }

        private void setUp(int channel, int program, int volume, int reverb) throws InvalidMidiDataException {
            var at = Math.max(0, from);
            add(track, at, new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0));
            add(track, at, new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 7, volume + 30));
            add(track, at, new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 10, channel % 3 == 2 ? 76 : 58));
            add(track, at, new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 91, reverb));
        }

        /** Expression ramps: up over the crossfade in (or a short fade at the film's start), down over the one out. */
        private void expression() throws InvalidMidiDataException {
            var inLength = fadeIn > 0 ? fadeIn : 600;
            ramp(Math.max(0, from), inLength, 0, 127);
            var outLength = fadeOut >= 0 ? fadeOut : END_FADE_MILLIS;
            ramp(to - outLength, outLength, 127, 0);
            for (var channel : new int[] {pad, bass, lead}) {
                // all notes off where the scene's set goes quiet, so no note rings into the next use of these channels
                add(track, to, new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 123, 0));
            }
        }

        private void ramp(long start, long length, int fromValue, int toValue) throws InvalidMidiDataException {
            var steps = Math.max(1, length / RAMP_STEP_MILLIS);
            for (var s = 0; s <= steps; s++) {
                var value = (int) Math.round(fromValue + (toValue - fromValue) * (double) s / steps);
                var at = start + length * s / steps;
                for (var channel : new int[] {pad, bass, lead}) {
                    add(track, Math.max(0, at), new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, 11, value));
                }
            }
        }

        private void padBar(int[] chord, double barStart, double bar, double beat) throws InvalidMidiDataException {
            if (plan.mood() == Mood.PASTORAL || plan.mood() == Mood.JOYFUL) {
                // plucked or struck: arpeggiate the chord in eighths
                for (var i = 0; i < 8; i++) {
                    var pitch = chord[new int[] {0, 1, 2, 1, 0, 2, 1, 2}[i]] + 12 * (i / 4 % 2);
                    note(pad, pitch, barStart + i * beat / 2, beat / 2, 50 + random.nextInt(12));
                }
                return;
            }
            for (var pitch : chord) {
                note(pad, pitch, barStart, bar, 48 + random.nextInt(10));
            }
        }

        private void bassBar(int root, double barStart, double beat) throws InvalidMidiDataException {
            switch (plan.mood()) {
                case TENSE -> {
                    for (var i = 0; i < 8; i++) {
                        note(bass, root, barStart + i * beat / 2, beat / 2, 70 + (i % 2 == 0 ? 10 : 0));
                    }
                }
                case JOYFUL -> {
                    note(bass, root, barStart, beat, 80);
                    note(bass, root + 7, barStart + 1.5 * beat, beat / 2, 70);
                    note(bass, root, barStart + 2 * beat, beat, 78);
                    note(bass, root + 12, barStart + 3 * beat, beat, 70);
                }
                case SAD, NOCTURNE -> note(bass, root, barStart, 4 * beat, 70);
                default -> {
                    note(bass, root, barStart, 2 * beat, 74);
                    note(bass, root + 7, barStart + 2 * beat, 2 * beat, 68);
                }
            }
        }

        /** A melody walking the scale, landing on a chord tone on each bar's first beat; returns where it stands. */
        private int leadBar(int[] scale, int[] chord, int degree, double barStart, double beat)
                throws InvalidMidiDataException {
            var energetic = plan.mood().drums();
            var steps = energetic ? 8 : 4;
            var step = 4 * beat / steps;
            var current = degree;
            for (var i = 0; i < steps; i++) {
                if (i == 0) {
                    current = nearestChordDegree(scale, chord, current);
                } else {
                    var move = random.nextInt(5) - 2;
                    current = Math.max(5, Math.min(14, current + move));
                }
                var rest = i > 0 && random.nextInt(energetic ? 3 : 4) == 0;
                if (!rest) {
                    var length = i == steps - 1 || random.nextInt(3) == 0 ? 2 * step : step;
                    note(lead, note(scale, current) + 12, barStart + i * step, length, 62 + random.nextInt(20));
                }
            }
            return current;
        }

        private int nearestChordDegree(int[] scale, int[] chord, int degree) {
            for (var distance = 0; distance < 7; distance++) {
                for (var candidate : new int[] {degree - distance, degree + distance}) {
                    var pitchClass = Math.floorMod(note(scale, candidate) - plan.root(), 12);
                    for (var tone : chord) {
                        if (Math.floorMod(tone - plan.root(), 12) == pitchClass) {
                            return candidate;
                        }
                    }
                }
            }
            return degree;
        }

        private void drumBar(double barStart, double beat, boolean first) throws InvalidMidiDataException {
            // drums play only inside the scene proper, not in the crossfades
            var quietFrom = plan.startMillis() + fadeIn / 2;
            var quietTo = fadeOut < 0 ? plan.endMillis() - END_FADE_MILLIS : plan.endMillis() - fadeOut / 2;
            for (var i = 0; i < 8; i++) {
                var at = barStart + i * beat / 2;
                if (at < quietFrom || at >= quietTo) {
                    continue;
                }
                if (i == 0 && first) {
                    drum(49, at, 80);
                }
                if (i == 0 || i == 4 || (plan.mood() == Mood.TENSE && i == 7)) {
                    drum(36, at, 96);
                }
                if (i == 2 || i == 6) {
                    drum(38, at, 84);
                }
                drum(42, at, i % 2 == 0 ? 60 : 44);
            }
        }

        private void drum(int key, double at, int velocity) throws InvalidMidiDataException {
            var tick = Math.round(at);
            add(track, tick, new ShortMessage(ShortMessage.NOTE_ON, DRUMS, key, velocity));
            add(track, tick + 80, new ShortMessage(ShortMessage.NOTE_OFF, DRUMS, key, 0));
        }

        private void note(int channel, int pitch, double at, double length, int velocity)
                throws InvalidMidiDataException {
            var on = Math.round(at);
            var off = Math.round(at + length * 0.92);
            if (off <= from || on >= to) {
                return;
            }
            on = Math.max(on, Math.max(0, from));
            off = Math.min(off, to);
            if (off <= on) {
                return;
            }
            add(track, on, new ShortMessage(ShortMessage.NOTE_ON, channel, pitch, velocity));
            add(track, off, new ShortMessage(ShortMessage.NOTE_OFF, channel, pitch, 0));
        }
    }
}
