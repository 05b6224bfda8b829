package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a project's generations used and cost in the budget's period (this calendar month, UTC, or in total),
 * per member, most expensive first. {@code spent} includes generations still running, at their estimate.
 */
public record UsageReport(String currency, @Nullable BigDecimal budget, BudgetPeriod period, BigDecimal spent,
        List<MemberUsage> members) {

    public UsageReport {
        members = List.copyOf(members);
    }
}
