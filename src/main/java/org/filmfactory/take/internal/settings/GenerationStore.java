package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of {@code V12__take_generation_settings.sql}; callers bring the transaction. */
@Component
class GenerationStore {

    /** A project's general generation settings. */
    record Setup(String generatorId, String styleLine, @Nullable BigDecimal budget, BudgetPeriod period,
            String currency) {
    }

    /** One backend's row, its key still sealed. */
    record Backend(String backendId, String baseUrl, String model, @Nullable String sealedKey,
            @Nullable String keyHint, String options, BigDecimal costPerImage, BigDecimal costPerSecond) {

        @Override
        public String toString() {
            return "Backend[" + backendId + ", " + baseUrl + "]";
        }
    }

    private final JdbcClient jdbc;
    private final ApiKeySeal seal;

    GenerationStore(JdbcClient jdbc, ApiKeySeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    Optional<Setup> setup(UUID project) {
        return jdbc.sql("SELECT generator_id, style_line, budget, budget_period, currency"
                        + " FROM take_generation_settings WHERE project_id = :project")
                .param("project", project)
                .query((rs, row) -> new Setup(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        BudgetPeriod.valueOf(rs.getString(4)), rs.getString(5)))
                .optional();
    }

    /** Locks the project's settings row until the transaction ends; false when the project has none. */
    boolean lock(UUID project) {
        return jdbc.sql("SELECT project_id FROM take_generation_settings WHERE project_id = :project FOR UPDATE")
                .param("project", project).query(UUID.class).optional().isPresent();
    }

    void save(UUID project, Setup setup) {
        var updated = jdbc.sql("UPDATE take_generation_settings SET generator_id = :generator, style_line = :style,"
                        + " budget = :budget, budget_period = :period, currency = :currency WHERE project_id = :project")
                .param("generator", setup.generatorId()).param("style", setup.styleLine())
                .param("budget", setup.budget()).param("period", setup.period().name())
                .param("currency", setup.currency()).param("project", project).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO take_generation_settings (project_id, generator_id, style_line, budget, budget_period,"
                            + " currency) VALUES (:project, :generator, :style, :budget, :period, :currency)")
                    .param("generator", setup.generatorId()).param("style", setup.styleLine())
                    .param("budget", setup.budget()).param("period", setup.period().name())
                    .param("currency", setup.currency()).param("project", project).update();
        }
    }

