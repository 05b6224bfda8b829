package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget check and the usage records. Admission runs with the project's settings row locked, so two nodes
 * admitting generations at the same moment cannot both slip under the budget: the second sees the first's estimate.
 */
@Component
class Budget {

    private final GenerationStore store;
    private final Clock clock;

    Budget(GenerationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    Charge admit(ProjectId projectId, Requester requester, String backendId, String shot, BigDecimal estimate) {
        var project = projectId.value();
        var now = clock.instant();
        if (store.lock(project)) {
            var setup = store.setup(project).orElseThrow();
            var budget = setup.budget();
            if (budget != null) {
                var spent = store.spent(project, periodStart(setup.period(), now));
                if (spent.add(estimate).compareTo(budget) > 0) {
                    throw new BudgetReached(budget, spent, setup.currency(), setup.period());
                }
            }
        }
        var id = UUID.randomUUID();
        store.open(id, project, requester, backendId, shot, now, estimate);
        return new Charge(id, projectId, backendId, estimate);
    }

    @Transactional
    void settle(Charge charge, Usage usage) {
        var config = store.config(charge.projectId().value(), charge.backendId());
        var cost = config.map(c -> c.cost(usage.images(), usage.video())).orElse(BigDecimal.ZERO);
        store.settle(charge.id(), usage, cost);
    }

    @Transactional
    void settle(Charge charge, Usage usage, BigDecimal cost) {
        store.settle(charge.id(), usage, cost);
    }

    static @Nullable Instant periodStart(BudgetPeriod period, Instant now) {
        return switch (period) {
            case TOTAL -> null;
            case MONTH -> now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        };
    }
}
