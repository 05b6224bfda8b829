package org.filmfactory.render;

import java.util.List;

/**
 * Something a platform would refuse or change about a film.
 *
 * @param platform which platform
 * @param blocking true when the upload would be refused (too long, too large); false when it plays but not as meant
 *     (cropped, not full screen, shown as a normal video instead of a Short)
 * @param messageKey a translation key under {@code render.preflight.}
 * @param arguments the figures the message shows (the film's value and the limit)
 */
public record PreflightFinding(PlatformTarget platform, boolean blocking, String messageKey, List<String> arguments) {

    public PreflightFinding {
        arguments = List.copyOf(arguments);
    }
}
