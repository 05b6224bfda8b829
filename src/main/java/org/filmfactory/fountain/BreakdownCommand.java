package org.filmfactory.fountain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.filmfactory.fountain.internal.BreakdownJson;
import org.jspecify.annotations.Nullable;

/**
 * {@code breakdown --json [--lang zh] FILE.fountain}: prints the scene breakdown of a screenplay file as JSON in the
 * screenplay corpus's schema, without starting the studio. The streams come from the caller (the application's
 * {@code main}), so this class never touches the process's standard streams and can be tested as a plain method.
 *
 * <p>Exit status: 0 when the JSON was printed, 1 when the file cannot be read as a script (missing, a directory,
 * larger than 20 MB (the studio's default limit), binary, not UTF-8), 2 for bad arguments. Errors
 * are one line of English on {@code err}; never a stack trace.
 */
public final class BreakdownCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "breakdown";
    static final int OK = 0;
    static final int UNREADABLE = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = "usage: breakdown --json [--lang zh|en] FILE.fountain";
    /** The studio's default {@code filmfactory.screenplay.max-script-size}: a command line has no settings. */
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** The studio's words; the English ones explain a refused file the same way the studio does. */
    private static final String TRANSLATIONS = "vaadin-i18n.translations";

    private BreakdownCommand() {
    }

    /**
     * Runs the command. {@code args} may start with {@value #NAME} or directly with the options. The JSON goes to
     * {@code out} as UTF-8 bytes, whatever {@code out}'s own encoding, since JSON travels as UTF-8.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        Dialect dialect = Dialect.PLAIN;
        String file = null;
        for (int i = args.length > 0 && NAME.equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String value = arg.equals("--lang") ? (i + 1 < args.length ? args[++i] : "") : arg.substring(7);
                var chosen = dialect(value);
                if (chosen == null) {
                    return usage(err, "unknown language '" + value + "' (use zh or en)");
                }
                dialect = chosen;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return usage(err, "unknown option '" + arg + "'");
            } else if (file == null) {
                file = arg;
            } else {
                return usage(err, "more than one file given");
            }
        }
        if (!json) {
            return usage(err, "--json is required (JSON is the only output so far)");
        }
        if (file == null) {
            return usage(err, "no screenplay file given");
        }
        return breakdown(file, dialect, out, err);
    }

    private static @Nullable Dialect dialect(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "zh-hans", "cn", "chinese" -> Dialect.CHINESE;
            case "en", "plain", "fountain" -> Dialect.PLAIN;
            default -> null;
        };
    }

    private static int usage(PrintStream err, String problem) {
        err.println("breakdown: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static int breakdown(String file, Dialect dialect, PrintStream out, PrintStream err) {
        String text;
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                return unreadable(err, file + " is a directory, not a screenplay file");
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw ScriptFileRefused.tooLarge(MAX_FILE_BYTES);
            }
            text = FountainReader.decode(Files.readAllBytes(path), MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            return unreadable(err, file + ": no such file");
        } catch (InvalidPathException e) {
            return unreadable(err, file + ": not a valid file name");
        } catch (IOException | SecurityException e) {
            return unreadable(err, "cannot read " + file + ": " + e.getMessage());
        } catch (ScriptFileRefused e) {
            return unreadable(err, file + ": " + english(e));
        }
        out.writeBytes(BreakdownJson.write(FountainReader.read(text, dialect)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return OK;
    }

    private static String english(ScriptFileRefused refusal) {
        try {
            // No fallback to the default locale: the base bundle is the English one, whatever the machine's language.
            var bundle = ResourceBundle.getBundle(TRANSLATIONS, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(refusal.messageKey()), Locale.ENGLISH)
                    .format(refusal.arguments());
        } catch (MissingResourceException e) {
            return refusal.messageKey();
        }
    }

    private static int unreadable(PrintStream err, String problem) {
        err.println("breakdown: " + problem);
        return UNREADABLE;
    }
}
