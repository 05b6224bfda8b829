package org.filmfactory.take.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.animatic.StillMotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The files of a take: a still animated into a clip, the clip probed, its poster and thumbnail cut, and all three
 * stored under {@code projects/<project>/takes/<take id>/}. A take id is new for every run, so a repeated run never
 * mixes its files with another's; what a failed or losing run stored is removed again.
 */
@Component
public class TakeMedia {

    private static final Logger log = LoggerFactory.getLogger(TakeMedia.class);

    private final MediaStore store;
    private final MediaProbe probe;
    private final Stills stills;
    private final VideoEncoder encoder;

    TakeMedia(MediaStore store, MediaProbe probe, Stills stills, VideoEncoder encoder) {
        this.store = store;
        this.probe = probe;
        this.stills = stills;
        this.encoder = encoder;
    }

    /** The keys a take's files are stored under and what its clip is. */
    public record Stored(MediaKey clip, MediaKey poster, MediaKey thumbnail, MediaInfo info) {
    }

    public MediaInfo probe(Path file) {
        return probe.probe(file);
    }

    /** An uploaded file taken in ({@link MediaProbe#receive}). */
    public MediaInfo receive(InputStream content, Path file, long max, String fileName) throws IOException {
        return probe.receive(content, file, max, fileName);
    }

    /** Animates a generator's still by the shot's camera move over its duration ({@link StillMotion}). */
    public Path animate(Path picture, ShotBrief brief, Path target, IntConsumer percentDone, BooleanSupplier stopping)
            throws IOException {
        var image = ImageIO.read(picture.toFile());
        if (image == null) {
            throw new MediaRefused("media.refused.unknown-type", picture.getFileName().toString());
        }
        var motion = new StillMotion(image, brief);
        encoder.encode(brief.format(), motion.frameCount(), motion, target, percentDone, stopping);
        return target;
    }

    /**
     * Animates an uploaded picture over {@code duration}: it fills the frame and the camera slowly pushes in (5 %),
     * so a still reads as a shot on the storyboard and in the cut.
     */
    public Path animate(Path picture, VideoFormat format, Duration duration, Path target, IntConsumer percentDone,
            BooleanSupplier stopping) throws IOException {
        var image = ImageIO.read(picture.toFile());
        if (image == null) {
            throw new MediaRefused("media.refused.unknown-type", picture.getFileName().toString());
        }
        int frames = (int) Math.max(1, Math.round(duration.toMillis() * format.fps() / 1000.0));
        double cover = Math.max(format.width() / (double) image.getWidth(),
                format.height() / (double) image.getHeight());
        encoder.encode(format, frames, (g, frame) -> {
            double zoom = cover * (1.0 + 0.05 * frame / Math.max(1, frames - 1));
            int w = (int) Math.round(image.getWidth() * zoom);
            int h = (int) Math.round(image.getHeight() * zoom);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, (format.width() - w) / 2, (format.height() - h) / 2, w, h, null);
        }, target, percentDone, stopping);
        return target;
    }

    /**
     * Cuts the poster and thumbnail of {@code clip} (in {@code work}) and stores the three files of take
     * {@code takeId}. Nothing stays stored when it fails.
     */
    public Stored store(ProjectId projectId, UUID takeId, Path clip, MediaInfo info, Path work) throws IOException {
        var poster = work.resolve("poster.jpg");
        var thumbnail = work.resolve("thumbnail.jpg");
        if (info.kind() == MediaInfo.Kind.IMAGE) {
            BufferedImage picture = ImageIO.read(clip.toFile());
            stills.writeJpeg(picture, poster, 0.9f);
            stills.thumbnail(picture, thumbnail);
        } else {
            stills.poster(clip, poster);
            stills.thumbnail(clip, thumbnail);
        }
        var folder = "projects/" + projectId + "/takes/" + takeId;
        var keys = new Stored(new MediaKey(folder + "/clip." + extension(info.contentType())),
                new MediaKey(folder + "/poster.jpg"), new MediaKey(folder + "/thumbnail.jpg"), info);
        var stored = new ArrayList<MediaKey>();
        try {
            store.put(keys.clip(), clip, info.contentType());
            stored.add(keys.clip());
            store.put(keys.poster(), poster, "image/jpeg");
            stored.add(keys.poster());
            store.put(keys.thumbnail(), thumbnail, "image/jpeg");
            stored.add(keys.thumbnail());
        } catch (IOException | RuntimeException failed) {
            delete(stored);
            throw failed;
        }
        return keys;
    }

    /** Removes files that will never belong to a take (a failed or repeated run); logs what it cannot remove. */
    public void delete(List<MediaKey> keys) {
        for (var key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException failed) {
                log.warn("Could not remove {} of a take that was not stored: {}", key, failed.toString());
            }
        }
    }

    public static List<MediaKey> keys(Stored stored) {
        return List.of(stored.clip(), stored.poster(), stored.thumbnail());
    }

    /** A work folder of its own for one run, deleted by {@link #clean}. */
    public static Path workFolder() throws IOException {
        return Files.createTempDirectory("take-");
    }

    public static void clean(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failed) {
            log.warn("Could not clean the work folder {}: {}", folder, failed.toString());
        }
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "video/mp4" -> "mp4";
            case "video/quicktime" -> "mov";
            case "video/webm" -> "webm";
            case "video/x-matroska" -> "mkv";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            default -> "bin";
        };
    }
}
