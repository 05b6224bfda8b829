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
 * @param browserSilence how long an open screen's browser may send nothing (no Vaadin heartbeat, which comes every
 *     {@code vaadin.heartbeatInterval} seconds) before its person leaves the others' screens: how fast a crashed or
 *     sleeping browser's person vanishes (issue 10; this plus the heartbeat stays under 30 s)
 */
@ConfigurationProperties("filmfactory.collab")
@Validated
record CollabSettings(@DefaultValue("10s") Duration presenceTtl, @DefaultValue("3s") Duration heartbeat,
        @DefaultValue("22s") Duration browserSilence) {
}
