package org.filmfactory.take.internal.settings;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals AI backends' API keys at rest.
 *
 * @param secretKey 32 bytes as Base64 (e.g. {@code openssl rand -base64 32}); when absent the studio generates one
 *     key once and keeps it in its database, so every node reads the same key without configuration
 */
@ConfigurationProperties("filmfactory.take")
record SecretKeySettings(@Nullable String secretKey) {
}
