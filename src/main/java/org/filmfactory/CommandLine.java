package org.filmfactory;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.filmfactory.factory.BatchCommand;
import org.filmfactory.factory.RenderCommand;
import org.filmfactory.fountain.BreakdownCommand;
import org.filmfactory.take.StoryboardCommand;

/**
 * The jar's command line. The first argument names a command: {@code serve} (or nothing, or only Spring options such
 * as {@code --server.port=8081}) starts the studio; {@code breakdown} prints a script's breakdown and exits; {@code storyboard} draws a script's animatic and exits; {@code render} makes a script into a film and exits; {@code batch} makes a folder of scripts into films and exits;
 * {@code help} lists the commands. Anything else is refused with status {@value #USAGE} before Spring is touched, so
 * a mistyped command never starts a studio, opens ports or joins a cluster by accident (issue 9).
 *
 * <p>The streams come from the caller, so this class can be tested as plain methods.
 */
final class CommandLine {

    static final int OK = 0;
    static final int USAGE = 2;
    static final String SERVE = "serve";
    static final String HELP = "help";
    static final List<String> COMMANDS = List.of(SERVE, BreakdownCommand.NAME, StoryboardCommand.NAME,
            RenderCommand.NAME, BatchCommand.NAME, HELP);
    private static final String HELP_TEXT = """
            usage: java -jar film-factory.jar [COMMAND] [ARGUMENTS]

            commands:
              serve      start the studio (also with no command); Spring options follow, e.g. --server.port=8081
              breakdown  print a screenplay's scene breakdown as JSON: breakdown --json [--lang zh|en] FILE.fountain
              storyboard draw every shot of a screenplay as an animatic clip with poster, plus a contact sheet:
                         storyboard FILE.fountain --out DIR [--lang zh|en] [--preset vertical|landscape|square] [--seed N]
              render     make a screenplay into a film offline (animatic, voices, music, subtitles): MP4, SRT and VTT:
                         render FILE.fountain --out DIR [--preset vertical|horizontal|square|preview] [--lang zh|en]
                         [--no-subtitles] [--seed N]
              batch      make every screenplay in a folder into a film, several at a time, with a report:
                         batch DIR --out DIR [--preset vertical|horizontal|square|preview] [--workers N]
                         [--retry-failed]
              help       this list (also --help)
            """;

    private CommandLine() {
    }

    /** What the process does: start the studio with these Spring arguments, or exit with this status. */
    sealed interface Decision {
    }

    record StartStudio(List<String> arguments) implements Decision {

        StartStudio {
            arguments = List.copyOf(arguments);
        }
    }

    record Exit(int status) implements Decision {
    }

    /** Runs every command except the studio itself, whose start is left to the caller. */
    static Decision decide(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return new StartStudio(List.of());
        }
        String command = args[0];
        var rest = Arrays.asList(args).subList(1, args.length);
        return switch (command) {
            case SERVE -> new StartStudio(rest);
            case BreakdownCommand.NAME -> new Exit(BreakdownCommand.run(rest.toArray(String[]::new), out, err));
            case StoryboardCommand.NAME -> new Exit(StoryboardCommand.run(rest.toArray(String[]::new), out, err));
            case RenderCommand.NAME -> new Exit(RenderCommand.run(rest.toArray(String[]::new), out, err));
            case BatchCommand.NAME -> new Exit(BatchCommand.run(rest.toArray(String[]::new), out, err));
            case HELP, "--help", "-h" -> {
                out.print(HELP_TEXT);
                out.flush();
                yield new Exit(OK);
            }
            // Spring's own options (--server.port=8081) start the studio as they always did.
            default -> command.startsWith("--") ? new StartStudio(Arrays.asList(args)) : unknown(command, err);
        };
    }

    private static Exit unknown(String command, PrintStream err) {
        err.println("unknown command '" + command + "'; commands: " + String.join(", ", COMMANDS));
        err.flush();
        return new Exit(USAGE);
    }
}
