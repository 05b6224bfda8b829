package org.filmfactory.platform.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.filmfactory.platform.Translations;
import org.jspecify.annotations.Nullable;

/**
 * Moments shown in the reader's own time zone, the one their browser reports (issue 10), written the way their
 * language writes them. The zone is read once per browser tab and kept on its UI. When the browser gave none (or one
 * Java does not know) the time is shown in UTC and says so, rather than in the server's zone, which means nothing to
 * the reader.
 */
public final class StudioTime {

    private StudioTime() {
    }

    /** {@code at} as date and time ({@code dateStyle}, {@code timeStyle}) in the current UI's zone and language. */
    public static String format(Instant at, FormatStyle dateStyle, FormatStyle timeStyle) {
        var ui = UI.getCurrent();
        var locale = ui == null ? Translations.ENGLISH : ui.getLocale();
        return format(at, dateStyle, timeStyle, locale, ui == null ? Optional.empty() : zone(ui));
    }

    /** {@code at} with the browser's zone when known, else in UTC with " UTC" after it. */
    static String format(Instant at, FormatStyle dateStyle, FormatStyle timeStyle, Locale locale,
            Optional<ZoneId> zone) {
        var formatter = DateTimeFormatter.ofLocalizedDateTime(dateStyle, timeStyle).withLocale(locale);
        return zone.map(z -> formatter.withZone(z).format(at))
                .orElseGet(() -> formatter.withZone(ZoneOffset.UTC).format(at) + " UTC");
    }

    /** The zone of the browser behind {@code ui}, when it told us one. */
    public static Optional<ZoneId> zone(UI ui) {
        var known = ComponentUtil.getData(ui, BrowserZone.class);
        if (known != null) {
            return Optional.of(known.zone());
        }
        var details = ui.getPage().getExtendedClientDetails();
        var zone = details == null ? null : parse(details.getTimeZoneId());
        if (zone != null) {
            ComponentUtil.setData(ui, BrowserZone.class, new BrowserZone(zone));
        }
        return Optional.ofNullable(zone);
    }

    static @Nullable ZoneId parse(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private record BrowserZone(ZoneId zone) implements java.io.Serializable {
    }
}
