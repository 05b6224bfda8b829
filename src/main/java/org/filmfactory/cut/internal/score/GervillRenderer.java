package org.filmfactory.cut.internal.score;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Sequence;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * Renders a {@link Sequence} (whose ticks are milliseconds, see {@link ScoreComposer}) to a 48 kHz stereo 16-bit WAV
 * with Java's Gervill synthesizer and the General MIDI bank on the classpath, offline and faster than real time: the
 * synthesizer's {@code AudioSynthesizer.openStream} hands out the sound as a stream instead of playing it, and the
 * events go in with their time stamps a second ahead of what is read. {@code openStream} lives in the JDK's
 * unexported {@code com.sun.media.sound} package, so it is called by reflection and needs
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED} at run time (pom argLine, jvmArguments and the
 * jar manifest). The output is the same bytes run after run.
 */
public final class GervillRenderer {

    public static final String SOUNDBANK = "/music/sf_GMbank.sf2";
    static final int RATE = 48_000;
    private static final int CHUNK_FRAMES = 4_800;
    private static final long LOOK_AHEAD_MICROS = 1_000_000;

    private GervillRenderer() {
    }

    /** Renders {@code frames} frames of {@code sequence} into {@code target} (written whole, then moved into place). */
    public static void render(Sequence sequence, long frames, Path target) throws IOException {
        var soundbank = soundbank();
        var format = new AudioFormat(RATE, 16, 2, true, false);
        Synthesizer synthesizer;
        try {
            synthesizer = MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new IOException("no MIDI synthesizer in this JVM", e);
        }
        var info = new HashMap<String, Object>();
        info.put("load default soundbank", false);
        info.put("max polyphony", 96);
        info.put("interpolation", "sinc");
        info.put("reverb", true);
        info.put("chorus", true);
        AudioInputStream stream = openStream(synthesizer, format, info);
        var folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        var temp = Files.createTempFile(folder, ".score-", ".wav");
        try {
            if (!synthesizer.loadAllInstruments(soundbank)) {
                throw new IOException("the synthesizer refused the sound bank " + SOUNDBANK);
            }
            var receiver = synthesizer.getReceiver();
            var events = new ArrayList<MidiEvent>();
            for (var track : sequence.getTracks()) {
                for (var i = 0; i < track.size(); i++) {
                    var event = track.get(i);
                    if (!(event.getMessage() instanceof MetaMessage)) {
                        events.add(event);
                    }
                }
            }
            events.sort(Comparator.comparingLong(MidiEvent::getTick));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writeHeader(out, frames);
                var buffer = new byte[CHUNK_FRAMES * 4];
                var next = 0;
                long written = 0;
                while (written < frames) {
                    var chunk = (int) Math.min(CHUNK_FRAMES, frames - written);
                    var horizon = (written + chunk) * 1_000_000L / RATE + LOOK_AHEAD_MICROS;
                    while (next < events.size() && micros(events.get(next)) < horizon) {
                        var event = events.get(next++);
                        receiver.send(event.getMessage(), micros(event));
                    }
                    var wanted = chunk * 4;
                    var read = 0;
                    while (read < wanted) {
                        var n = stream.read(buffer, read, wanted - read);
                        if (n < 0) {
                            throw new IOException("the synthesizer's stream ended");
                        }
                        read += n;
                    }
                    out.write(buffer, 0, wanted);
                    written += chunk;
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (MidiUnavailableException e) {
            throw new IOException("the synthesizer has no receiver", e);
        } finally {
            stream.close();
            synthesizer.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Ticks are milliseconds. */
    private static long micros(MidiEvent event) {
        return event.getTick() * 1_000L;
    }

    private static Soundbank soundbank() throws IOException {
        try (InputStream in = GervillRenderer.class.getResourceAsStream(SOUNDBANK)) {
            if (in == null) {
                throw new IOException("the sound bank " + SOUNDBANK + " is missing from the classpath");
            }
            return MidiSystem.getSoundbank(new BufferedInputStream(in));
        } catch (InvalidMidiDataException e) {
            throw new IOException("the sound bank " + SOUNDBANK + " does not load", e);
        }
    }

    private static AudioInputStream openStream(Synthesizer synthesizer, AudioFormat format, HashMap<String, Object> info)
            throws IOException {
        try {
            var method = Class.forName("com.sun.media.sound.AudioSynthesizer")
                    .getMethod("openStream", AudioFormat.class, java.util.Map.class);
            return (AudioInputStream) method.invoke(synthesizer, format, info);
        } catch (IllegalAccessException e) {
            throw new IOException("the score needs the JVM flag --add-exports "
                    + "java.desktop/com.sun.media.sound=ALL-UNNAMED", e);
        } catch (ClassNotFoundException | NoSuchMethodException | ClassCastException e) {
            throw new IOException("this JVM's MIDI synthesizer cannot render offline (no Gervill)", e);
        } catch (InvocationTargetException e) {
            throw new IOException("the synthesizer did not open: " + e.getCause(), e.getCause());
        }
    }

    private static void writeHeader(OutputStream out, long frames) throws IOException {
        var data = frames * 4;
        if (data > 0xFFFF_FFFFL - 36) {
            throw new IOException("a WAV holds at most 4 GiB: " + frames + " frames is too long");
        }
        var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + data))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 2).putInt(RATE).putInt(RATE * 4)
                .putShort((short) 4).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt((int) data);
        out.write(header.array());
    }
}
