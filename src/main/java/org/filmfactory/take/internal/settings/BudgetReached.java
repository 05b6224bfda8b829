package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import org.filmfactory.platform.UserFacingException;

/**
 * A generation would spend more than the project's budget; it is refused before any request leaves the studio.
 * Arguments: the budget, what is spent (including generations still running), the currency and the period's key.
 */
public final class BudgetReached extends UserFacingException {

    public BudgetReached(BigDecimal budget, BigDecimal spent, String currency, BudgetPeriod period) {
        super("take.budget-reached", budget.toPlainString(), spent.toPlainString(), currency, period.key());
    }
}