    List<Backend> backends(UUID project) {
        return jdbc.sql("SELECT backend_id, base_url, model, api_key_sealed, api_key_hint, options, cost_per_image,"
                        + " cost_per_second FROM take_backend_settings WHERE project_id = :project ORDER BY backend_id")
                .param("project", project)
                .query((rs, row) -> new Backend(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
                .list();
    }

    Optional<Backend> backend(UUID project, String backendId) {
        return backends(project).stream().filter(b -> b.backendId().equals(backendId)).findFirst();
    }

    /** A backend's settings with its key opened, for the call. */
    Optional<BackendConfig> config(UUID project, String backendId) {
        return backend(project, backendId).map(b -> new BackendConfig(b.backendId(), URI.create(b.baseUrl()),
                b.model(), b.sealedKey() == null ? null
                        : seal.open(b.sealedKey(), keyContext(project, backendId)).orElse(null),
                b.options(), b.costPerImage(), b.costPerSecond()));
    }

    /**
     * Writes a backend's row.
     *
     * @param newKey the key to seal, or null to keep the stored one (see {@code clearKey})
     */
    void save(UUID project, Backend backend, @Nullable String newKey, boolean clearKey) {
        var previous = backend(project, backend.backendId());
        String sealed = previous.map(Backend::sealedKey).orElse(null);
        String hint = previous.map(Backend::keyHint).orElse(null);
        if (clearKey) {
            sealed = null;
            hint = null;
        }
        if (newKey != null) {
            sealed = seal.seal(newKey, keyContext(project, backend.backendId()));
            hint = newKey.length() <= 8 ? "" : newKey.substring(newKey.length() - 4);
        }
        if (previous.isPresent()) {
            jdbc.sql("UPDATE take_backend_settings SET base_url = :url, model = :model, api_key_sealed = :sealed,"
                            + " api_key_hint = :hint, options = :options, cost_per_image = :image,"
                            + " cost_per_second = :second WHERE project_id = :project AND backend_id = :backend")
                    .params(row(project, backend, sealed, hint)).update();
        } else {
            jdbc.sql("INSERT INTO take_backend_settings (project_id, backend_id, base_url, model, api_key_sealed,"
                            + " api_key_hint, options, cost_per_image, cost_per_second) VALUES (:project, :backend,"
                            + " :url, :model, :sealed, :hint, :options, :image, :second)")
                    .params(row(project, backend, sealed, hint)).update();
        }
    }

    private static java.util.Map<String, @Nullable Object> row(UUID project, Backend backend, @Nullable String sealed,
            @Nullable String hint) {
        var values = new java.util.HashMap<String, @Nullable Object>();
        values.put("project", project);
        values.put("backend", backend.backendId());
        values.put("url", backend.baseUrl());
        values.put("model", backend.model());
        values.put("sealed", sealed);
        values.put("hint", hint);
        values.put("options", backend.options());
        values.put("image", backend.costPerImage());
        values.put("second", backend.costPerSecond());
        return values;
    }

    static String keyContext(UUID project, String backendId) {
        return project + "/" + backendId;
    }

    /** What is spent since {@code since} (everything when null), settled or still running. */
    BigDecimal spent(UUID project, @Nullable Instant since) {
        var sql = "SELECT COALESCE(SUM(cost), 0) FROM take_generation_usage WHERE project_id = :project"
                + (since == null ? "" : " AND started_at >= :since");
        var query = jdbc.sql(sql).param("project", project);
        if (since != null) {
            query = query.param("since", Timestamp.from(since));
        }
        return query.query(BigDecimal.class).single();
    }

    void open(UUID id, UUID project, Requester requester, String backendId, String shot, Instant at,
            BigDecimal estimate) {
        jdbc.sql("INSERT INTO take_generation_usage (id, project_id, member_key, member_name, backend_id, shot,"
                        + " started_at, settled, requests, images, video_ms, cost) VALUES (:id, :project, :key, :name,"
                        + " :backend, :shot, :at, FALSE, 0, 0, 0, :cost)")
                .param("id", id).param("project", project).param("key", requester.key())
                .param("name", requester.name()).param("backend", backendId).param("shot", shot)
                .param("at", Timestamp.from(at)).param("cost", estimate).update();
    }

    void settle(UUID id, Usage usage, BigDecimal cost) {
        jdbc.sql("UPDATE take_generation_usage SET settled = TRUE, requests = :requests, images = :images,"
                        + " video_ms = :video, cost = :cost WHERE id = :id")
                .param("requests", usage.requests()).param("images", usage.images())
                .param("video", usage.video().toMillis()).param("cost", cost).param("id", id).update();
    }

    List<MemberUsage> usageByMember(UUID project, @Nullable Instant since) {
        var sql = "SELECT member_key, MAX(member_name), COUNT(*), SUM(requests), SUM(images), SUM(video_ms),"
                + " SUM(cost) FROM take_generation_usage WHERE project_id = :project"
                + (since == null ? "" : " AND started_at >= :since")
                + " GROUP BY member_key ORDER BY SUM(cost) DESC, member_key";
        var query = jdbc.sql(sql).param("project", project);
        if (since != null) {
            query = query.param("since", Timestamp.from(since));
        }
        return query.query((rs, row) -> new MemberUsage(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getInt(4), rs.getInt(5), Duration.ofMillis(rs.getLong(6)), rs.getBigDecimal(7))).list();
    }
}
