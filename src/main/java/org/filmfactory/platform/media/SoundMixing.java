package org.filmfactory.platform.media;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.SoundMix;

/**
 * The film's sound mix behind {@link org.filmfactory.platform.SoundMixer}, in two passes over a temporary float file
 * so memory stays the same for a minute or two hours:
 * <ol>
 * <li>voices and the ducked music bed are summed in 100 ms blocks into a stereo float file while the mix's integrated
 * loudness is measured;</li>
 * <li>the file is read back with the gain that brings it to the target, through the true-peak limiter, quantised to
 * 16 bits and written as a WAV while the written samples are measured again. When the written true peak is above the
 * ceiling or the limiter took the loudness off target, the pass runs again with a corrected ceiling or gain (rare:
 * only mixes with hot peaks need it).</li>
 * </ol>
 */
public final class SoundMixing {

    static final int RATE = SoundMix.RATE;
    /** Where the written WAV's true peak must stay: the AAC encode adds a few tenths (STACK-NOTES). */
    static final double WRITTEN_CEILING_DBTP = -1.5;
    private static final double LIMITER_MARGIN_DB = 0.4;
    private static final double LOUDNESS_TOLERANCE_LU = 0.2;
    private static final int ATTEMPTS = 4;
    private static final int BLOCK = RATE / 10;
    private static final int LOOK_AHEAD = RATE / 200;
    private static final int RELEASE = RATE / 8;

    private SoundMixing() {
    }

