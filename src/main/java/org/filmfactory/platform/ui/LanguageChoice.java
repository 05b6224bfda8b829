package org.filmfactory.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.filmfactory.platform.Translations;

/**
 * The language a person picked in the user menu. Without a choice, Vaadin follows the browser's language. The
 * choice lives in a cookie so it also holds on the sign-in page and after the session ends.
 */
public final class LanguageChoice {

    static final String COOKIE = "filmfactory-language";

    private LanguageChoice() {
    }

    /** Switches the current UI and session to {@code locale} and remembers it in the browser. */
    public static void choose(Locale locale) {
        var supported = Translations.supported(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(supported);
        }
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(supported);
            ui.getPage().reload();
        }
    }

    static Optional<Locale> remembered() {
        var request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Translations.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }
}
