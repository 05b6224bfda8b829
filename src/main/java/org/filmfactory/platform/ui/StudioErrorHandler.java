package org.filmfactory.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures in the UI end. An expected failure shows its translated message; anything else is
 * logged once with an incident id and the user sees only that id — never a stack trace.
 */
final class StudioErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StudioErrorHandler.class);
    private final Translations translations;

    StudioErrorHandler(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        var locale = ui == null ? Translations.ENGLISH : ui.getLocale();
        var text = describe(event.getThrowable(), locale, translations);
        if (ui != null) {
            ui.access(() -> Notices.error(text));
        }
    }

    /** What to tell the person about {@code failure}; an unexpected one is logged here, once, with its incident id. */
    static String describe(Throwable failure, Locale locale, Translations translations) {
        var expected = userFacingCause(failure);
        if (expected != null) {
            log.debug("Refused: {}", expected.getMessage());
            return translations.translate(locale, expected.messageKey(), expected.arguments());
        }
        var incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}", incident, failure);
        return translations.translate(locale, "error.unexpected", incident);
    }

    static @Nullable UserFacingException userFacingCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException expected) {
                return expected;
            }
        }
        return null;
    }
}
