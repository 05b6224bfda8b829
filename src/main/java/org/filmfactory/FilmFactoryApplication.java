package org.filmfactory;

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
     * Starts the studio with no command or {@code serve}; runs another command ({@code breakdown}, {@code help})
     * and exits without starting anything else; refuses an unknown one with status 2 (see {@link CommandLine}).
     */
    public static void main(String[] args) {
        // The one place that writes to the console: a command-line tool's output is its purpose.
        switch (CommandLine.decide(args, System.out, System.err)) {
            case CommandLine.StartStudio start ->
                    SpringApplication.run(FilmFactoryApplication.class, start.arguments().toArray(String[]::new));
            case CommandLine.Exit exit -> System.exit(exit.status());
        }
    }
}
