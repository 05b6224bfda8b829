package org.filmfactory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real {@code main} in a process of its own, as {@code java -jar} runs it: an unknown command ends the process
 * with status 2 and its message, without starting the studio (which would keep running, print Spring's banner and
 * open ports).
 */
class JarCommandLineTest {

    @Test
    void unknownCommandEndsTheProcessWithoutStartingTheStudio() throws Exception {
        var run = run("rendre", "x");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unknown command 'rendre'; commands: serve, breakdown, storyboard, render, batch, help\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpEndsTheProcessWithTheListOfCommands() throws Exception {
        var run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage: java -jar film-factory.jar [COMMAND] [ARGUMENTS]\n");
        assertThat(run.err()).isEmpty();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        // Should the studio start after all (the bug this guards against), it starts without a web server, with the
        // test profile's private database and cluster name.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dspring.main.web-application-type=none", "-Dspring.profiles.active=test",
                "-cp", System.getProperty("java.class.path"), FilmFactoryApplication.class.getName()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).start();
        try {
            // A hang guard, not a speed limit: a studio that started by mistake would never end by itself.
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ended").isTrue();
            return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
