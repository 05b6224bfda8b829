package org.filmfactory.screenplay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Screenplay rules.
 *
 * @param maxScriptSize the largest script file that is read; a feature film is about 200 KB, so the default leaves
 *     room for very long scripts with big boneyards while keeping a mistaken upload (a video) from filling memory
 */
@ConfigurationProperties("filmfactory.screenplay")
@Validated
public record ScreenplaySettings(@DefaultValue(ScreenplaySettings.DEFAULT_MAX_SCRIPT_SIZE) DataSize maxScriptSize) {

    /** The default of {@code filmfactory.screenplay.max-script-size}, also used by the command line. */
    public static final String DEFAULT_MAX_SCRIPT_SIZE = "20MB";
}
