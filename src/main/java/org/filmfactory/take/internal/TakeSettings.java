package org.filmfactory.take.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Take rules.
 *
 * @param maxUpload the largest file accepted as an uploaded take; refused by its declared size before anything is
 *     read, and again while it streams in
 * @param defaultGenerator the generator a project uses until its owner chooses another
 */
@ConfigurationProperties("filmfactory.take")
@Validated
public record TakeSettings(
        @DefaultValue("500MB") DataSize maxUpload,
        @DefaultValue("animatic") String defaultGenerator) {
}
