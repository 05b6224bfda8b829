package org.filmfactory.factory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.platform.CommandArguments;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderStage;
import org.filmfactory.render.RenderedFilm;
import org.jspecify.annotations.Nullable;

/**
 * {@code render SCRIPT.fountain --out DIR [--preset vertical|horizontal|square|preview] [--lang zh|en]
 * [--no-subtitles] [--seed N]}: the whole road from a screenplay to a film, offline and without the studio (no Spring,
 * no web server, no database, no cluster). The script is broken down with the studio's rules, every shot drawn by the
 * offline animatic, every dialogue line spoken by espeak-ng and timed into its shot (a shot lengthens to fit its
 * lines), the built-in score mixed under the voices, and the film rendered by the studio's own engine into
 * {@code DIR/NAME.mp4} with {@code NAME.srt} and {@code NAME.vtt} beside it ({@code NAME} from the script's file
 * name). Finished video segments and the score are kept in {@code DIR/.segments}, so running it again after a small
 * change of the script re-renders only what changed.
 *
 * <p>Progress goes to {@code out}: the stage and the percentage of the whole. Exit status: 0 when the film was
 * written; 1 when the script cannot be read, is empty or is not a screenplay, the output folder cannot be written or
 * the render failed; 2 for bad arguments. Errors are one line on {@code err}, never a stack trace. Messages are in the
 * language of the machine's locale (English or Chinese).
 */
