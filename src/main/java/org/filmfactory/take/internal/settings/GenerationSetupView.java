package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's generation settings for its owner's screen.
 *
 * @param generators the ids of the generators installed, for the choice
 * @param budget null when there is none
 * @param backends every AI backend installed, with defaults for those never set up
 */
public record GenerationSetupView(String generatorId, List<String> generators, String styleLine,
        @Nullable BigDecimal budget, BudgetPeriod period, String currency, List<BackendView> backends) {

    public GenerationSetupView {
        generators = List.copyOf(generators);
        backends = List.copyOf(backends);
    }
}
