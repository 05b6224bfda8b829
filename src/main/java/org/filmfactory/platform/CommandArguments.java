package org.filmfactory.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of the jar's headless commands ({@code storyboard}, {@code render}, {@code batch}), read the same way
 * for all of them: options that take a value ({@code --out DIR} or {@code --out=DIR}; the last one given wins), flags
 * ({@code --no-subtitles}), {@code -h}/{@code --help}, and operands (everything else, in order; a lone {@code -} is
 * an operand). Each command says which options and flags it knows and turns the values into its own types; this class
 * only refuses what no command could read, and says why with a {@link Refused.Problem} the command words itself.
 *
 * @param operands the arguments that are not options, in order
 * @param values each value option given, by its name ({@code --out}), the last value given
 * @param flags the flags given
 * @param help whether {@code -h} or {@code --help} was given (reading stops there, as it always did)
 */
public record CommandArguments(List<String> operands, Map<String, String> values, Set<String> flags, boolean help) {

    public CommandArguments {
        operands = List.copyOf(operands);
        values = Map.copyOf(values);
        flags = Set.copyOf(flags);
    }

    /**
     * Reads {@code args}; a first argument equal to {@code command} is the command's own name and skipped.
     *
     * @param valued the options that take a value, with their dashes ({@code --out})
     * @param known the flags without a value ({@code --no-subtitles})
     * @throws Refused for an unknown option, or a value option at the end without its value
     */
    public static CommandArguments parse(String[] args, String command, Set<String> valued, Set<String> known)
            throws Refused {
        var operands = new ArrayList<String>();
        var values = new LinkedHashMap<String, String>();
        var flags = new LinkedHashSet<String>();
        for (int i = args.length > 0 && command.equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            boolean inline = arg.startsWith("--") && arg.contains("=");
            String option = inline ? arg.substring(0, arg.indexOf('=')) : arg;
            if (option.equals("-h") || option.equals("--help")) {
                return new CommandArguments(operands, values, flags, true);
            } else if (valued.contains(option)) {
                if (inline) {
                    values.put(option, arg.substring(arg.indexOf('=') + 1));
                } else if (i + 1 < args.length) {
                    values.put(option, args[++i]);
                } else {
                    throw new Refused(Refused.Problem.NEEDS_VALUE, option);
                }
            } else if (known.contains(option) && !inline) {
                flags.add(option);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new Refused(Refused.Problem.UNKNOWN_OPTION, arg);
            } else {
                operands.add(arg);
            }
        }
        return new CommandArguments(operands, values, flags, false);
    }

    /** The value given for {@code option}, or null. */
    public @Nullable String value(String option) {
        return values.get(option);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The language {@code --lang} names: Chinese ({@code zh}, {@code cn}, …) or English; null for anything else. */
    public static @Nullable Locale language(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "zh-hans", "cn", "chinese" -> Locale.SIMPLIFIED_CHINESE;
            case "en", "english" -> Locale.ENGLISH;
            default -> null;
        };
    }

    /** A script's language when none is given: Chinese when it contains a Chinese character, else English. */
    public static Locale guessLanguage(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** Arguments no command can read; nothing was done. */
    public static final class Refused extends Exception {

        /** What is wrong; {@link #subject()} is the option concerned. */
        public enum Problem {
            /** A value option ends the arguments without its value. */
            NEEDS_VALUE,
            /** An argument starting with a dash that the command does not know. */
            UNKNOWN_OPTION
        }

        private final Problem problem;
        private final String subject;

        Refused(Problem problem, String subject) {
            super(problem + " " + subject, null, false, false);
            this.problem = problem;
            this.subject = subject;
        }

        public Problem problem() {
            return problem;
        }

        public String subject() {
            return subject;
        }
    }
}
