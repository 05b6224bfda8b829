package org.filmfactory.factory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a command of the jar printed, for tests that run it in this JVM: its standard output and error, captured as
 * UTF-8, cleared before each run.
 */
final class CommandConsole {

    /** A command's entry point with the streams and the language of its messages given. */
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err, Locale messages);
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code command} with {@code args} as given (the command's own name first), in {@code messages}. */
    int run(Command command, Locale messages, String... args) {
        out.reset();
        err.reset();
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), messages);
    }

    /** Runs the command named {@code name} with {@code args} after its name, in English. */
    int run(Command command, String name, String... args) {
        var all = new String[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return run(command, Locale.ENGLISH, all);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
