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

    public static void main(String[] args) {
        SpringApplication.run(FilmFactoryApplication.class, args);
    }
}
