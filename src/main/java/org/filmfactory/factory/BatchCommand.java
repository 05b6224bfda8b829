package org.filmfactory.factory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.platform.CommandArguments;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.RenderStage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code batch DIR --out DIR [--preset vertical|horizontal|square|preview] [--workers N] [--retry-failed]}: the
 * production line without the studio. Every screenplay in the first folder (the files the studio imports:
 * {@code .fountain}, {@code .txt}, {@code .fdx}; not its sub-folders) becomes a film in the output folder, made the
 * way the {@code render} command makes one ({@link ScriptFilm}: the animatic drawn straight into the film encoder,
 * voices, music, subtitles), several at a time on a fixed pool of {@code --workers} threads (default: one per core,
 * which measured faster than half the cores even on two; drawing and encoding are CPU work, so no virtual threads).
 * Films start in name order, but with more than one worker they finish, and may print, in any order.
 *
 * <p>Each film is made in a private folder under {@code OUT/.batch-work} and moved into place when finished
 * ({@code NAME.srt}, {@code NAME.vtt}, then {@code NAME.mp4} by an atomic rename), so a killed batch never leaves
 * half a film under a final name. Beside it {@code NAME.film.json} records the script's SHA-256 and the preset it was
 * made with, or the stage, shot and reason it failed at. Running again skips every film already made from the same
 * script bytes and preset, does not try again a film that failed from an unchanged script unless
 * {@code --retry-failed} says so, and makes the rest; a film whose script changed is made again. A broken script
 * (binary, empty, larger than the studio's import limit, not a screenplay) fails alone with its stage and reason in
 * the studio's words; the others finish.
 *
 * <p>At the end {@code OUT/batch-report.json} and {@code OUT/batch-report.txt} list every script with what became of
 * it, and the text report is printed. Exit status: 0 when every script's film is in {@code OUT}; 1 when any failed
 * (this run or earlier, unchanged), when {@code DIR} holds no screenplay, when a folder cannot be read or written or
 * when another batch is writing into {@code OUT}; 2 for bad arguments. Errors are one line, never a stack trace;
 * messages are in the machine's language (English or Chinese).
 */
public final class BatchCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "batch";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String REPORT_JSON = "batch-report.json";
    static final String REPORT_TEXT = "batch-report.txt";
    /** Beside each film: what it was made from, or why it failed. */
    static final String RECORD = ".film.json";
    static final String WORK = ".batch-work";
    static final List<String> FORMATS = BatchScripts.FORMATS;
    /** The studio's own import limit ({@code filmfactory.screenplay.max-script-size}'s default). */
    static final long MAX_SCRIPT_BYTES = BatchScripts.MAX_SCRIPT_BYTES;
    static final int MAX_WORKERS = 64;
    private static final String OUT = "--out";
    private static final String PRESET = "--preset";
    private static final String WORKERS = "--workers";
    private static final String RETRY_FAILED = "--retry-failed";
    private static final long SEED = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Translations translations = new Translations();

    private BatchCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = Translations.supported(locale);
    }

    /** The choices the arguments make. */
    record Options(Path in, Path out, Preset preset, int workers, boolean retryFailed) {
    }

    /** Where a film's making stands, or where it stopped. */
    enum Stage {
        READING, BREAKDOWN, VOICES, MUSIC, PICTURE, JOINING, MIXING, FINISHING, CHECKING, SAVING;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Stage of(RenderStage stage) {
            return switch (stage) {
                case PREPARING -> BREAKDOWN;
                case VOICES -> VOICES;
                case MUSIC -> MUSIC;
                case PICTURE -> PICTURE;
                case JOINING -> JOINING;
                case MIXING -> MIXING;
                case FINISHING -> FINISHING;
                case CHECKING -> CHECKING;
            };
        }
    }

    /**
     * What {@code NAME.film.json} says about a film: the script and preset it was made from, and how it went.
     *
     * @param state {@code made} or {@code failed}
     * @param stage for a failure, the stage it stopped at ({@link Stage#id()})
     * @param shot for a failure, the shot being made when it stopped ("Scene 2, shot 1"), when there was one
     * @param reason for a failure, why, in the words of the machine's language
     * @param seconds how long the making took
     * @param bytes the film's size
     * @param duration the film's length in seconds
     * @param stageSeconds how long each stage took, in stage order (where the time goes)
     */
    record FilmRecord(String script, String sha256, String preset, String state, @Nullable String stage,
            @Nullable String shot, @Nullable String reason, double seconds, long bytes, double duration,
            Map<String, Double> stageSeconds) {

        static final String MADE = "made";
        static final String FAILED = "failed";
    }

    /**
     * One script's line in the report.
     *
     * @param state {@code made} (this run), {@code skipped} (made earlier from the same script and preset) or
     *     {@code failed} (this run, or earlier from the same script when {@code tried} is false)
     * @param tried whether this run tried to make it
     */
    record FilmLine(String script, String film, String state, boolean tried, String sha256, String preset,
            @Nullable String stage, @Nullable String shot, @Nullable String reason, double seconds, long bytes,
            double duration, Map<String, Double> stageSeconds) {

        static final String SKIPPED = "skipped";
    }

    /** The whole batch, as {@code batch-report.json} says it. */
    record Report(String in, String out, String preset, int workers, boolean retryFailed, String started,
            double wallSeconds, int scripts, int made, int failed, int skipped, boolean allMade,
            List<FilmLine> films) {
    }

    /** A screenplay found in the folder and the name its film gets. */
    record Script(Path file, String film) {
    }

    /** Runs the command with messages in the default locale's language; {@code args} may start with {@value #NAME}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Locale.getDefault());
    }

    /** Runs the command with messages in {@code messages}' language (English or Chinese). */
    static int run(String[] args, PrintStream out, PrintStream err, Locale messages) {
        return new BatchCommand(out, err, messages).run(args);
    }

    /**
     * The default number of films made at once: one per core. A film keeps about 1.4 cores busy on average, but its
     * music, mixing and finishing run on one, so two films share two cores better than one film uses them (measured
     * on an idle 2-core node: 81 films an hour with one at a time, 120 with two, at about 1.6 GB of memory each).
     */
    static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private int run(String[] args) {
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(args, NAME, Set.of(OUT, PRESET, WORKERS), Set.of(RETRY_FAILED));
        } catch (CommandArguments.Refused e) {
            return switch (e.problem()) {
                case NEEDS_VALUE -> usage("factory.batch.error.needs-value", e.subject());
                case UNKNOWN_OPTION -> usage("factory.batch.error.option", e.subject());
            };
        }
        if (arguments.help()) {
            out.println(words("factory.batch.usage"));
            out.flush();
            return OK;
        }
        var preset = Preset.VERTICAL;
        var presetName = arguments.value(PRESET);
        if (presetName != null) {
            var chosen = RenderCommand.preset(presetName);
            if (chosen == null) {
                return usage("factory.batch.error.preset", presetName);
            }
            preset = chosen;
        }
        int workers = defaultWorkers();
        var workersValue = arguments.value(WORKERS);
        if (workersValue != null) {
            try {
                workers = Integer.parseInt(workersValue.strip());
            } catch (NumberFormatException e) {
                workers = 0;
            }
            if (workers < 1 || workers > MAX_WORKERS) {
                return usage("factory.batch.error.workers", workersValue, MAX_WORKERS);
            }
        }
        if (arguments.operands().size() > 1) {
            return usage("factory.batch.error.two-folders");
        }
        if (arguments.operands().isEmpty()) {
            return usage("factory.batch.error.no-folder");
        }
        var dir = arguments.value(OUT);
        if (dir == null) {
            return usage("factory.batch.error.no-out");
        }
        try {
            return batch(new Options(Path.of(arguments.operands().getFirst()), Path.of(dir), preset, workers,
                    arguments.has(RETRY_FAILED)));
        } catch (InvalidPathException e) {
            return failed("factory.batch.error.path", e.getInput());
        }
    }

    private int batch(Options options) {
        List<Script> scripts;
        try {
            scripts = scripts(options.in());
        } catch (NoSuchFileException e) {
            return failed("factory.batch.error.missing", options.in());
        } catch (IOException | SecurityException e) {
            return failed("factory.batch.error.read", options.in(), reason(e));
        }
        if (scripts.isEmpty()) {
            return failed("factory.batch.error.no-scripts", options.in(), String.join(" ", FORMATS));
        }
        var dir = options.out();
        var work = dir.resolve(WORK);
        try {
            Files.createDirectories(work);
        } catch (IOException | SecurityException e) {
            return failed("factory.batch.error.out", dir, reason(e));
        }
        try (var lockFile = FileChannel.open(work.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            var lock = lock(lockFile);
            if (lock == null) {
                return failed("factory.batch.error.busy", dir);
            }
            try (lock) {
                clearLeftovers(work);
                return batch(options, scripts);
            }
        } catch (IOException | SecurityException e) {
            return failed("factory.batch.error.out", dir, reason(e));
        }
    }

    /** This process's hold on the output folder, or null when another batch holds it. */
    private static @Nullable FileLock lock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private int batch(Options options, List<Script> scripts) throws IOException {
        var started = Instant.now();
        long start = System.nanoTime();
        var preset = options.preset();
        say("factory.batch.start", scripts.size(), options.in(), options.out(), preset.id(),
                String.valueOf(preset.width()), String.valueOf(preset.height()), options.workers());
        var lines = new ArrayList<@Nullable FilmLine>();
        var todo = new ArrayList<Integer>();
        var shown = new AtomicInteger();
        for (int i = 0; i < scripts.size(); i++) {
            var script = scripts.get(i);
            var sha256 = sha256(script.file());
            var earlier = earlier(options.out(), script, sha256, preset);
            if (earlier != null && earlier.state().equals(FilmRecord.MADE)) {
                lines.add(line(script, earlier, FilmLine.SKIPPED, false));
            } else if (earlier != null && !options.retryFailed()) {
                lines.add(line(script, earlier, FilmRecord.FAILED, false));
            } else {
                lines.add(null);
                todo.add(i);
                continue;
            }
            show(shown.incrementAndGet(), scripts.size(), lines.getLast());
        }
        var pool = Executors.newFixedThreadPool(Math.min(options.workers(), Math.max(1, todo.size())),
                new Workers());
        try {
            var done = new ExecutorCompletionService<FilmLine>(pool);
            var jobs = new ArrayList<Future<FilmLine>>();
            var which = new HashMap<Future<FilmLine>, Integer>();
            for (int index : todo) {
                var script = scripts.get(index);
                var job = done.submit(() -> {
                    say("factory.batch.begin", script.file().getFileName(), script.film() + ".mp4");
                    return make(script, options);
                });
                jobs.add(job);
                which.put(job, index);
            }
            for (int n = 0; n < jobs.size(); n++) {
                var job = done.take();
                int index = which.get(job);
                FilmLine line;
                try {
                    line = job.get();
                } catch (ExecutionException e) {
                    // make() answers every expected failure itself; this is an error of the JVM (out of memory).
                    var script = scripts.get(index);
                    line = new FilmLine(script.file().getFileName().toString(), script.film() + ".mp4",
                            FilmRecord.FAILED, true, "", preset.id(), null, null, reason(e.getCause()), 0, 0, 0, Map.of());
                }
                lines.set(index, line);
                show(shown.incrementAndGet(), scripts.size(), line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            return failed("factory.batch.error.stopped");
        } finally {
            pool.shutdown();
        }
        var films = lines.stream().map(line -> Objects.requireNonNull(line)).toList();
        int made = (int) films.stream().filter(film -> film.state().equals(FilmRecord.MADE)).count();
        int failed = (int) films.stream().filter(film -> film.state().equals(FilmRecord.FAILED)).count();
        int skipped = films.size() - made - failed;
        double wall = (System.nanoTime() - start) / 1e9;
        var report = new Report(options.in().toString(), options.out().toString(), preset.id(), options.workers(),
                options.retryFailed(), started.toString(), round(wall), films.size(), made, failed, skipped,
                failed == 0, films);
        var text = new StringBuilder();
        text.append(words("factory.batch.report.title", options.in(), options.out(), preset.id(),
                String.valueOf(preset.width()), String.valueOf(preset.height()), options.workers(),
                started.toString())).append('\n');
        for (var film : films) {
            text.append(describe(film)).append('\n');
        }
        text.append(words("factory.batch.report.summary", made, failed, skipped, films.size(),
                seconds(wall))).append('\n');
        writeAtomically(options.out().resolve(REPORT_JSON), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(report));
        writeAtomically(options.out().resolve(REPORT_TEXT), text.toString().getBytes(
                StandardCharsets.UTF_8));
        out.print(text);
        say(failed == 0 ? "factory.batch.done" : "factory.batch.done-failed", options.out().resolve(REPORT_TEXT),
                options.out().resolve(REPORT_JSON));
        return failed == 0 ? OK : FAILED;
    }

    /** The screenplays directly in {@code folder}, by name; each with a film name no other script of it takes. */
    static List<Script> scripts(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (!Files.exists(folder)) {
                throw new NoSuchFileException(folder.toString());
            }
            throw new IOException("not a folder");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).filter(BatchCommand::isScript)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
        }
        var taken = new HashSet<String>();
        var scripts = new ArrayList<Script>();
        for (var file : files) {
            var name = RenderCommand.filmName(file);
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                var fileName = file.getFileName().toString();
                var base = name + "-" + fileName.substring(fileName.lastIndexOf('.') + 1);
                name = base;
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = base + "-" + n;
                }
            }
            scripts.add(new Script(file, name));
        }
        return scripts;
    }

    private static boolean isScript(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.equals(REPORT_TEXT) && BatchScripts.isScript(name);
    }

    /**
     * How far one film has come, and how long each stage took: read by the failure report and the film's record,
     * written by the worker making it (and the engine's threads reporting its progress).
     */
    private static final class Attempt {
        volatile Stage stage = Stage.READING;
        volatile @Nullable String shot;
        private final EnumMap<Stage, Long> nanos = new EnumMap<>(Stage.class);
        private long since = System.nanoTime();

        synchronized void enter(Stage next) {
            long now = System.nanoTime();
            nanos.merge(stage, now - since, Long::sum);
            since = now;
            stage = next;
        }

        /** Seconds per stage so far, in stage order, the current one included. */
        synchronized Map<String, Double> seconds() {
            enter(stage);
            var seconds = new LinkedHashMap<String, Double>();
            nanos.forEach((stage, spent) -> seconds.put(stage.id(), round(spent / 1e9)));
            return seconds;
        }
    }

    /** Makes one film; never throws for a broken script or a failed render, it answers with the failure. */
    private FilmLine make(Script script, Options options) {
        var preset = options.preset();
        var attempt = new Attempt();
        long start = System.nanoTime();
        String sha256 = "";
        Path work = null;
        String reason;
        try {
            sha256 = sha256(script.file());
            var text = read(script.file());
            if (text.isBlank()) {
                throw new Failure(BatchScripts.EMPTY);
            }
            attempt.enter(Stage.BREAKDOWN);
            var language = BatchScripts.language(text);
            var breakdown = ScriptBreakdown.of(text, language);
            if (!BatchScripts.hasShots(breakdown)) {
                throw new Failure(BatchScripts.NOT_A_SCREENPLAY);
            }
            work = Files.createTempDirectory(options.out().resolve(WORK), script.film() + "-");
            var cache = options.out().resolve(RenderCommand.SEGMENTS);
            var plan = ScriptFilm.plan(breakdown, language, preset, SEED, true, work, cache,
                    (scene, shot) -> words("factory.render.shot", String.valueOf(scene), String.valueOf(shot)),
                    new ScriptFilm.Progress() {
                        @Override
                        public void progress(RenderStage stage, int done, int total) {
                            attempt.enter(Stage.of(stage));
                            if (stage != RenderStage.VOICES) {
                                attempt.shot = null;
                            }
                        }

                        @Override
                        public void shot(String label) {
                            attempt.shot = label;
                        }
                    });
            attempt.shot = null;
            var engine = new FilmEngine(EncoderSettings.DEFAULTS);
            var film = engine.render(plan, work, script.film(), new FolderSegmentCache(cache),
                    (stage, percent, segment, segments) -> {
                        attempt.enter(Stage.of(stage));
                        attempt.shot = segment > 0 ? shotAt(plan, engine.segmentSeconds(), segment) : null;
                    }, () -> Thread.currentThread().isInterrupted());
            attempt.enter(Stage.SAVING);
            attempt.shot = null;
            var target = options.out().resolve(script.film() + ".mp4");
            // The subtitles first and the picture last: a film under its final name is always whole.
            move(film.srt(), options.out().resolve(script.film() + ".srt"));
            move(film.vtt(), options.out().resolve(script.film() + ".vtt"));
            move(film.film(), target);
            double seconds = (System.nanoTime() - start) / 1e9;
            var record = new FilmRecord(script.file().getFileName().toString(), sha256, preset.id(), FilmRecord.MADE,
                    null, null, null, round(seconds), Files.size(target), round(film.duration().toMillis() / 1000.0),
                    attempt.seconds());
            writeAtomically(options.out().resolve(script.film() + RECORD), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(record));
            return line(script, record, FilmRecord.MADE, true);
        } catch (ScriptFileRefused e) {
            reason = words(e.messageKey(), e.arguments());
        } catch (Failure e) {
            reason = words(e.key);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            reason = words("factory.batch.reason.stopped");
        } catch (UserFacingException e) {
            reason = translations.translate(locale, e.messageKey(), e.arguments());
        } catch (IOException | RuntimeException e) {
            reason = reason(e);
        } finally {
            if (work != null) {
                delete(work);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var record = new FilmRecord(script.file().getFileName().toString(), sha256, preset.id(), FilmRecord.FAILED,
                attempt.stage.id(), attempt.shot, reason, round(seconds), 0, 0, attempt.seconds());
        try {
            writeAtomically(options.out().resolve(script.film() + RECORD), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(record));
        } catch (IOException | JacksonException e) {
            // The report still names the failure; without its record the film is simply tried again next time.
        }
        return line(script, record, FilmRecord.FAILED, true);
    }

    /** An expected refusal of a script, by its message key. */
    private static final class Failure extends IOException {

        private final String key;

        Failure(String key) {
            super(key, null);
            this.key = key;
        }
    }

    /** The label of the shot on screen when {@code segment} (from 1) starts. */
    private static @Nullable String shotAt(RenderPlan plan, int segmentSeconds, int segment) {
        int frame = (segment - 1) * segmentSeconds * plan.preset().fps();
        for (var clip : plan.clips()) {
            if (frame >= clip.start() && frame < clip.start() + clip.frames()) {
                return clip.label();
            }
        }
        return null;
    }

    /**
     * The script's text, by the studio's import rules: at most its import limit, checked before reading; Fountain
     * as UTF-8 text, Final Draft converted.
     */
    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_SCRIPT_BYTES) {
            throw ScriptFileRefused.tooLarge(MAX_SCRIPT_BYTES);
        }
        return BatchScripts.read(file.getFileName().toString(), Files.readAllBytes(file), MAX_SCRIPT_BYTES);
    }

    /** What a film made or failed earlier recorded, when it is from these script bytes and this preset. */
    private static @Nullable FilmRecord earlier(Path dir, Script script, String sha256, Preset preset) {
        var file = dir.resolve(script.film() + RECORD);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        FilmRecord record;
        try {
            record = JSON.readValue(Files.readAllBytes(file), FilmRecord.class);
        } catch (IOException | JacksonException e) {
            return null;
        }
        if (!record.sha256().equals(sha256) || !record.preset().equals(preset.id())) {
            return null;
        }
        if (record.state().equals(FilmRecord.MADE) && !Files.isRegularFile(dir.resolve(script.film() + ".mp4"))) {
            return null;
        }
        return record;
    }

    private static FilmLine line(Script script, FilmRecord record, String state, boolean tried) {
        return new FilmLine(script.file().getFileName().toString(), script.film() + ".mp4", state, tried,
                record.sha256(), record.preset(), record.stage(), record.shot(), record.reason(), record.seconds(),
                record.bytes(), record.duration(), record.stageSeconds() == null ? Map.of() : record.stageSeconds());
    }

    private void show(int n, int total, FilmLine line) {
        say("factory.batch.progress", n, total, describe(line));
    }

    /** One film's line in the text report and on the console. */
    private String describe(FilmLine film) {
        return switch (film.state()) {
            case FilmRecord.MADE -> words("factory.batch.film.made", film.film(), film.script(),
                    seconds(film.seconds()), megabytes(film.bytes()), seconds(film.duration()));
            case FilmLine.SKIPPED -> words("factory.batch.film.skipped", film.film(), film.script(),
                    megabytes(film.bytes()), seconds(film.duration()));
            default -> words(film.tried() ? "factory.batch.film.failed" : "factory.batch.film.failed-earlier",
                    film.script(), failure(film));
        };
    }

    /** Where and why: "drawing the picture, Scene 2, shot 1: the take is missing". */
    private String failure(FilmLine film) {
        var stage = film.stage() == null ? words("factory.batch.stage.unknown")
                : words("factory.batch.stage." + film.stage());
        var why = film.reason() == null ? "" : film.reason();
        return film.shot() == null ? words("factory.batch.failure", stage, why)
                : words("factory.batch.failure.shot", stage, film.shot(), why);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The script's identity: the SHA-256 of its bytes (of its size and time for one too large to read). */
    static String sha256(Path file) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            if (Files.size(file) > MAX_SCRIPT_BYTES) {
                digest.update((Files.size(file) + "@" + Files.getLastModifiedTime(file))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Writes the file under a temporary name beside it, then renames it into place. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        var partial = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        try {
            Files.write(partial, bytes);
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Work folders a killed batch left behind; the lock says no other batch is using them. */
    private static void clearLeftovers(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            for (var file : files.filter(Files::isDirectory).toList()) {
                delete(file);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover work folder is cleared at the next batch's start; the films are complete or absent.
        }
    }

    private static String reason(Throwable e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Platform threads named for the batch: drawing and encoding keep a core busy, so the pool is their bound. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            var thread = new Thread(task, "batch-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    private String words(String key, Object... arguments) {
        return translations.translate(locale, key, arguments);
    }

    private void say(String key, Object... arguments) {
        synchronized (out) {
            out.println(words(key, arguments));
            out.flush();
        }
    }

    private int usage(String key, Object... arguments) {
        err.println(words("factory.batch.error", words(key, arguments)));
        err.println(words("factory.batch.usage"));
        err.flush();
        return USAGE;
    }

    private int failed(String key, Object... arguments) {
        err.println(words("factory.batch.error", words(key, arguments)));
        err.flush();
        return FAILED;
    }
}
