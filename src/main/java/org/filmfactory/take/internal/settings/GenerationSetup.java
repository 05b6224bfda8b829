package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.ShotGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's side of generation settings: which generator the project uses, each AI backend's address, model, API
 * key, options and prices, the style line and the budget, and what generation has cost so far. Every method needs
 * {@link Permission#EDIT_PROJECT} (owners only); a forged call by anyone else fails with {@code NotAllowed}. API keys
 * go in sealed and never come back out.
 */
@Service
@Transactional
public class GenerationSetup {

    static final String DEFAULT_CURRENCY = "USD";
    private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    private final ProjectAccess access;
    private final GenerationStore store;
    private final ObjectProvider<ShotGenerator> generators;
    private final java.time.Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    GenerationSetup(ProjectAccess access, GenerationStore store, ObjectProvider<ShotGenerator> generators,
            java.time.Clock clock) {
        this.access = access;
        this.store = store;
        this.generators = generators;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public GenerationSetupView show(ProjectId projectId) {
        access.require(projectId, Permission.EDIT_PROJECT);
        var project = projectId.value();
        var setup = store.setup(project).orElseGet(GenerationSetup::defaults);
        var stored = store.backends(project);
        var views = new ArrayList<BackendView>();
        for (var backend : backends()) {
            var row = stored.stream().filter(b -> b.backendId().equals(backend.id())).findFirst();
            views.add(row.map(b -> new BackendView(b.backendId(), b.baseUrl(), b.model(), b.sealedKey() != null,
                            b.keyHint() == null || b.keyHint().isEmpty() ? null : b.keyHint(), b.options(),
                            b.costPerImage(), b.costPerSecond()))
                    .orElseGet(() -> new BackendView(backend.id(), backend.defaultBaseUrl(), backend.defaultModel(),
                            false, null, "", BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return new GenerationSetupView(setup.generatorId(), generatorIds(), setup.styleLine(), setup.budget(),
                setup.period(), setup.currency(), views);
    }

    /**
     * Saves the settings after checking every value; nothing is saved when one is out of bounds.
     *
     * @throws InvalidGenerationSetting naming the first field out of bounds
     */
    public void save(ProjectId projectId, GenerationSetupChange change) {
        access.require(projectId, Permission.EDIT_PROJECT);
        validate(change);
        var project = projectId.value();
        store.save(project, new GenerationStore.Setup(change.generatorId(), change.styleLine().strip(),
                change.budget(), change.period(), change.currency().strip()));
        for (var backend : change.backends()) {
            var key = backend.key() instanceof KeyChange.Replace replace ? replace.apiKey().strip() : null;
            store.save(project, new GenerationStore.Backend(backend.backendId(), backend.baseUrl().strip(),
                            backend.model().strip(), null, null, backend.options().strip(), backend.costPerImage(),
                            backend.costPerSecond()),
                    key, backend.key() instanceof KeyChange.Clear);
        }
    }

    /** What generation used and cost in the budget's period, per member. */
    @Transactional(readOnly = true)
    public UsageReport usage(ProjectId projectId) {
        access.require(projectId, Permission.EDIT_PROJECT);
        var project = projectId.value();
        var setup = store.setup(project).orElseGet(GenerationSetup::defaults);
        var since = Budget.periodStart(setup.period(), clock.instant());
        return new UsageReport(setup.currency(), setup.budget(), setup.period(),
                store.spent(project, since).stripTrailingZeros(), store.usageByMember(project, since));
    }

    private static GenerationStore.Setup defaults() {
        return new GenerationStore.Setup(ProjectGenerators.DEFAULT_GENERATOR, "", null, BudgetPeriod.MONTH,
                DEFAULT_CURRENCY);
    }

    private List<String> generatorIds() {
        return generators.orderedStream().map(ShotGenerator::id).sorted(Comparator
                .comparing((String id) -> !id.equals(ProjectGenerators.DEFAULT_GENERATOR))
                .thenComparing(Comparator.naturalOrder())).distinct().toList();
    }

    private List<MeteredGenerator> backends() {
        return generators.orderedStream().filter(MeteredGenerator.class::isInstance)
                .map(MeteredGenerator.class::cast).sorted(Comparator.comparing(ShotGenerator::id)).toList();
    }

    private void validate(GenerationSetupChange change) {
        var ids = generatorIds();
        if (!ids.contains(change.generatorId()) && !change.generatorId().equals(ProjectGenerators.DEFAULT_GENERATOR)) {
            throw new InvalidGenerationSetting("generator", "take.settings.error.generator", change.generatorId());
        }
        if (change.styleLine().strip().length() > 500) {
            throw new InvalidGenerationSetting("style", "take.settings.error.style", 500);
        }
        var budget = change.budget();
        if (budget != null && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) >= 0
                || budget.stripTrailingZeros().scale() > 2)) {
            throw new InvalidGenerationSetting("budget", "take.settings.error.budget");
        }
        var currency = change.currency().strip();
        if (currency.isEmpty() || currency.length() > 8 || currency.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidGenerationSetting("currency", "take.settings.error.currency");
        }
        var known = backends().stream().map(ShotGenerator::id).toList();
        for (var backend : change.backends()) {
            var id = backend.backendId();
            if (!known.contains(id)) {
                throw new InvalidGenerationSetting("generator", "take.settings.error.generator", id);
            }
            var url = backend.baseUrl().strip();
            if (url.isEmpty() ? id.equals(change.generatorId()) : !validUrl(url)) {
                throw new InvalidGenerationSetting(id + ".url", "take.settings.error.url");
            }
            if (backend.model().strip().length() > 200) {
                throw new InvalidGenerationSetting(id + ".model", "take.settings.error.model", 200);
            }
            if (backend.key() instanceof KeyChange.Replace replace) {
                var key = replace.apiKey().strip();
                if (key.isEmpty() || key.length() > 1000 || key.chars().anyMatch(c -> c <= ' ' || c == 127)) {
                    throw new InvalidGenerationSetting(id + ".key", "take.settings.error.key");
                }
            }
            validateOptions(id, backend.options().strip());
            for (var price : List.of(backend.costPerImage(), backend.costPerSecond())) {
                if (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0 || price.stripTrailingZeros().scale() > 4) {
                    throw new InvalidGenerationSetting(id + (price == backend.costPerImage() ? ".cost-per-image"
                            : ".cost-per-second"), "take.settings.error.price");
                }
            }
        }
    }

    private void validateOptions(String backendId, String options) {
        if (options.isEmpty()) {
            return;
        }
        if (options.length() > 1_000_000) {
            throw new InvalidGenerationSetting(backendId + ".options", "take.settings.error.options-size");
        }
        try {
            var tree = json.readTree(options);
            if (!tree.isObject()) {
                throw new InvalidGenerationSetting(backendId + ".options", "take.settings.error.options-object");
            }
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new InvalidGenerationSetting(backendId + ".options", "take.settings.error.options-json",
                    location == null ? 1 : location.getLineNr(), location == null ? 1 : location.getColumnNr());
        }
    }

    static boolean validUrl(String text) {
        if (text.length() > 2000) {
            return false;
        }
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
