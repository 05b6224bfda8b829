package org.filmfactory.take.internal.settings;

import java.util.Locale;

/** What a project's budget covers: each calendar month (UTC), or the whole life of the project. */
public enum BudgetPeriod {
    MONTH,
    TOTAL;

    /** Translation key of the period's name, e.g. {@code take.settings.period.month}. */
    public String key() {
        return "take.settings.period." + name().toLowerCase(Locale.ROOT);
    }
}
