package org.filmfactory.cut.internal.voice;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * espeak-ng speaking text into 22 050 Hz mono 16-bit samples, in memory. espeak-ng keeps one global state per
 * process (its voice, its callback, its buffers), so there is exactly one of these per JVM and every call into the
 * library holds its lock; the library is loaded for each call (see {@link #speak}).
 */
public final class Espeak {

    public static final int SAMPLE_RATE = 22_050;
    /** Longer text is refused: ~5 minutes of speech, far beyond a dialogue line. */
    public static final int MAX_TEXT = 4_000;
    /** The seed of espeak-ng's noise generator (fixed, so nothing depends on what ran before). */
    private static final long SEED = 13;

    // One per process because the native library is one per process (see the class comment); final, so nothing
    // else shares state through it.
    private static final Espeak PROCESS = new Espeak(EspeakNatives.defaultBase());

    private final Path base;
    private final Samples samples = new Samples();
    /** Held strongly: JNA would free a callback the garbage collector took while espeak-ng still calls it. */
    private final EspeakLibrary.SynthCallback callback = (wav, count, events) -> {
        if (wav != null && count > 0) {
            samples.add(wav.getShortArray(0, count));
        }
        return 0;
    };
    private @Nullable Path folder;

    private Espeak(Path base) {
        this.base = base;
    }

    public static Espeak process() {
        return PROCESS;
    }

    /** The lock every native espeak-ng call takes (Piper voices phonemise with the same library). */
    public Object lock() {
        return this;
    }

    /**
     * Speaks {@code text} (already {@link SpokenText#clean cleaned}) with {@code voice}.
     *
     * <p>The library is loaded for each call and unloaded after it: espeak-ng keeps a little state in static
     * variables that neither {@code espeak_Terminate} nor {@code espeak_Initialize} reset (the pitch flutter's
     * phase), so the same text would come out a few samples different each time. A fresh library costs ~15 ms and
     * makes the output depend on the text and voice only.
     *
     * @return the samples, 22 050 per second
     * @throws IOException when the library cannot be loaded or refuses the text
     */
    public synchronized short[] speak(String text, EspeakVoice voice) throws IOException {
        var folder = folder();
        EspeakLibrary espeak;
        try {
            espeak = Native.load(folder.resolve(EspeakNatives.LIBRARY).toString(), EspeakLibrary.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("The offline voice's library does not load: " + e.getMessage(), e);
        }
        try {
            int rate = espeak.espeak_Initialize(EspeakLibrary.AUDIO_OUTPUT_SYNCHRONOUS, 0, folder.toString(), 0);
            if (rate != SAMPLE_RATE) {
                throw new IOException("espeak-ng did not start (" + rate + ") with its data in " + folder);
            }
            try {
                return synthesize(espeak, text, voice);
            } finally {
                espeak.espeak_Terminate();
            }
        } finally {
            ((Library.Handler) Proxy.getInvocationHandler(espeak)).getNativeLibrary().close();
        }
    }

    private short[] synthesize(EspeakLibrary espeak, String text, EspeakVoice voice) throws IOException {
        espeak.espeak_SetSynthCallback(callback);
        if (espeak.espeak_SetVoiceByName(voice.nativeName()) != EspeakLibrary.EE_OK) {
            throw new IOException("espeak-ng has no voice " + voice.nativeName());
        }
        espeak.espeak_ng_SetRandSeed(SEED);
        var utf8 = text.getBytes(StandardCharsets.UTF_8);
        var bytes = Arrays.copyOf(utf8, utf8.length + 1);
        samples.clear();
        try {
            int result = espeak.espeak_Synth(bytes, bytes.length, 0, EspeakLibrary.POSITION_CHARACTER, 0,
                    EspeakLibrary.CHARS_UTF8 | EspeakLibrary.END_PAUSE, null, null);
            if (result != EspeakLibrary.EE_OK) {
                throw new IOException("espeak-ng could not speak the text (error " + result + ")");
            }
            return samples.toArray();
        } finally {
            samples.clear();
        }
    }

    private Path folder() throws IOException {
        var extracted = folder;
        if (extracted == null) {
            extracted = EspeakNatives.extract(base);
            folder = extracted;
        }
        return extracted;
    }

    /** A growing buffer of samples, filled by the callback during one synthesis. */
    private static final class Samples {
        private short[] buffer = new short[SAMPLE_RATE * 4];
        private int size;

        void add(short[] more) {
            if (size + more.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, buffer, size, more.length);
            size += more.length;
        }

        short[] toArray() {
            return Arrays.copyOf(buffer, size);
        }

        void clear() {
            size = 0;
            if (buffer.length > SAMPLE_RATE * 60) {
                buffer = new short[SAMPLE_RATE * 4];
            }
        }
    }
}
