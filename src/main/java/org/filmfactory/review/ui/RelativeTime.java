package org.filmfactory.review.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.format.FormatStyle;
import org.filmfactory.platform.ui.StudioTime;

/** "Just now", "5 min ago", "3 h ago", "2 days ago", then the date: how long ago something happened, roughly. */
final class RelativeTime {

    private RelativeTime() {
    }

    /** The translation key and its argument for {@code at} seen at {@code now}; an empty key means "show the date". */
    record Phrase(String key, long amount) {
    }

    static Phrase of(Instant at, Instant now) {
        var ago = Duration.between(at, now);
        if (ago.toMinutes() < 1) {
            return new Phrase("activity.time.now", 0);
        }
        if (ago.toHours() < 1) {
            return new Phrase("activity.time.minutes", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return new Phrase("activity.time.hours", ago.toHours());
        }
        if (ago.toDays() < 7) {
            return new Phrase("activity.time.days", ago.toDays());
        }
        return new Phrase("", 0);
    }

    /** The phrase in the current UI's language (a date for anything older than a week). */
    static String text(Instant at, Instant now, java.util.function.BiFunction<String, Object[], String> translate) {
        var phrase = of(at, now);
        if (phrase.key().isEmpty()) {
            return StudioTime.format(at, FormatStyle.MEDIUM, FormatStyle.SHORT);
        }
        return translate.apply(phrase.key(), new Object[] {phrase.amount()});
    }
}
