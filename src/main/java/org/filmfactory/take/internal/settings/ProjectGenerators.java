package org.filmfactory.take.internal.settings;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.ShotGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generation as a project has set it up, for the take pipeline: which {@link ShotGenerator} to use, the prompt a
 * shot starts with, and the budget. Methods here check no permission: they run on work-queue threads for a job that
 * was authorized when it was requested ({@code GENERATE}).
 *
 * <p>{@link #generate} is the whole call: it admits the generation under the budget (or refuses it with {@link
 * BudgetReached} before any request leaves the studio), runs the generator, and records what it used and cost for
 * the requesting member, also when it failed. Generators that call no paid provider (the offline animatic) are run
 * without a charge.
 */
@Service
public class ProjectGenerators {

    /** The built-in offline animatic; every project uses it until its owner chooses another generator. */
    public static final String DEFAULT_GENERATOR = "animatic";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectGenerators.class);

    private final ObjectProvider<ShotGenerator> generators;
    private final GenerationStore store;
    private final Budget budget;

    ProjectGenerators(ObjectProvider<ShotGenerator> generators, GenerationStore store, Budget budget) {
        this.generators = generators;
        this.store = store;
        this.budget = budget;
    }

    /** The id of the generator the project's owner chose, {@value #DEFAULT_GENERATOR} when none. */
    @Transactional(readOnly = true)
    public String generatorIdFor(ProjectId projectId) {
        return store.setup(projectId.value()).map(GenerationStore.Setup::generatorId).orElse(DEFAULT_GENERATOR);
    }

    /**
     * The generator the project uses.
     *
     * @throws GeneratorUnavailable when no generator bean has the chosen id (for the default: the animatic is not
     *     part of this build)
     */
    public ShotGenerator generatorFor(ProjectId projectId) {
        return generator(generatorIdFor(projectId));
    }

    /** The generator bean with this id. */
    public ShotGenerator generator(String generatorId) {
        return generators.orderedStream().filter(g -> g.id().equals(generatorId)).findFirst()
                .orElseThrow(() -> {
                    LOG.warn("No shot generator with id {} is installed", generatorId);
                    return new GeneratorUnavailable(generatorId);
                });
    }

    /** The project's style line, with which every default prompt starts; empty when none. */
    @Transactional(readOnly = true)
    public String styleLine(ProjectId projectId) {
        return store.setup(projectId.value()).map(GenerationStore.Setup::styleLine).orElse("");
    }

    /**
     * The prompt for a shot before a director edits it: built from the brief's script facts (its own {@code prompt}
     * is ignored) and the style line of the project named by {@code brief.projectKey()}.
     */
    @Transactional(readOnly = true)
    public String defaultPrompt(ShotBrief brief) {
        return Prompts.build(brief, styleLine(new ProjectId(java.util.UUID.fromString(brief.projectKey()))));
    }

    /**
     * What one generation of {@code brief} with the project's chosen generator is expected to cost; zero for
     * generators that call no paid provider.
     */
    @Transactional(readOnly = true)
    public BigDecimal estimate(ProjectId projectId, ShotBrief brief) {
        var generator = generatorFor(projectId);
        if (generator instanceof MeteredGenerator metered) {
            return store.config(projectId.value(), generator.id()).map(config -> metered.estimate(config, brief))
                    .orElse(BigDecimal.ZERO);
        }
        return BigDecimal.ZERO;
    }

    /**
     * Admits a generation under the project's budget: its estimated cost counts as spent from now on.
     *
     * @param shot "3.12" style scene.shot number, kept with the usage
     * @throws BudgetReached when the budget would be exceeded; nothing is recorded then
     */
    public Charge chargeOrRefuse(ProjectId projectId, Requester requester, String backendId, String shot,
            BigDecimal estimatedCost) {
        return budget.admit(projectId, requester, backendId, shot, estimatedCost);
    }

    /** Settles an admitted generation with what it really used; its cost follows from the backend's prices. */
    public void record(Charge charge, Usage actual) {
        budget.settle(charge, actual);
    }

    /**
     * Settles an admitted spending whose cost the caller knows (a chat backend priced per token, not by the
     * backend's picture and video prices).
     */
    public void record(Charge charge, Usage actual, BigDecimal cost) {
        budget.settle(charge, actual, cost);
    }

    /**
     * Generates one shot with the project's chosen generator, under the budget, counting usage for {@code
     * requester}. Blocks for as long as the provider takes.
     *
     * @throws BudgetReached before any request, when the budget would be exceeded
     * @throws GenerationFailed for a failure attributed to the shot, stage and provider
     * @throws IOException for transient trouble (the queue retries)
     */
    public GeneratedMedia generate(ProjectId projectId, Requester requester, ShotBrief brief, Path workFolder,
            GenerationProgress progress) throws IOException, InterruptedException {
        var generator = generatorFor(projectId);
        if (!(generator instanceof MeteredGenerator metered)) {
            return generator.generate(brief, workFolder, progress);
        }
        Optional<BackendConfig> config = store.config(projectId.value(), generator.id());
        var estimate = config.map(c -> metered.estimate(c, brief)).orElse(BigDecimal.ZERO);
        var charge = chargeOrRefuse(projectId, requester, generator.id(),
                brief.sceneNumber() + "." + brief.shotNumber(), estimate);
        var meter = new Meter();
        try {
            return metered.generate(brief, workFolder, progress, meter);
        } finally {
            record(charge, meter.usage());
        }
    }
}