    public static Loudness mix(SoundMix mix, Path target) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        var floats = Files.createTempFile(folder, ".mix-", ".f32");
        var wav = Files.createTempFile(folder, ".mix-", ".wav");
        try {
            var raw = sum(mix, floats);
            var gainDb = Double.isFinite(raw.integratedLufs()) ? Loudness.TARGET_LUFS - raw.integratedLufs() : 0.0;
            var ceilingDb = WRITTEN_CEILING_DBTP - LIMITER_MARGIN_DB;
            Loudness written = null;
            for (var attempt = 0; attempt < ATTEMPTS; attempt++) {
                written = normalise(floats, mix.lengthSamples(), gainDb, ceilingDb, wav);
                if (!Double.isFinite(written.integratedLufs())) {
                    break;
                }
                var peakOver = written.truePeakDbtp() - WRITTEN_CEILING_DBTP;
                var loudnessOff = Loudness.TARGET_LUFS - written.integratedLufs();
                if (peakOver <= 0 && Math.abs(loudnessOff) <= LOUDNESS_TOLERANCE_LU) {
                    break;
                }
                if (peakOver > 0) {
                    ceilingDb -= peakOver + 0.1;
                } else {
                    // the limiter took more than the tolerance off: push the gain up, the ceiling holds the peaks
                    gainDb += loudnessOff;
                }
            }
            moveIntoPlace(wav, target);
            return written;
        } finally {
            Files.deleteIfExists(floats);
            Files.deleteIfExists(wav);
        }
    }

    /** Pass 1: voices and ducked music into {@code floats} (stereo float32, little-endian); the sum's loudness. */
    private static Loudness sum(SoundMix mix, Path floats) throws IOException {
        var length = mix.lengthSamples();
        var voices = new ArrayList<PlacedVoice>();
        for (var voice : mix.voices()) {
            if (voice.startSample() < length) {
                voices.add(new PlacedVoice(voice, lengthOf(voice.wav())));
            }
        }
        voices.sort(Comparator.comparingLong(v -> v.voice().startSample()));
        var meter = new LoudnessMeter(RATE, 2);
        var bed = mix.music() == null ? null : new Bed(mix.music(), length, voices);
        var block = new float[2 * BLOCK];
        var scratch = new float[2 * BLOCK];
        var bytes = ByteBuffer.allocate(8 * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        var active = new ArrayList<OpenVoice>();
        var next = 0;
        try (var out = FileChannel.open(floats, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long start = 0; start < length; start += BLOCK) {
                var frames = (int) Math.min(BLOCK, length - start);
                Arrays.fill(block, 0, 2 * frames, 0f);
                if (bed != null) {
                    bed.add(block, start, frames, scratch);
                }
                while (next < voices.size() && voices.get(next).voice().startSample() < start + frames) {
                    active.add(OpenVoice.open(voices.get(next++).voice()));
                }
                for (var it = active.iterator(); it.hasNext(); ) {
                    var voice = it.next();
                    if (!voice.add(block, start, frames, scratch)) {
                        voice.close();
                        it.remove();
                    }
                }
                meter.accept(block, 0, frames);
                bytes.clear();
                bytes.asFloatBuffer().put(block, 0, 2 * frames);
                bytes.limit(8 * frames);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
        } finally {
            for (var voice : active) {
                voice.closeQuietly();
            }
            if (bed != null) {
                bed.close();
            }
        }
        return meter.result();
    }

    /** Pass 2: gain, limiter, 16 bits into {@code wav}; the loudness of exactly what was written. */
    private static Loudness normalise(Path floats, long length, double gainDb, double ceilingDb, Path wav)
            throws IOException {
        var gain = Math.pow(10, gainDb / 20);
        var limiter = new TruePeakLimiter(Math.pow(10, ceilingDb / 20), LOOK_AHEAD, RELEASE);
        var meter = new LoudnessMeter(RATE, 2);
        try (var in = FileChannel.open(floats, StandardOpenOption.READ);
                var out = new BufferedOutputStream(Files.newOutputStream(wav), 1 << 16)) {
            writeWavHeader(out, length);
            var writer = new PcmWriter(out, meter);
            var bytes = ByteBuffer.allocate(8 * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            var block = new float[2 * BLOCK];
            for (long start = 0; start < length; start += BLOCK) {
                var frames = (int) Math.min(BLOCK, length - start);
                bytes.clear();
                bytes.limit(8 * frames);
                while (bytes.hasRemaining()) {
                    if (in.read(bytes) < 0) {
                        throw new IOException("the mix's temporary file ended early");
                    }
                }
                bytes.flip();
                bytes.asFloatBuffer().get(block, 0, 2 * frames);
                for (var i = 0; i < frames; i++) {
                    limiter.accept((float) (block[2 * i] * gain), (float) (block[2 * i + 1] * gain), writer);
                }
            }
            limiter.finish(writer);
            writer.flush();
        }
        return meter.result();
    }

    /** Quantises to 16 bits (rounded, clipped), writes little-endian and meters what it wrote. */
    private static final class PcmWriter implements TruePeakLimiter.Sink {
        private final OutputStream out;
        private final LoudnessMeter meter;
        private final byte[] bytes = new byte[4 * BLOCK];
        private final float[] written = new float[2 * BLOCK];
        private int fill;

        PcmWriter(OutputStream out, LoudnessMeter meter) {
            this.out = out;
            this.meter = meter;
        }

        @Override
        public void accept(float left, float right) {
            put(left);
            put(right);
            if (fill == written.length) {
                flushUnchecked();
            }
        }

        private void put(float sample) {
            var value = (int) Math.round(sample * 32767.0);
            value = Math.max(-32768, Math.min(32767, value));
            bytes[2 * fill] = (byte) value;
            bytes[2 * fill + 1] = (byte) (value >> 8);
            written[fill++] = value / 32768f;
        }

        void flush() throws IOException {
            meter.accept(written, 0, fill / 2);
            out.write(bytes, 0, 2 * fill);
            fill = 0;
        }

        private void flushUnchecked() {
            try {
                flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void writeWavHeader(OutputStream out, long frames) throws IOException {
        var dataBytes = frames * 4;
        if (dataBytes > 0xFFFF_FFFFL - 36) {
            throw new IOException("a WAV holds at most 4 GiB: " + frames + " frames is too long");
        }
        var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 2).putInt(RATE).putInt(RATE * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        out.write(header.array());
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A voice's length in frames at 48 kHz: the container's word when it has one, else counted by decoding. */
    private static long lengthOf(Path wav) throws IOException {
        try (var reader = SoundReader.open(wav, RATE)) {
            var micros = reader.lengthMicros();
            if (micros > 0) {
                return Math.round(micros * (RATE / 1_000_000.0));
            }
            var buffer = new float[reader.channels() * BLOCK];
            long frames = 0;
            int read;
            while ((read = reader.read(buffer, 0, BLOCK)) > 0) {
                frames += read;
            }
            return frames;
        }
    }

    private record PlacedVoice(SoundMix.Voice voice, long frames) {
    }

    /** Adds one source's next {@code frames} frames, as stereo, times {@code gain}, into {@code block} at a frame. */
    private static int addStereo(SoundReader reader, float[] block, int at, int frames, float[] scratch, float gain)
            throws IOException {
        var channels = reader.channels();
        var done = 0;
        while (done < frames) {
            var want = Math.min(frames - done, scratch.length / channels);
            var read = reader.read(scratch, 0, want);
            if (read <= 0) {
                break;
            }
            for (var i = 0; i < read; i++) {
                var l = scratch[i * channels];
                var r = channels == 1 ? l : scratch[i * channels + 1];
                var o = 2 * (at + done + i);
                block[o] += l * gain;
                block[o + 1] += r * gain;
            }
            done += read;
        }
        return done;
    }

    /** A voice being played: opened when its block comes, closed when it ends. */
    private static final class OpenVoice {
        private final SoundMix.Voice voice;
        private final SoundReader reader;
        private final float gain;
        private long position;

        private OpenVoice(SoundMix.Voice voice, SoundReader reader) {
            this.voice = voice;
            this.reader = reader;
            this.gain = (float) Math.pow(10, voice.gainDb() / 20);
            this.position = voice.startSample();
        }

        static OpenVoice open(SoundMix.Voice voice) throws IOException {
            var opened = new OpenVoice(voice, SoundReader.open(voice.wav(), RATE));
            if (voice.startSample() < 0) {
                opened.skip(-voice.startSample());
            }
            return opened;
        }

        private void skip(long frames) throws IOException {
            var buffer = new float[reader.channels() * BLOCK];
            var left = frames;
            while (left > 0) {
                var read = reader.read(buffer, 0, (int) Math.min(BLOCK, left));
                if (read <= 0) {
                    break;
                }
                left -= read;
            }
            position = 0;
        }

        /** @return false once the voice has ended */
        boolean add(float[] block, long blockStart, int frames, float[] scratch) throws IOException {
            var at = (int) Math.max(0, position - blockStart);
            if (at >= frames) {
                return true;
            }
            var wanted = frames - at;
            var added = addStereo(reader, block, at, wanted, scratch, gain);
            position = blockStart + at + added;
            return added == wanted;
        }

        void close() throws IOException {
            reader.close();
        }

        void closeQuietly() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // already failing with the error that matters
            }
        }

        @Override
        public String toString() {
            return voice.wav().toString();
        }
    }

    /**
     * The music bed: looped to the film's length, faded in and out at the film's ends, at its gain and ducked by a
     * raised-cosine envelope around every line (lines closer than two fades are one dip, so the music does not pump).
     */
    private static final class Bed {
        private final SoundMix.Music music;
        private final long length;
        private final long fade;
        private final double gain;
        private final long[] duckStarts;
        private final long[] duckEnds;
        private int duck;
        private final float[] decoded = new float[2 * BLOCK];
        private SoundReader reader;
        private boolean empty;

        Bed(SoundMix.Music music, long length, List<PlacedVoice> voices) throws IOException {
            this.music = music;
            this.length = length;
            this.fade = Math.max(1, (long) music.fadeMillis() * RATE / 1000);
            this.gain = Math.pow(10, music.gainDb() / 20);
            var starts = new ArrayList<Long>();
            var ends = new ArrayList<Long>();
            for (var voice : voices) {
                var s = voice.voice().startSample();
                var e = s + voice.frames();
                if (!ends.isEmpty() && s - ends.getLast() < 2 * fade) {
                    ends.set(ends.size() - 1, Math.max(ends.getLast(), e));
                } else {
                    starts.add(s);
                    ends.add(e);
                }
            }
            duckStarts = starts.stream().mapToLong(Long::longValue).toArray();
            duckEnds = ends.stream().mapToLong(Long::longValue).toArray();
            reader = SoundReader.open(music.wav(), RATE);
        }

        void add(float[] block, long start, int frames, float[] scratch) throws IOException {
            Arrays.fill(decoded, 0, 2 * frames, 0f);
            var done = 0;
            var reopened = false;
            while (done < frames && !empty) {
                var read = addStereo(reader, decoded, done, frames - done, scratch, 1f);
                done += read;
                if (done == frames) {
                    break;
                }
                if (read == 0 && reopened) {
                    empty = true;
                    break;
                }
                // looped: start the bed again where it ended
                reader.close();
                reader = SoundReader.open(music.wav(), RATE);
                reopened = true;
            }
            for (var i = 0; i < frames; i++) {
                var t = start + i;
                var g = gain * Math.pow(10, music.duckDb() * duckAmount(t) / 20) * edgeFade(t);
                block[2 * i] += (float) (decoded[2 * i] * g);
                block[2 * i + 1] += (float) (decoded[2 * i + 1] * g);
            }
        }

        private double edgeFade(long t) {
            var in = Math.min(1.0, (t + 0.5) / fade);
            var out = Math.min(1.0, (length - t - 0.5) / fade);
            return raisedCosine(Math.max(0, Math.min(in, out)));
        }

        /** 0 (full music) to 1 (fully ducked) at frame {@code t}; frames come in increasing order. */
        private double duckAmount(long t) {
            while (duck < duckStarts.length && t >= duckEnds[duck] + fade) {
                duck++;
            }
            if (duck == duckStarts.length) {
                return 0;
            }
            var s = duckStarts[duck];
            var e = duckEnds[duck];
            if (t < s - fade) {
                return 0;
            }
            if (t < s) {
                return raisedCosine((double) (t - (s - fade)) / fade);
            }
            if (t < e) {
                return 1;
            }
            return raisedCosine(1.0 - (double) (t - e) / fade);
        }

        private static double raisedCosine(double x) {
            return 0.5 - 0.5 * Math.cos(Math.PI * x);
        }

        void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the mix is written or failing already
            }
        }
    }
}
