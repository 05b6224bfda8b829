package org.filmfactory.take;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.platform.CommandArguments;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.internal.animatic.Animatic;
import org.filmfactory.platform.StudioFont;
import org.jspecify.annotations.Nullable;

/**
 * {@code storyboard SCRIPT.fountain --out DIR [--lang zh|en] [--preset vertical|landscape|square] [--seed N]}:
 * breaks a screenplay down with the studio's automatic shot rules and draws every shot with the offline animatic
 * (the studio's own generator, same brief, same pictures), without starting the studio: no Spring, no web server, no
 * cluster. Writes, per shot, {@code s003-shot02.mp4} (scene 3, shot 2; H.264) and its poster {@code s003-shot02.jpg},
 * then {@code contact-sheet.png} with every poster in a labelled grid. Progress goes to {@code out}, one line a shot.
 *
 * <p>Exit status: 0 when everything was written, 1 when the script cannot be read or is not a screenplay, the output
 * folder cannot be written, or drawing failed; 2 for bad arguments. Errors are one line on {@code err}, never a
 * stack trace.
 */
public final class StoryboardCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "storyboard";
    public static final String CONTACT_SHEET = "contact-sheet.png";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String USAGE_TEXT = "usage: storyboard SCRIPT.fountain --out DIR [--lang zh|en] "
            + "[--preset vertical|landscape|square] [--seed N]";
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final String PROJECT_KEY = "storyboard";
    /** Contact sheet cells: poster width, and how many across. */
    private static final int CELL_WIDTH = 216;
    private static final int COLUMNS = 6;

    private StoryboardCommand() {
    }

    /** The choices the arguments make. */
    record Options(Path script, Path out, @Nullable Locale language, VideoFormat format, long seed) {
    }

    /** Runs the command; {@code args} may start with {@value #NAME}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(args, NAME, Set.of("--out", "--lang", "--preset", "--seed"), Set.of());
        } catch (CommandArguments.Refused e) {
            return usage(err, switch (e.problem()) {
                case NEEDS_VALUE -> e.subject() + " needs a value";
                case UNKNOWN_OPTION -> "unknown option '" + e.subject() + "'";
            });
        }
        if (arguments.help()) {
            out.println(USAGE_TEXT);
            out.flush();
            return OK;
        }
        Locale language = null;
        var lang = arguments.value("--lang");
        if (lang != null) {
            language = CommandArguments.language(lang);
            if (language == null) {
                return usage(err, "unknown language '" + lang + "' (use zh or en)");
            }
        }
        VideoFormat format = VideoFormat.VERTICAL_HD;
        var presetName = arguments.value("--preset");
        if (presetName != null) {
            var chosen = preset(presetName);
            if (chosen == null) {
                return usage(err, "unknown preset '" + presetName + "' (use vertical, landscape or square)");
            }
            format = chosen;
        }
        long seed = 1;
        var seedValue = arguments.value("--seed");
        if (seedValue != null) {
            try {
                seed = Long.parseLong(seedValue);
            } catch (NumberFormatException e) {
                return usage(err, "the seed must be a whole number, not '" + seedValue + "'");
            }
        }
        if (arguments.operands().size() > 1) {
            return usage(err, "more than one script given");
        }
        if (arguments.operands().isEmpty()) {
            return usage(err, "no screenplay file given");
        }
        var dir = arguments.value("--out");
        if (dir == null) {
            return usage(err, "--out DIR is required");
        }
        try {
            return storyboard(new Options(Path.of(arguments.operands().getFirst()), Path.of(dir), language, format,
                    seed), out, err);
        } catch (InvalidPathException e) {
            return failed(err, "not a valid file name: " + e.getInput());
        }
    }

    private static int storyboard(Options options, PrintStream out, PrintStream err) {
        String text;
        try {
            text = read(options.script());
        } catch (NoSuchFileException e) {
            return failed(err, options.script() + ": no such file");
        } catch (CharacterCodingException e) {
            return failed(err, options.script() + ": not a screenplay (not UTF-8 text)");
        } catch (IOException | SecurityException e) {
            return failed(err, "cannot read " + options.script() + ": " + e.getMessage());
        }
        var language = options.language() != null ? options.language() : CommandArguments.guessLanguage(text);
        var breakdown = ScriptBreakdown.of(text, language);
        if (breakdown.scenes().isEmpty() || breakdown.shots().isEmpty()) {
            return failed(err, options.script() + ": not a screenplay (no scene headings such as INT. ROOM - DAY)");
        }
        var dir = options.out();
        try {
            Files.createDirectories(dir);
            var probe = Files.createTempFile(dir, ".storyboard", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return failed(err, "cannot write to " + dir + ": " + reason(e));
        }
        var animatic = new Animatic(new VideoEncoder());
        var stills = new Stills();
        var posters = new ArrayList<Poster>();
        int total = breakdown.shots().size();
        out.printf(Locale.ROOT, "storyboard: %d scenes, %d shots, %dx%d at %d fps -> %s%n",
                breakdown.scenes().size(), total, options.format().width(), options.format().height(),
                options.format().fps(), dir);
        out.flush();
        int done = 0;
        for (var shot : breakdown.shots()) {
            var scene = breakdown.sceneOf(shot);
            var brief = Animatics.brief(PROJECT_KEY, breakdown, shot, language, options.seed(), options.format());
            var name = fileName(scene.number(), shot.number());
            var clip = dir.resolve(name + ".mp4");
            var poster = dir.resolve(name + ".jpg");
            try {
                animatic.render(brief, clip, new Quiet());
                stills.poster(clip, poster);
            } catch (InterruptedException | InterruptedIOException e) {
                Thread.currentThread().interrupt();
                return failed(err, "interrupted at " + name);
            } catch (IOException | RuntimeException e) {
                return failed(err, "could not draw " + name + ": " + reason(e));
            }
            done++;
            posters.add(new Poster(poster, scene.number() + "." + shot.number() + "  "
                    + shot.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            out.printf(Locale.ROOT, "[%d/%d] %3d%%  %s.mp4  %s, %s, %.1f s%n", done, total, done * 100 / total, name,
                    shot.type().name().toLowerCase(Locale.ROOT), shot.cameraMove().name().toLowerCase(Locale.ROOT),
                    shot.duration().toMillis() / 1000.0);
            out.flush();
        }
        try {
            writeContactSheet(posters, options.format(), dir.resolve(CONTACT_SHEET), stills);
        } catch (IOException | RuntimeException e) {
            return failed(err, "could not write the contact sheet: " + reason(e));
        }
        out.println("storyboard: wrote " + total + " clips, " + total + " posters and " + CONTACT_SHEET);
        out.flush();
        return OK;
    }

    /** {@code s003-shot02}: scene and shot number, zero-padded so the files sort in film order. */
    public static String fileName(int scene, int shot) {
        return String.format(Locale.ROOT, "s%03d-shot%02d", scene, shot);
    }

    private record Poster(Path file, String label) {
    }

    /**
     * One poster per shot, {@value #COLUMNS} across, in film order, each labelled with scene.shot and type. Cells are
     * {@value #CELL_WIDTH} pixels wide and as tall as the format's aspect makes them, plus a label strip.
     */
    static int[] contactSheetSize(int shots, VideoFormat format) {
        int cellHeight = Math.round(CELL_WIDTH * format.height() / (float) format.width());
        int columns = Math.min(COLUMNS, shots);
        int rows = (shots + COLUMNS - 1) / COLUMNS;
        return new int[] {GAP + columns * (CELL_WIDTH + GAP), GAP + rows * (cellHeight + LABEL + GAP)};
    }

    private static final int GAP = 12;
    private static final int LABEL = 30;

    private static void writeContactSheet(List<Poster> posters, VideoFormat format, Path target, Stills stills)
            throws IOException {
        int[] size = contactSheetSize(posters.size(), format);
        int cellHeight = Math.round(CELL_WIDTH * format.height() / (float) format.width());
        var sheet = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        var g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(new Color(0x16181d));
        g.fillRect(0, 0, size[0], size[1]);
        var font = StudioFont.bold(16);
        for (int i = 0; i < posters.size(); i++) {
            int x = GAP + (i % COLUMNS) * (CELL_WIDTH + GAP);
            int y = GAP + (i / COLUMNS) * (cellHeight + LABEL + GAP);
            var picture = ImageIO.read(posters.get(i).file().toFile());
            g.drawImage(stills.scaleToFit(picture, CELL_WIDTH, cellHeight), x, y, CELL_WIDTH, cellHeight, null);
            g.setColor(new Color(0xe8e8ec));
            var label = new TextLayout(posters.get(i).label(), font, g.getFontRenderContext());
            label.draw(g, x + 2, y + cellHeight + 21);
        }
        g.dispose();
        stills.writePng(sheet, target);
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

    private static @Nullable VideoFormat preset(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "vertical" -> VideoFormat.VERTICAL_HD;
            case "landscape" -> new VideoFormat(1920, 1080, 30);
            case "square" -> new VideoFormat(1080, 1080, 30);
            default -> null;
        };
    }

    private static String reason(Exception e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("storyboard: " + problem);
        err.println(USAGE_TEXT);
        err.flush();
        return USAGE;
    }

    private static int failed(PrintStream err, String problem) {
        err.println("storyboard: " + problem);
        err.flush();
        return FAILED;
    }

    /** The command reports per shot; the clip's own percentages stay quiet. */
    private static final class Quiet implements GenerationProgress {

        @Override
        public void progress(int percent, String stageKey) {
        }

        @Override
        public boolean stopping() {
            return Thread.currentThread().isInterrupted();
        }
    }
}
