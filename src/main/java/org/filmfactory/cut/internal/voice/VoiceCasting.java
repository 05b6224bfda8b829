package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.CastVoice;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.DialogueLine;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.Voices;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cast's voices and the dialogue placed in the cut. Lines are made when first needed and kept: in the media store
 * under {@code projects/<id>/voices/<hash>.wav}, with their length in {@code cut_voice_line}, keyed by voice, speaker
 * and text, so a second {@link #timedLines} makes nothing and reads a handful of rows. Not transactional as a whole:
 * making voices takes a while and must not hold a database transaction.
 */
@Service
class VoiceCasting implements Voices {

    /** Frames of silence between a clip's start and its first line, and between two lines. */
    static final int LEAD_IN = 6;
    static final int GAP = 6;
    private static final Logger LOG = LoggerFactory.getLogger(VoiceCasting.class);

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final Breakdowns breakdowns;
    private final VoiceStore store;
    private final MediaStore media;
    private final MediaProbe probe;
    private final MediaSettings mediaSettings;
    private final SpeechApi api;
    private final PiperVoices piper;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VoiceCasting(ProjectAccess access, ProjectManagement projects, Breakdowns breakdowns, VoiceStore store,
            MediaStore media, MediaProbe probe, MediaSettings mediaSettings, SpeechApi api, PiperVoices piper,
            TransactionTemplate transactions, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.breakdowns = breakdowns;
        this.store = store;
        this.media = media;
        this.probe = probe;
        this.mediaSettings = mediaSettings;
        this.api = api;
        this.piper = piper;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<VoiceOption> options(ProjectId project) {
        access.require(project, Permission.VIEW);
        return options(language(project));
    }

    private List<VoiceOption> options(Locale language) {
        var options = new ArrayList<VoiceOption>();
        var languages = new ArrayList<>(EspeakVoice.languagesFor(language));
        if (languages.contains("cmn")) {
            // A Chinese script may have characters who speak English.
            languages.add("en-us");
        }
        for (var name : languages) {
            var plain = new EspeakVoice(name, null);
            options.add(new VoiceOption(plain.id(), name, EspeakVoice.ENGINE, plain.locale()));
            for (var variant : EspeakVoice.VARIANTS) {
                var voice = new EspeakVoice(name, variant);
                options.add(new VoiceOption(voice.id(), name + " " + variant, EspeakVoice.ENGINE, voice.locale()));
            }
        }
        options.addAll(piper.options());
        options.addAll(api.options(language));
        return List.copyOf(options);
    }

    @Override
    public List<CastVoice> cast(ProjectId project) {
        access.require(project, Permission.VIEW);
        var language = language(project);
        var chosen = store.chosen(project);
        return dialogue(project).stream().map(Line::character).distinct()
                .map(character -> chosen.containsKey(character)
                        ? new CastVoice(character, chosen.get(character), true)
                        : new CastVoice(character, OfflineVoice.defaultVoice(character, language), false))
                .toList();
    }

    @Override
    public void choose(ProjectId project, String character, String voiceId) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        var speaking = dialogue(project).stream().anyMatch(line -> line.character().equals(character));
        var offered = options(language(project)).stream().anyMatch(option -> option.id().equals(voiceId));
        if (!speaking || !offered) {
            throw new CutChangeRefused("cut.error.voice", character, voiceId);
        }
        store.choose(project, character, voiceId, member.userId(), clock.instant());
    }

    @Override
    public List<TimedLine> timedLines(ProjectId project, CutSnapshot cut) {
        access.require(project, Permission.VIEW);
        if (!cut.project().equals(project)) {
            throw new NotAllowed(Permission.VIEW);
        }
        var language = language(project);
        var shots = new LinkedHashMap<ShotId, Shot>();
        breakdowns.shots(project).forEach(shot -> shots.put(shot.id(), shot));
        var inCut = cut.clips().stream().map(clip -> shots.get(clip.shot())).filter(shot -> shot != null)
                .distinct().toList();
        var lines = breakdowns.scriptLines(project, inCut);
        var chosen = store.chosen(project);
        var made = store.made(project);
        var recordings = store.recordings(project);
        var starts = cut.starts();
        var spoken = new HashSet<ShotId>();
        var timed = new ArrayList<TimedLine>();
        for (int i = 0; i < cut.clips().size(); i++) {
            var clip = cut.clips().get(i);
            // A shot split into several clips speaks its lines once, from its first clip.
            if (!spoken.add(clip.shot())) {
                continue;
            }
            int at = starts[i] + LEAD_IN;
            int end = starts[i] + clip.frames();
            for (var line : lines.getOrDefault(clip.shot(), List.of())) {
                if (line.kind() != ScriptLine.Kind.DIALOGUE || line.character() == null) {
                    continue;
                }
                var character = line.character();
                var text = line.text();
                var lineKey = LineKeys.line(character, text);
                VoiceStore.@Nullable Sound sound = recordings.get(lineKey);
                if (sound == null && SpokenText.sayable(text)) {
                    var voice = chosen.getOrDefault(character, OfflineVoice.defaultVoice(character, language));
                    sound = voiceOf(project, character, text, voice, language, made);
                }
                int frames = sound == null ? cut.fps() : frames(sound.duration(), cut.fps());
                timed.add(new TimedLine(clip.id(), clip.shot(), lineKey, character, text, at, frames,
                        sound == null ? null : sound.media(), at + frames > end));
                at += frames + GAP;
            }
        }
        return List.copyOf(timed);
    }

    @Override
    public MediaKey sample(ProjectId project, String character) {
        access.require(project, Permission.VIEW);
        var line = dialogue(project).stream()
                .filter(candidate -> candidate.character().equals(character) && SpokenText.sayable(candidate.text()))
                .findFirst().orElseThrow(() -> new CutChangeRefused("cut.error.voice", character, ""));
        var language = language(project);
        var voice = store.chosen(project).getOrDefault(character, OfflineVoice.defaultVoice(character, language));
        return voiceOf(project, character, line.text(), voice, language, new HashMap<>()).media();
    }

    @Override
    public List<DialogueLine> lines(ProjectId project) {
        access.require(project, Permission.VIEW);
        var recordings = store.recordings(project);
        var seen = new HashSet<String>();
        var lines = new ArrayList<DialogueLine>();
        for (var line : dialogue(project)) {
            var key = LineKeys.line(line.character(), line.text());
            if (seen.add(key)) {
                var recording = recordings.get(key);
                lines.add(new DialogueLine(key, line.character(), line.text(),
                        recording == null ? null : recording.media()));
            }
        }
        return List.copyOf(lines);
    }

    @Override
    public void uploadLine(ProjectId project, String lineKey, String fileName, InputStream content,
            long declaredSize) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        if (!LineKeys.LINE_KEY.matcher(lineKey).matches() || dialogue(project).stream()
                .noneMatch(line -> LineKeys.line(line.character(), line.text()).equals(lineKey))) {
            throw new NotAllowed(Permission.EDIT_CUT);
        }
        long max = mediaSettings.maxUpload().toBytes();
        if (declaredSize > max) {
            throw MediaRefused.tooLarge(fileName, declaredSize, max);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("filmfactory-voice-");
            var file = work.resolve("upload");
            var info = probe.receive(content, file, max, fileName);
            if (info.kind() != MediaInfo.Kind.AUDIO) {
                throw new MediaRefused("cut.voice.refused.not-sound", fileName);
            }
            var key = MediaKey.of("projects", project.toString(), "voices",
                    "upload-" + UUID.randomUUID() + "." + extension(info.contentType()));
            media.put(key, file, info.contentType());
            var sound = new VoiceStore.Sound(key, info.duration());
            var name = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
            var replaced = transactions.execute(
                    tx -> store.record(project, lineKey, sound, name, member.userId(), clock.instant()));
            if (replaced != null && replaced.isPresent()) {
                media.delete(replaced.get());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            clean(work);
        }
    }

    /** The line's voice: from the cache, or made now, stored and remembered. */
    private VoiceStore.Sound voiceOf(ProjectId project, String character, String text, String voiceId,
            Locale language, Map<String, VoiceStore.Sound> made) {
        var voice = available(voiceId, character, language);
        var cacheKey = LineKeys.made(voice, character, text);
        var known = made.get(cacheKey);
        if (known != null) {
            return known;
        }
        var stored = store.made(project, cacheKey);
        if (stored.isPresent()) {
            made.put(cacheKey, stored.get());
            return stored.get();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("filmfactory-voice-");
            var file = work.resolve(cacheKey + ".wav");
            var duration = speak(text, voice, file);
            var key = MediaKey.of("projects", project.toString(), "voices", cacheKey + ".wav");
            media.put(key, file, "audio/wav");
            var sound = new VoiceStore.Sound(key, Duration.ofMillis(duration.toMillis()));
            store.remember(project, cacheKey, sound, clock.instant());
            made.put(cacheKey, sound);
            return sound;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            clean(work);
        }
    }

    private Duration speak(String text, String voiceId, Path target) throws IOException {
        if (voiceId.startsWith(PiperVoices.ENGINE + ":")) {
            return piper.speak(text, voiceId, target);
        }
        if (voiceId.startsWith(SpeechApi.ENGINE + ":")) {
            return api.speak(text, voiceId, target);
        }
        return OfflineVoice.speak(text, voiceId, target);
    }

    /** The chosen voice while it is still offered; the character's default when its folder or API went away. */
    private String available(String voiceId, String character, Locale language) {
        var known = EspeakVoice.parse(voiceId).isPresent() || api.offers(voiceId) || piper.model(voiceId).isPresent();
        if (known) {
            return voiceId;
        }
        LOG.warn("Voice {} is no longer offered; {} speaks with the default voice", voiceId, character);
        return OfflineVoice.defaultVoice(character, language);
    }

    /** The script's dialogue lines in order, speakers normalised, parentheticals left out. */
    private List<Line> dialogue(ProjectId project) {
        var shots = breakdowns.shots(project);
        var lines = new ArrayList<ScriptLine>();
        breakdowns.scriptLines(project, shots).values().forEach(lines::addAll);
        return lines.stream()
                .filter(line -> line.kind() == ScriptLine.Kind.DIALOGUE && line.character() != null)
                .sorted(Comparator.comparingInt(ScriptLine::firstLine)).distinct()
                .map(line -> new Line(line.character(), line.text())).toList();
    }

    private record Line(String character, String text) {
    }

    private Locale language(ProjectId project) {
        return projects.find(project).language().locale();
    }

    static int frames(Duration duration, int fps) {
        return (int) Math.max(1, (duration.toMillis() * fps + 999) / 1000);
    }



    private static String extension(String contentType) {
        return switch (contentType) {
            case "audio/wav", "audio/x-wav", "audio/wave" -> "wav";
            case "audio/mpeg" -> "mp3";
            case "audio/mp4", "audio/aac" -> "m4a";
            case "audio/ogg" -> "ogg";
            case "audio/flac" -> "flac";
            default -> "audio";
        };
    }

    private static void clean(@Nullable Path work) {
        if (work == null) {
            return;
        }
        try (var paths = Files.walk(work)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.debug("Could not clean {}: {}", work, e.toString());
        }
    }
}
