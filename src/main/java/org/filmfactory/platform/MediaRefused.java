package org.filmfactory.platform;

/**
 * A file is not media the studio can use: empty, of an unknown type, corrupt or truncated, too large. The key says
 * which, and the arguments are, in this order:
 * <ul>
 *   <li>{@code media.refused.empty}: the file name as the person gave it</li>
 *   <li>{@code media.refused.unknown-type}: the file name</li>
 *   <li>{@code media.refused.corrupt}: the file name</li>
 *   <li>{@code media.refused.too-large}: the file name, its size in MB, the limit in MB
 *       ({@link MediaSettings#maxUpload()}; sizes as whole numbers, {@code bytes / (1024 * 1024)})</li>
 * </ul>
 */
public final class MediaRefused extends UserFacingException {

    public MediaRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
