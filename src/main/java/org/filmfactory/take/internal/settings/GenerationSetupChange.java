package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the owner saves: the generator, style line and budget, and the backends listed (others stay as they are).
 *
 * @param budget null for no budget
 */
public record GenerationSetupChange(String generatorId, String styleLine, @Nullable BigDecimal budget,
        BudgetPeriod period, String currency, List<BackendChange> backends) {

    public GenerationSetupChange {
        backends = List.copyOf(backends);
    }
}
