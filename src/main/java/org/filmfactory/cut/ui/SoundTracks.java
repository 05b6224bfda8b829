package org.filmfactory.cut.ui;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline's sound tracks as {@code <ff-timeline>} reads them ({@code tracksJson}): each dialogue line as a block
 * at its film frames with its waveform, and the music bed's waveform under the whole film. Waveforms are peaks — the
 * loudest sample of each stretch, 0..255 — read from the WAVs in the media store: one a film frame for a line, and at
 * most {@link #MUSIC_PEAKS} for the bed however long the film is. A file that cannot be read gives no peaks (the
 * block still shows), never an error on screen.
 */
final class SoundTracks {

    /** The bed's waveform has at most this many peaks: enough for a wide screen at any zoom that shows all of it. */
    static final int MUSIC_PEAKS = 4000;
    /** A line longer than this (in frames) gets coarser peaks. */
    private static final int LINE_PEAKS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(SoundTracks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SoundTracks() {
    }

    /**
     * The tracks document.
     *
     * @param lines the dialogue placed in the film (empty when there are no voices)
     * @param music the music bed, or null for none
     * @param fps the cut's frame rate
     * @param length the film's length in frames
     */
    static String json(@Nullable MediaStore store, List<TimedLine> lines, @Nullable MediaKey music, int fps,
            int length) {
        var voice = new ArrayList<Map<String, Object>>(lines.size());
        for (var line : lines) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("s", line.startFrame());
            entry.put("f", line.frames());
            entry.put("o", line.overrun());
            entry.put("t", line.character() + ": " + line.text());
            if (store != null && line.audio() != null) {
                int per = Math.max(1, (line.frames() + LINE_PEAKS - 1) / LINE_PEAKS);
                entry.put("p", Map.of("from", line.startFrame(), "per", per,
                        "v", peaks(store, line.audio(), fps, per)));
            }
            voice.add(entry);
        }
        var doc = new LinkedHashMap<String, Object>();
        doc.put("voice", voice);
        if (store != null && music != null && length > 0) {
            int per = Math.max(1, (length + MUSIC_PEAKS - 1) / MUSIC_PEAKS);
            doc.put("music", Map.of("from", 0, "per", per, "v", peaks(store, music, fps, per)));
        }
        return JSON.writeValueAsString(doc);
    }

    /** Peaks of a WAV in the store, one per {@code framesPer} film frames; empty when it cannot be read. */
    static int[] peaks(MediaStore store, MediaKey key, int fps, int framesPer) {
        try {
            var stored = store.stat(key);
            if (stored.isEmpty()) {
                return new int[0];
            }
            try (var in = store.open(key, 0, stored.get().size())) {
                return peaks(in, fps, framesPer);
            }
        } catch (IOException | UnsupportedAudioFileException | RuntimeException unreadable) {
            LOG.debug("No waveform for {}: {}", key, unreadable.toString());
            return new int[0];
        }
    }

    /** Peaks of a WAV stream (any PCM rate and channel count), one per {@code framesPer} frames at {@code fps}. */
    static int[] peaks(InputStream wav, int fps, int framesPer) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new BufferedInputStream(wav))) {
            var format = source.getFormat();
            var pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                    format.getChannels(), format.getChannels() * 2, format.getSampleRate(), false);
            try (AudioInputStream samples = format.matches(pcm) ? source
                    : AudioSystem.getAudioInputStream(pcm, source)) {
                int channels = Math.max(1, format.getChannels());
                double perPeak = format.getSampleRate() * framesPer / fps;
                var out = new ArrayList<Integer>();
                var buffer = new byte[channels * 2 * 4096];
                long sample = 0;
                int max = 0;
                long nextEdge = Math.round(perPeak);
                int read;
                while ((read = samples.read(buffer)) > 0) {
                    for (int at = 0; at + channels * 2 <= read; at += channels * 2) {
                        for (int c = 0; c < channels; c++) {
                            int value = (short) ((buffer[at + c * 2] & 0xff) | (buffer[at + c * 2 + 1] << 8));
                            max = Math.max(max, Math.abs(value));
                        }
                        sample++;
                        if (sample >= nextEdge) {
                            out.add(Math.min(255, max * 255 / 32767));
                            max = 0;
                            nextEdge = Math.round((out.size() + 1) * perPeak);
                        }
                    }
                }
                if (sample > Math.round(out.size() * perPeak)) {
                    out.add(Math.min(255, max * 255 / 32767));
                }
                return out.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }
}
