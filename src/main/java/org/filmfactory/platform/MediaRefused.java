package org.filmfactory.platform;

/**
 * A file is not media the studio can use: empty, of an unknown type, corrupt or truncated, too large. The key says
 * which ({@code media.refused.empty}, {@code media.refused.unknown-type}, {@code media.refused.corrupt},
 * {@code media.refused.too-large}).
 */
public final class MediaRefused extends UserFacingException {

    public MediaRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
