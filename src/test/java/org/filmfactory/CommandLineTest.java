package org.filmfactory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.filmfactory.CommandLine.Exit;
import org.filmfactory.CommandLine.StartStudio;
import org.junit.jupiter.api.Test;

/** The first word picks a command; only no command, {@code serve} or Spring options start the studio. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void noArgumentsStartTheStudio() {
        assertThat(decide()).isEqualTo(new StartStudio(List.of()));
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void serveStartsTheStudioWithTheRestAsSpringArguments() {
        assertThat(decide("serve")).isEqualTo(new StartStudio(List.of()));
        assertThat(decide("serve", "--server.address=127.0.0.1", "--spring.profiles.active=postgres"))
                .isEqualTo(new StartStudio(List.of("--server.address=127.0.0.1", "--spring.profiles.active=postgres")));
        assertThat(err()).isEmpty();
    }

    @Test
    void springOptionsAloneStartTheStudio() {
        assertThat(decide("--server.address=127.0.0.1", "--debug"))
                .isEqualTo(new StartStudio(List.of("--server.address=127.0.0.1", "--debug")));
        assertThat(err()).isEmpty();
    }

    @Test
    void unknownCommandIsRefusedWithStatusTwoAndTheListOfCommands() {
        assertThat(decide("rendre", "x")).isEqualTo(new Exit(2));
        assertThat(err()).isEqualTo("unknown command 'rendre'; commands: serve, breakdown, storyboard, render, batch, help\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void unknownSingleDashOptionIsRefusedToo() {
        assertThat(decide("-x")).isEqualTo(new Exit(2));
        assertThat(err()).isEqualTo("unknown command '-x'; commands: serve, breakdown, storyboard, render, batch, help\n");
    }

    @Test
    void helpListsTheCommands() {
        for (String help : List.of("help", "--help", "-h")) {
            out.reset();
            assertThat(decide(help)).as(help).isEqualTo(new Exit(0));
            assertThat(out()).as(help).startsWith("usage: java -jar film-factory.jar [COMMAND] [ARGUMENTS]\n")
                    .contains("\n  serve ").contains("\n  breakdown ").contains("\n  render ").contains("\n  help ");
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void breakdownRunsWithoutTheStudioAndPassesItsStatusOn() {
        assertThat(decide("breakdown", "--help")).isEqualTo(new Exit(0));
        assertThat(out()).startsWith("usage: breakdown --json");
        assertThat(decide("breakdown", "--json")).isEqualTo(new Exit(2));
        assertThat(err()).startsWith("breakdown: no screenplay file given\n");
    }

    @Test
    void renderRunsWithoutTheStudioAndPassesItsStatusOn() {
        assertThat(decide("render", "--help")).isEqualTo(new Exit(0));
        assertThat(out()).startsWith("usage: render SCRIPT.fountain --out DIR");
        assertThat(decide("render", "script.fountain")).isEqualTo(new Exit(2));
        assertThat(err()).startsWith("render: --out DIR is required\n");
    }

    @Test
    void batchRunsWithoutTheStudioAndPassesItsStatusOn() {
        assertThat(decide("batch", "--help")).isEqualTo(new Exit(0));
        assertThat(out()).startsWith("usage: batch DIR --out DIR");
        assertThat(decide("batch", "scripts")).isEqualTo(new Exit(2));
        assertThat(err()).startsWith("batch: --out DIR is required\n");
    }

    private CommandLine.Decision decide(String... args) {
        return CommandLine.decide(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
