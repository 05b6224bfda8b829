package org.filmfactory.project;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Project rules.
 *
 * @param invitationLifetime how long an invitation link can be used
 * @param publicUrl the address people reach the studio at, for links in e-mails
 * @param mailFrom sender address of invitation e-mails
 */
@ConfigurationProperties("filmfactory.project")
@Validated
public record ProjectSettings(
        @DefaultValue("7d") Duration invitationLifetime,
        @DefaultValue("http://localhost:8080/") URI publicUrl,
        @DefaultValue("Film Factory <film-factory@localhost>") String mailFrom) {
}