public final class RenderCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "render";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String SEGMENTS = ".segments";
    static final String OUT = "--out";
    static final String LANG = "--lang";
    static final String PRESET = "--preset";
    static final String SEED = "--seed";
    static final String NO_SUBTITLES = "--no-subtitles";
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Making the voices and the music is this much of the whole; the engine's render is the rest. */
    private static final int SOUND_SHARE = 12;
    private static final int VOICES_SHARE = 9;

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Translations translations = new Translations();

    private RenderCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = Translations.supported(locale);
    }

    /** The choices the arguments make. */
    record Options(Path script, Path out, @Nullable Locale language, Preset preset, boolean subtitles, long seed) {
    }

    /** Runs the command with messages in the default locale's language; {@code args} may start with {@value #NAME}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Locale.getDefault());
    }

    /** Runs the command with messages in {@code messages}' language (English or Chinese). */
    static int run(String[] args, PrintStream out, PrintStream err, Locale messages) {
        return new RenderCommand(out, err, messages).run(args);
    }

    private int run(String[] args) {
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(args, NAME, Set.of(OUT, LANG, PRESET, SEED), Set.of(NO_SUBTITLES));
        } catch (CommandArguments.Refused e) {
            return switch (e.problem()) {
                case NEEDS_VALUE -> usage("factory.render.error.needs-value", e.subject());
                case UNKNOWN_OPTION -> usage("factory.render.error.option", e.subject());
            };
        }
        if (arguments.help()) {
            out.println(words("factory.render.usage"));
            out.flush();
            return OK;
        }
        Locale language = null;
        var lang = arguments.value(LANG);
        if (lang != null) {
            language = CommandArguments.language(lang);
            if (language == null) {
                return usage("factory.render.error.language", lang);
            }
        }
        Preset preset = Preset.VERTICAL;
        var presetName = arguments.value(PRESET);
        if (presetName != null) {
            var chosen = preset(presetName);
            if (chosen == null) {
                return usage("factory.render.error.preset", presetName);
            }
            preset = chosen;
        }
        long seed = 1;
        var seedValue = arguments.value(SEED);
        if (seedValue != null) {
            try {
                seed = Long.parseLong(seedValue);
            } catch (NumberFormatException e) {
                return usage("factory.render.error.seed", seedValue);
            }
        }
        if (arguments.operands().size() > 1) {
            return usage("factory.render.error.two-scripts");
        }
        if (arguments.operands().isEmpty()) {
            return usage("factory.render.error.no-script");
        }
        var dir = arguments.value(OUT);
        if (dir == null) {
            return usage("factory.render.error.no-out");
        }
        try {
            return render(new Options(Path.of(arguments.operands().getFirst()), Path.of(dir), language, preset,
                    !arguments.has(NO_SUBTITLES), seed));
        } catch (InvalidPathException e) {
            return failed("factory.render.error.path", e.getInput());
        }
    }

    private int render(Options options) {
        var file = options.script();
        String text;
        try {
            text = read(file);
        } catch (NoSuchFileException e) {
            return failed("factory.render.error.missing", file);
        } catch (CharacterCodingException e) {
            return failed("factory.render.error.binary", file);
        } catch (IOException | SecurityException e) {
            return failed("factory.render.error.read", file, reason(e));
        }
        if (text.isBlank()) {
            return failed("factory.render.error.empty", file);
        }
        var language = options.language() != null ? options.language() : CommandArguments.guessLanguage(text);
        var breakdown = ScriptBreakdown.of(text, language);
        if (breakdown.scenes().isEmpty() || breakdown.shots().isEmpty()) {
            return failed("factory.render.error.not-a-screenplay", file);
        }
        var dir = options.out();
        try {
            Files.createDirectories(dir);
            var probe = Files.createTempFile(dir, ".render", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return failed("factory.render.error.out", dir, reason(e));
        }
        var preset = options.preset();
        say("factory.render.start", String.valueOf(breakdown.scenes().size()),
                String.valueOf(breakdown.shots().size()), String.valueOf(preset.width()),
                String.valueOf(preset.height()), String.valueOf(preset.fps()), dir);
        var progress = new ProgressLine();
        Path work = null;
        try {
            work = Files.createTempDirectory(dir, ".render-");
            progress.show(RenderStage.PREPARING, 0, 0, 0);
            var cache = dir.resolve(SEGMENTS);
            var plan = ScriptFilm.plan(breakdown, language, preset, options.seed(), options.subtitles(), work, cache,
                    (scene, shot) -> words("factory.render.shot", String.valueOf(scene), String.valueOf(shot)),
                    (stage, done, total) -> progress.show(stage, total == 0 ? 0 : stage == RenderStage.VOICES
                            ? done * VOICES_SHARE / total
                            : VOICES_SHARE + done * (SOUND_SHARE - VOICES_SHARE) / total, 0, 0));
            var engine = new FilmEngine(EncoderSettings.DEFAULTS);
            RenderedFilm film = engine.render(plan, dir, filmName(file), new FolderSegmentCache(cache),
                    (stage, percent, segment, segments) -> progress.show(stage,
                            SOUND_SHARE + percent * (100 - SOUND_SHARE) / 100, segment, segments),
                    () -> Thread.currentThread().isInterrupted());
            progress.show(RenderStage.CHECKING, 100, 0, 0);
            say("factory.render.done", film.film().getFileName(), film.srt().getFileName(),
                    film.vtt().getFileName(), String.format(Locale.ROOT, "%.2f", film.duration().toMillis() / 1000.0),
                    String.valueOf(film.frames()));
            return OK;
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            return failed("factory.render.error.stopped");
        } catch (UserFacingException e) {
            return failed("factory.render.error.render",
                    translations.translate(locale, e.messageKey(), e.arguments()));
        } catch (IOException | RuntimeException e) {
            return failed("factory.render.error.render", reason(e));
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }

    /**
     * Prints a progress line when the stage changes, a new segment of the picture starts, or the whole has moved on by
     * a few percent.
     */
    private final class ProgressLine {

        private static final int STEP = 5;
        private @Nullable RenderStage stage;
        private int percent = -1;
        private int segment = -1;

        void show(RenderStage now, int percentNow, int segmentNow, int segments) {
            int shown = Math.max(percent, Math.min(100, percentNow));
            // Within the picture a line per segment; elsewhere one per few percent.
            boolean moved = segmentNow > 0 ? segmentNow != segment : shown >= percent + STEP;
            if (now == stage && !moved && !(shown == 100 && percent < 100)) {
                return;
            }
            stage = now;
            percent = shown;
            segment = segmentNow;
            var name = words("factory.render.stage." + now.name().toLowerCase(Locale.ROOT));
            if (segmentNow > 0) {
                name = words("factory.render.segment", name, String.valueOf(segmentNow), String.valueOf(segments));
            }
            say("factory.render.progress", String.format(Locale.ROOT, "%3d", shown), name);
        }
    }

    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory, not a screenplay file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new CharacterCodingException();
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The film's name: the script's file name without its extension, reduced to safe characters. */
    static String filmName(Path script) {
        var name = script.getFileName() == null ? "" : script.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return name.isEmpty() ? "film" : name;
    }

    /** The preset named on the command line ({@code vertical}, {@code preview}, …), or null. */
    static @Nullable Preset preset(String value) {
        for (var preset : Preset.values()) {
            if (preset.id().equalsIgnoreCase(value.strip())) {
                return preset;
            }
        }
        return null;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Leftover sound files in a hidden folder are harmless; the film itself is complete or absent.
        }
    }

    private static String reason(Exception e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private String words(String key, Object... arguments) {
        return translations.translate(locale, key, arguments);
    }

    private void say(String key, Object... arguments) {
        out.println(words(key, arguments));
        out.flush();
    }

    private int usage(String key, Object... arguments) {
        err.println(words("factory.render.error", words(key, arguments)));
        err.println(words("factory.render.usage"));
        err.flush();
        return USAGE;
    }

    private int failed(String key, Object... arguments) {
        err.println(words("factory.render.error", words(key, arguments)));
        err.flush();
        return FAILED;
    }
}
