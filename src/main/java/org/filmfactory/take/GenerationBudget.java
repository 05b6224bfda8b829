package org.filmfactory.take;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.ActingMember;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.internal.settings.Charge;
import org.filmfactory.take.internal.settings.ProjectGenerators;
import org.filmfactory.take.internal.settings.Requester;
import org.filmfactory.take.internal.settings.Usage;
import org.springframework.stereotype.Service;

/**
 * The project's generation budget for paid calls made outside the take pipeline (a chat backend writing a
 * screenplay): the same budget, period and usage table the owner sees in the generation settings. Checks no
 * permission: the caller has authorized the act it pays for.
 */
@Service
public class GenerationBudget {

    /** Spending admitted under the budget; its estimate counts as spent until {@link #settle} replaces it. */
    public record Hold(UUID id, ProjectId project, String backendId, BigDecimal estimate) {

        public Hold {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(backendId, "backendId");
            Objects.requireNonNull(estimate, "estimate");
        }
    }

    private final ProjectGenerators generators;

    GenerationBudget(ProjectGenerators generators) {
        this.generators = generators;
    }

    /**
     * Admits a paid call of {@code estimate} (in the project's budget currency) for {@code member}.
     *
     * @param backendId what is called, e.g. {@code chat} (at most 40 characters)
     * @param subject what it is for, kept with the usage (at most 24 characters)
     * @throws org.filmfactory.platform.UserFacingException ({@code take.budget-reached.*}) when the budget would be
     *     exceeded; nothing is recorded then
     */
    public Hold admit(ProjectId project, ActingMember member, String backendId, String subject,
            BigDecimal estimate) {
        var requester = new Requester(member.userId().toString(), member.displayName());
        var charge = generators.chargeOrRefuse(project, requester, backendId, subject, estimate);
        return new Hold(charge.id(), charge.projectId(), charge.backendId(), charge.estimate());
    }

    /** Replaces the held estimate with what the call really cost; {@code requests} HTTP requests were sent. */
    public void settle(Hold hold, int requests, BigDecimal cost) {
        generators.record(new Charge(hold.id(), hold.project(), hold.backendId(), hold.estimate()),
                new Usage(requests, 0, Duration.ZERO), cost);
    }
}
