package org.filmfactory.take.internal.backend;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.settings.BackendConfig;
import org.filmfactory.take.internal.settings.BackendConfigs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clip per shot from an asynchronous video job API: submit, poll, download. The shape (README, "AI backends") is
 * the one most hosted video APIs share:
 * <ol>
 * <li>{@code POST {base}/v1/videos} with {@code Authorization: Bearer <key>} and {@code {"model", "prompt", "seed",
 * "width", "height", "fps", "duration_seconds"}} plus the fields of the options' {@code body}; the reply names the
 * job in {@code id} (or {@code job_id}, {@code task_id}).</li>
 * <li>{@code GET {base}/v1/videos/{id}} every {@code poll-interval}: {@code status} (or {@code state}) is
 * {@code queued}/{@code running}/… until {@code succeeded}/{@code completed}/{@code done}, or
 * {@code failed}/{@code error}/{@code cancelled} with {@code error.message}; {@code progress} is 0–100.</li>
 * <li>The finished job's {@code video_url} (or {@code url}, {@code output.url}, {@code result.url}) is downloaded at
 * once, without the API key (such links are pre-signed and expire).</li>
 * </ol>
 * Other paths are set in the options: {@code {"submit_path": "/v2/jobs", "status_path": "/v2/jobs/{id}",
 * "body": {"resolution": "720p"}}}.
 */
@Component
class VideoJobs extends AiBackend {

    static final String ID = "video-jobs";
    private static final Set<String> DONE = Set.of("succeeded", "success", "completed", "complete", "done",
            "finished");
    private static final Set<String> FAILED = Set.of("failed", "failure", "error", "cancelled", "canceled",
            "expired", "rejected");

    VideoJobs(ProviderClient client, BackendConfigs configs) {
        super(client, configs);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    String kind() {
        return "video backend";
    }

    @Override
    boolean needsKey() {
        return true;
    }

    @Override
    public BigDecimal estimate(BackendConfig config, ShotBrief brief) {
        return config.cost(0, brief.duration());
    }

    @Override
    GeneratedMedia generate(ShotBrief brief, BackendConfig config, Conversation conversation, Path folder)
            throws IOException, InterruptedException {
        var options = options(config, conversation);
        var body = JsonNodeFactory.instance.objectNode();
        if (!config.model().isBlank()) {
            body.put("model", config.model());
        }
        body.put("prompt", brief.prompt());
        body.put("seed", brief.seed());
        body.put("width", brief.format().width());
        body.put("height", brief.format().height());
        body.put("fps", brief.format().fps());
        body.put("duration_seconds", brief.duration().toMillis() / 1000.0);
        if (Placeholders.fill(options.path("body"), placeholders(brief, config)) instanceof ObjectNode extra) {
            body.setAll(extra);
        }
        conversation.progress(2, "take.backend.stage.submitting");
        var submitted = conversation.json("submitting the job", authorized(config,
                resolve(config.baseUrl(), text(options.path("submit_path"), "/v1/videos")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.json.writeValueAsString(body))).build());
        var jobId = first(submitted, "id", "job_id", "task_id");
        if (jobId == null || jobId.isBlank()) {
            throw conversation.failed("submitting the job", "the reply names no job (id)");
        }
        var statusUri = resolve(config.baseUrl(), text(options.path("status_path"), "/v1/videos/{id}")
                .replace("{id}", URLEncoder.encode(jobId, StandardCharsets.UTF_8)));
        var settings = client.settings;
        var polls = Math.max(1, settings.jobTimeout().toMillis() / Math.max(1, settings.pollInterval().toMillis()));
        for (var poll = 0L; ; poll++) {
            var status = conversation.json("waiting for the job", authorized(config, statusUri).GET().build());
            var state = first(status, "status", "state");
            state = state == null ? "" : state.toLowerCase(Locale.ROOT);
            if (DONE.contains(state)) {
                var url = first(status, "video_url", "url", "output.url", "result.url", "output.0", "data.0.url");
                if (url == null || url.isBlank()) {
                    throw conversation.failed("waiting for the job", "the finished job has no video_url");
                }
                URI link;
                try {
                    link = URI.create(url);
                } catch (IllegalArgumentException e) {
                    throw conversation.failed("waiting for the job", "the finished job's video_url is not a URL");
                }
                conversation.progress(90, "take.backend.stage.downloading");
                var clip = conversation.download("downloading the clip", HttpRequest.newBuilder(link).GET().build(),
                        folder.resolve("clip.mp4"));
                var seconds = status.path("duration_seconds");
                conversation.meter().video(seconds.isNumber()
                        ? Duration.ofMillis(Math.round(seconds.asDouble() * 1000)) : brief.duration());
                conversation.progress(100, "take.backend.stage.downloading");
                return new GeneratedMedia.Clip(clip);
            }
            if (FAILED.contains(state)) {
                var why = first(status, "error.message", "error", "failure_reason", "message");
                throw conversation.failed("waiting for the job", "the job " + state
                        + (why == null || why.isBlank() ? "" : ": " + why));
            }
            if (poll + 1 >= polls) {
                throw conversation.failed("waiting for the job", "no result within "
                        + Conversation.seconds(settings.jobTimeout()));
            }
            conversation.progress(percent(status.path("progress")), "take.backend.stage.waiting");
            conversation.pause(settings.pollInterval());
        }
    }

    private HttpRequest.Builder authorized(BackendConfig config, URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + config.apiKey())
                .header("Accept", "application/json");
    }

    private JsonNode options(BackendConfig config, Conversation conversation) {
        if (config.options().isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return client.json.readTree(config.options());
        } catch (tools.jackson.core.JacksonException e) {
            throw conversation.failed(SETTINGS, "the options are not valid JSON");
        }
    }

    private static int percent(JsonNode progress) {
        if (!progress.isNumber()) {
            return 10;
        }
        var value = progress.asDouble();
        var percent = value <= 1 && value > 0 && !progress.isIntegralNumber() ? value * 100 : value;
        return (int) Math.max(5, Math.min(89, 5 + percent * 0.85));
    }

    /** The first of the dotted paths that holds text or a number. */
    static @Nullable String first(JsonNode node, String... paths) {
        for (var path : paths) {
            var value = node;
            for (var part : path.split("\\.")) {
                value = part.chars().allMatch(Character::isDigit) ? value.path(Integer.parseInt(part))
                        : value.path(part);
            }
            if (value.isString() || value.isNumber()) {
                return value.asString();
            }
        }
        return null;
    }

    static String text(JsonNode node, String otherwise) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : otherwise;
    }
}
