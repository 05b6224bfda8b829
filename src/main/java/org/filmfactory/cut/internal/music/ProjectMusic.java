package org.filmfactory.cut.internal.music;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.cut.MusicRefused;
import org.filmfactory.cut.Score;
import org.filmfactory.cut.ScoreScene;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Service;

/**
 * {@link Music}: the choice in {@link MusicRows}, beds in the media store.
 *
 * <p>A bed is a 48 kHz stereo WAV normalised to the films' loudness (so the choice's gain means the same for the
 * score and for any upload) under {@code projects/<id>/music/<hash>.wav}, the hash taken over everything it is made
 * from: for the score, the composer's version, the seed and every scene's heading, text and length; for an upload,
 * its original file. The same inputs find the file already there and make nothing. Two nodes making the same bed at
 * once write the same bytes, and the store's atomic put keeps either.
 */
@Service
class ProjectMusic implements Music {

    /** Goes up when the composer changes what it writes, so beds cached from an older one are not reused. */
    static final String SCORE_VERSION = "score-1";
    /** A file that is media but not a sound track (a picture, a video): argument the file name. */
    static final String NOT_SOUND = "cut.music.not-sound";

    private final ProjectAccess access;
    private final MusicRows rows;
    private final MediaStore store;
    private final MediaProbe probe;
    private final MediaSettings settings;
    private final Breakdowns breakdowns;
    private final Clock clock;

    ProjectMusic(ProjectAccess access, MusicRows rows, MediaStore store, MediaProbe probe, MediaSettings settings,
            Breakdowns breakdowns, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.store = store;
        this.probe = probe;
        this.settings = settings;
        this.breakdowns = breakdowns;
        this.clock = clock;
    }

    @Override
    public MusicChoice choice(ProjectId project) {
        access.require(project, Permission.VIEW);
        return rows.find(project).map(MusicRows.Stored::choice).orElse(MusicChoice.DEFAULT);
    }

    /**
     * Sets the source, seed and gain. Choosing {@code UPLOAD} keeps the track last uploaded (its name comes from the
     * stored row, not from {@code choice}); with none uploaded yet it is refused ({@code cut.music.no-track}).
     */
    @Override
    public void choose(ProjectId project, MusicChoice choice) {
        access.require(project, Permission.EDIT_CUT);
        if (!Double.isFinite(choice.gainDb()) || choice.gainDb() < -40 || choice.gainDb() > 6) {
            throw new MusicRefused("cut.music.gain-range");
        }
        var stored = rows.find(project);
        var trackKey = stored.map(MusicRows.Stored::trackKey).orElse(null);
        var trackName = stored.map(s -> s.choice().track()).orElse(null);
        if (choice.source() == MusicChoice.Source.UPLOAD && trackKey == null) {
            throw new MusicRefused("cut.music.no-track");
        }
        rows.save(project, new MusicRows.Stored(
                new MusicChoice(choice.source(), choice.seed(), trackName, choice.gainDb()), trackKey),
                clock.instant());
    }

