package org.filmfactory.render.internal.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.FilmAssembly;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.platform.VideoFrames;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.CutNotRenderable;
import org.filmfactory.render.RenderListener;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.RenderStage;
import org.filmfactory.render.RenderedFilm;
import org.filmfactory.render.SegmentCache;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One render of a plan, start to finish (see {@link org.filmfactory.render.FilmEngine}):
 * <ol>
 * <li>PICTURE: the film split into {@link Segment}s; a segment the cache has is reused, any other is drawn by a
 *     {@link SegmentPainter} and encoded (drawing on its own thread), then kept in the cache at once, so a render that
 *     dies resumes from its last finished segment;</li>
 * <li>JOINING: the segments joined by packet copy;</li>
 * <li>MIXING: the sound mixed once, exactly the film's length;</li>
 * <li>FINISHING: the sound encoded to AAC and muxed beside the picture with the index first, the MP4 moved into place,
 *     SRT and WebVTT written;</li>
 * <li>CHECKING: the frames counted and the loudness measured on the MP4.</li>
 * </ol>
 * Progress goes to the listener with a percent that never goes back. Work files live in a hidden folder beside the
 * film, deleted at the end whatever happens.
 */
public final class FilmRendering {

    /** Share of the whole render the picture takes (the rest is joining, mixing, muxing, checking). */
    private static final int PICTURE_PERCENT = 85;
    private static final Logger LOG = LoggerFactory.getLogger(FilmRendering.class);

    private final VideoEncoder encoder;
    private final int segmentSeconds;
    private final Sound sound;

    /** The film's sound: mixed into a WAV, and measured on the finished film. */
    public interface Sound {

        Loudness mix(SoundMix mix, Path wav) throws IOException;

        Loudness measure(Path film) throws IOException;

        /** The platform's {@link SoundMixer}. */
        Sound MIXER = new Sound() {
            @Override
            public Loudness mix(SoundMix mix, Path wav) throws IOException {
                return SoundMixer.mix(mix, wav);
            }

            @Override
            public Loudness measure(Path film) throws IOException {
                return SoundMixer.measure(film);
            }
        };
    }

    public FilmRendering(EncoderSettings encoder, int segmentSeconds, Sound sound) {
        if (segmentSeconds < 1) {
            throw new IllegalArgumentException("segments last at least one second, not " + segmentSeconds);
        }
        this.encoder = new VideoEncoder(encoder);
        this.segmentSeconds = segmentSeconds;
        this.sound = sound;
    }

