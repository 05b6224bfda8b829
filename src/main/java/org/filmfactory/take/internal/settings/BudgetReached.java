package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import org.filmfactory.platform.UserFacingException;

/**
 * A generation would spend more than the project's budget; it is refused before any request leaves the studio.
 * Arguments: the budget, what is spent (including generations still running), the currency and the period's key.
 */
public final class BudgetReached extends UserFacingException {

    public BudgetReached(BigDecimal budget, BigDecimal spent, String currency, BudgetPeriod period) {
        super("take.budget-reached", money(budget), money(spent), currency, period.key());
    }

    /** An amount with two decimals, or up to four when prices have them: 1.00, 0.80, 0.085. */
    static String money(BigDecimal amount) {
        var scale = Math.max(2, Math.min(4, amount.stripTrailingZeros().scale()));
        return amount.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
