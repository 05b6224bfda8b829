package org.filmfactory.collab.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Presence timing.
 *
 * @param presenceTtl how long a presence entry lives without a heartbeat (how fast a dead node's people vanish)
 * @param heartbeat how often a node renews its open screens' entries; well below the TTL
 */
@ConfigurationProperties("filmfactory.collab")
@Validated
record CollabSettings(@DefaultValue("10s") Duration presenceTtl, @DefaultValue("3s") Duration heartbeat) {
}