    @Override
    public MusicChoice upload(ProjectId project, String fileName, InputStream content, long declaredSize) {
        access.require(project, Permission.EDIT_CUT);
        var max = settings.maxUpload().toBytes();
        if (declaredSize > max) {
            throw MediaRefused.tooLarge(fileName, declaredSize, max);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("music-upload-");
            var file = work.resolve("upload");
            MediaInfo info;
            try {
                info = probe.receive(content, file, max, fileName);
            } catch (MediaRefused refused) {
                if (!refused.messageKey().equals("media.refused.unknown-type")) {
                    throw refused;
                }
                throw new MediaRefused(NOT_SOUND, fileName);
            }
            if (info.kind() != MediaInfo.Kind.AUDIO || info.duration().isZero()) {
                throw new MediaRefused(NOT_SOUND, fileName);
            }
            var bed = work.resolve("bed.wav");
            normalise(file, frames(info), bed, fileName);
            var trackKey = MediaKey.of("projects", project.toString(), "music",
                    "upload-" + UUID.randomUUID() + "." + extension(info.contentType()));
            var bedKey = uploadBedKey(project, trackKey);
            store.put(trackKey, file, info.contentType());
            try {
                store.put(bedKey, bed, "audio/wav");
                var before = rows.find(project).map(MusicRows.Stored::choice).orElse(MusicChoice.DEFAULT);
                var choice = new MusicChoice(MusicChoice.Source.UPLOAD, before.seed(), shortName(fileName),
                        before.gainDb());
                rows.save(project, new MusicRows.Stored(choice, trackKey.path()), clock.instant());
                return choice;
            } catch (IOException | RuntimeException failed) {
                store.delete(trackKey);
                store.delete(bedKey);
                throw failed;
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (work != null) {
                clean(work);
            }
        }
    }

    @Override
    public Optional<MediaKey> bed(ProjectId project, CutSnapshot cut) {
        access.require(project, Permission.VIEW);
        if (!cut.project().equals(project)) {
            throw new NotAllowed(Permission.VIEW);
        }
        var stored = rows.find(project);
        var choice = stored.map(MusicRows.Stored::choice).orElse(MusicChoice.DEFAULT);
        try {
            return switch (choice.source()) {
                case NONE -> Optional.empty();
                case UPLOAD -> Optional.of(uploadBed(project, new MediaKey(stored.orElseThrow().trackKey())));
                case SCORE -> Optional.of(scoreBed(project, ScoreScenes.of(cut, breakdowns), choice.seed()));
            };
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The key the score's bed for these scenes and seed has (made or not). */
    static MediaKey scoreBedKey(ProjectId project, List<ScoreScene> scenes, long seed) {
        var text = new StringBuilder(SCORE_VERSION).append('\n').append(seed);
        for (var scene : scenes) {
            text.append('\n').append(scene.heading()).append('\u0000').append(scene.text()).append('\u0000')
                    .append(Double.toString(scene.seconds()));
        }
        return MediaKey.of("projects", project.toString(), "music", hash(text.toString()) + ".wav");
    }

    static MediaKey uploadBedKey(ProjectId project, MediaKey trackKey) {
        return MediaKey.of("projects", project.toString(), "music", hash("upload\n" + trackKey.path()) + ".wav");
    }

    private MediaKey scoreBed(ProjectId project, List<ScoreScene> scenes, long seed) throws IOException {
        var key = scoreBedKey(project, scenes, seed);
        if (store.stat(key).isPresent()) {
            return key;
        }
        var work = Files.createTempDirectory("music-score-");
        try {
            var score = work.resolve("score.wav");
            var seconds = Score.compose(scenes, seed, score);
            var bed = work.resolve("bed.wav");
            normalise(score, Math.round(seconds * SoundMix.RATE), bed, "score");
            store.put(key, bed, "audio/wav");
            return key;
        } finally {
            clean(work);
        }
    }

    /** An upload's bed, decoded again from the original when it went missing from the store. */
    private MediaKey uploadBed(ProjectId project, MediaKey trackKey) throws IOException {
        var key = uploadBedKey(project, trackKey);
        if (store.stat(key).isPresent()) {
            return key;
        }
        var work = Files.createTempDirectory("music-upload-");
        try {
            var original = work.resolve("original");
            store.copyTo(trackKey, original);
            var info = probe.probe(original);
            var bed = work.resolve("bed.wav");
            normalise(original, frames(info), bed, trackKey.fileName());
            store.put(key, bed, "audio/wav");
            return key;
        } finally {
            clean(work);
        }
    }

    /** Decodes any sound to a 48 kHz stereo WAV at the films' loudness (the mixer with one "line" and no bed). */
    private static void normalise(Path sound, long frames, Path wav, String name) throws IOException {
        try {
            SoundMixer.mix(new SoundMix(frames, List.of(new SoundMix.Voice(sound, 0, 0)), null), wav);
        } catch (IOException failed) {
            throw new MediaRefused("media.refused.corrupt", name);
        }
    }

    private static long frames(MediaInfo info) {
        return Math.round(info.duration().toNanos() * (SoundMix.RATE / 1e9));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "audio/mpeg" -> "mp3";
            case "audio/wav" -> "wav";
            case "audio/mp4" -> "m4a";
            case "audio/ogg" -> "ogg";
            case "audio/flac" -> "flac";
            case "audio/aac" -> "aac";
            case "audio/webm" -> "webm";
            case "audio/x-matroska" -> "mka";
            default -> "bin";
        };
    }

    private static String shortName(String fileName) {
        var name = fileName.strip();
        var slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }



    private static void clean(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
