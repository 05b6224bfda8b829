package org.filmfactory.platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.filmfactory.platform.media.FilmMuxing;

/**
 * Puts a film together from parts made separately, without re-encoding the picture: video-only H.264 segments from
 * {@link VideoEncoder#encodeSegment} joined by packet copy, and the film's sound (a WAV, mixed once) encoded to AAC-LC
 * 48 kHz stereo and muxed beside the picture in an MP4 with the index first ({@code +faststart}). Usable without
 * Spring; stateless and thread-safe. Files are written to a temporary name in the target's folder and moved into place
 * when complete.
 */
public final class FilmAssembly {

    private FilmAssembly() {
    }

    /**
     * Joins video-only segments, in order, into one video-only MP4: each segment's timestamps are shifted by the
     * length of those before it.
     *
     * @param segments at least one, all encoded with the same settings and format
     * @return the joined picture
     */
    public static EncodedClip join(List<Path> segments, Path target) throws IOException {
        return atomically(target, temp -> FilmMuxing.join(segments, temp));
    }

    /**
     * Writes the film: {@code video}'s picture copied, {@code wav} (16-bit PCM, mono or stereo, any rate) encoded once
     * to AAC-LC 48 kHz stereo at {@code audioKbps}, exactly {@code samples} samples at 48 kHz long (cut or padded with
     * silence), in an MP4 with the moov atom before the media data.
     *
     * @return the film's picture as muxed (frames and the video track's length)
     */
    public static EncodedClip mux(Path video, Path wav, long samples, int audioKbps, Path target) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        var audio = Files.createTempFile(folder, "." + target.getFileName() + ".", ".m4a");
        try {
            FilmMuxing.encodeAac(wav, samples, audioKbps, audio);
            return atomically(target, temp -> FilmMuxing.mux(video, audio, temp));
        } finally {
            Files.deleteIfExists(audio);
        }
    }

    private static EncodedClip atomically(Path target, Writing writing) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        var temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".mp4");
        try {
            var muxed = writing.to(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            var fps = muxed.videoSeconds() > 0 ? (int) Math.round(muxed.videoFrames() / muxed.videoSeconds()) : 0;
            return new EncodedClip(target, muxed.videoFrames(),
                    Duration.ofNanos(Math.round(muxed.videoSeconds() * 1e9)), muxed.width(), muxed.height(), fps,
                    "h264");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface Writing {
        FilmMuxing.Muxed to(Path temp) throws IOException;
    }
}