    public RenderedFilm render(RenderPlan plan, Path folder, String name, SegmentCache cache,
            RenderListener listener, BooleanSupplier stopping) throws IOException {
        if (plan.frames() <= 0 || plan.clips().isEmpty() && !plan.title().shown() && !plan.end().shown()) {
            throw new CutNotRenderable("render.error.empty");
        }
        var preset = plan.preset();
        var format = new VideoFormat(preset.width(), preset.height(), preset.fps());
        var segments = Segment.split(plan, encoder.settings(), segmentSeconds * preset.fps());
        var progress = new Progress(listener, segments.size());
        progress.report(RenderStage.PICTURE, 0, 1);
        var cached = new ArrayList<@Nullable Path>();
        var missing = new ArrayList<Segment>();
        for (var segment : segments) {
            var found = cache.find(segment.key());
            cached.add(found.orElse(null));
            if (found.isEmpty()) {
                missing.add(segment);
            }
        }
        checkSources(plan, missing);
        Files.createDirectories(folder);
        var work = Files.createTempDirectory(folder, "." + name + ".render-");
        try {
            var parts = new ArrayList<Path>();
            var pictures = new FilmPictures(plan);
            var rendered = 0;
            var reused = 0;
            for (var segment : segments) {
                stopIf(stopping);
                var done = segment.from() * PICTURE_PERCENT / plan.frames();
                var next = segment.to() * PICTURE_PERCENT / plan.frames();
                var found = cached.get(segment.index());
                if (found != null) {
                    parts.add(found);
                    reused++;
                } else {
                    progress.report(RenderStage.PICTURE, done, segment.index() + 1);
                    var part = work.resolve("segment-" + segment.index() + ".mp4");
                    try (var painter = new SegmentPainter(plan, segment, pictures)) {
                        encoder.encodeSegment(format, segment.frames(), preset.maxVideoKbps(), painter, part,
                                percent -> progress.report(RenderStage.PICTURE,
                                        done + (next - done) * percent / 100, segment.index() + 1),
                                stopping);
                    } catch (SegmentPainter.ClipBroken e) {
                        LOG.info("clip {} cannot be decoded: {}", e.label(), e.getCause().getMessage());
                        throw new CutNotRenderable("render.error.clip", e.label());
                    }
                    var kept = work.resolve("kept-" + segment.index() + ".mp4");
                    Files.copy(part, kept, StandardCopyOption.REPLACE_EXISTING);
                    cache.keep(segment.key(), kept);
                    parts.add(part);
                    rendered++;
                }
                progress.report(RenderStage.PICTURE, next, segment.index() + 1);
            }
            stopIf(stopping);
            progress.report(RenderStage.JOINING, PICTURE_PERCENT + 1, 0);
            var picture = FilmAssembly.join(parts, work.resolve("picture.mp4"));
            stopIf(stopping);

            progress.report(RenderStage.MIXING, PICTURE_PERCENT + 3, 0);
            var samples = Math.round(plan.frames() * (double) SoundMix.RATE / preset.fps());
            var wav = work.resolve("sound.wav");
            var mix = plan.sound();
            sound.mix(new SoundMix(samples, mix.voices(), mix.music()), wav);
            stopIf(stopping);

            progress.report(RenderStage.FINISHING, PICTURE_PERCENT + 8, 0);
            var film = folder.resolve(name + ".mp4");
            var srt = folder.resolve(name + ".srt");
            var vtt = folder.resolve(name + ".vtt");
            var muxed = FilmAssembly.mux(picture.path(), wav, samples, preset.audioKbps(), film);
            SubtitleFiles.write(srt, SubtitleFiles.srt(plan.cues(), preset.fps()));
            SubtitleFiles.write(vtt, SubtitleFiles.vtt(plan.cues(), preset.fps()));

            progress.report(RenderStage.CHECKING, PICTURE_PERCENT + 12, 0);
            if (muxed.frames() != plan.frames()) {
                Files.deleteIfExists(film);
                throw new IOException("the film has " + muxed.frames() + " frames, not " + plan.frames());
            }
            var loudness = sound.measure(film);
            progress.report(RenderStage.CHECKING, 100, 0);
            return new RenderedFilm(film, srt, vtt, muxed.frames(),
                    Duration.ofNanos(Math.round(plan.frames() * 1e9 / preset.fps())), loudness, rendered, reused);
        } finally {
            deleteTree(work);
        }
    }

    public int segmentSeconds() {
        return segmentSeconds;
    }

    /**
     * Every file a segment to be drawn needs opens and decodes, before anything is drawn: a missing or broken take
     * fails the render at once, naming its clip. (A file cut short past its first frames is caught while drawing.)
     */
    private static void checkSources(RenderPlan plan, List<Segment> missing) throws CutNotRenderable {
        var checked = new HashSet<Path>();
        for (var clip : plan.clips()) {
            if (!(clip.source() instanceof ClipSource.VideoFile file)) {
                continue;
            }
            var needed = missing.stream().anyMatch(segment -> Segment.overlaps(clip.start(),
                    clip.start() + clip.frames(), segment.from(), segment.to()));
            if (!needed || checked.contains(file.file())) {
                continue;
            }
            // Decoded at the film's size, as drawing will: a tiny box gave odd sizes the frame conversion refuses.
            try (var frames = VideoFrames.open(file.file(), plan.preset().width(), plan.preset().height(), 0)) {
                frames.at(0);
                checked.add(file.file());
            } catch (IOException e) {
                LOG.info("clip {} cannot be decoded: {}", clip.label(), e.getMessage());
                throw new CutNotRenderable("render.error.clip", clip.label());
            }
        }
    }

    private static void stopIf(BooleanSupplier stopping) throws InterruptedIOException {
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("render stopped");
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the work folder {}: {}", folder, e.getMessage());
        }
    }

    /** Passes progress on, never letting the percent go back. */
    private static final class Progress {

        private final RenderListener listener;
        private final int segments;
        private int percent = -1;
        private RenderStage stage = RenderStage.PICTURE;
        private int segment;

        Progress(RenderListener listener, int segments) {
            this.listener = listener;
            this.segments = segments;
        }

        void report(RenderStage stage, int percent, int segment) {
            var next = Math.max(this.percent, Math.min(100, percent));
            if (next == this.percent && stage == this.stage && segment == this.segment) {
                return;
            }
            this.percent = next;
            this.stage = stage;
            this.segment = segment;
            listener.progress(stage, next, segment, segments);
        }
    }
}
