package org.filmfactory;

import java.util.Arrays;
import org.filmfactory.fountain.BreakdownCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Film Factory: a self-hosted studio where a small team turns a screenplay into a short film.
 * Each direct sub-package is an application module; {@code platform} is shared by all of them.
 */
@SpringBootApplication
@Modulithic(systemName = "Film Factory", sharedModules = "platform")
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class FilmFactoryApplication {

    /**
     * Starts the studio; or, with {@code breakdown --json [--lang zh] FILE}, prints a script's scene breakdown as
     * JSON and exits without starting anything else.
     */
    public static void main(String[] args) {
        if (args.length > 0 && BreakdownCommand.NAME.equals(args[0])) {
            // The one place that writes to the console: a command-line tool's output is its purpose.
            System.exit(BreakdownCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(FilmFactoryApplication.class, args);
    }
}
