package org.filmfactory.take.internal.backend;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.settings.BackendConfig;
import org.filmfactory.take.internal.settings.BackendConfigs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A shot from a ComfyUI server running the owner's own models. The backend's options hold a workflow in ComfyUI's
 * API format ("Save (API)") whose values may be placeholders: {@code {{prompt}}}, {@code {{seed}}},
 * {@code {{width}}}, {@code {{height}}}, {@code {{fps}}}, {@code {{frames}}}, {@code {{seconds}}},
 * {@code {{model}}}. It is sent to {@code POST /prompt}; {@code GET /history/{prompt_id}} is polled until the prompt
 * has run; the first video output (an {@code .mp4}/{@code .webm}/{@code .mov} file, e.g. from a video-combine node)
 * becomes a {@link GeneratedMedia.Clip}, else the first picture a {@link GeneratedMedia.Still}, fetched from
 * {@code /view?filename=…&subfolder=…&type=output}. An API key, when set, goes as a bearer token (for servers behind
 * an authenticating proxy).
 */
@Component
class ComfyUi extends AiBackend {

    static final String ID = "comfyui";
    private static final Set<String> VIDEO = Set.of("mp4", "webm", "mov", "mkv", "m4v");

    ComfyUi(ProviderClient client, BackendConfigs configs) {
        super(client, configs);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    String kind() {
        return "ComfyUI";
    }

    @Override
    public String defaultBaseUrl() {
        return "http://127.0.0.1:8188";
    }

    @Override
    public String defaultModel() {
        return "";
    }

    @Override
    boolean needsKey() {
        return false;
    }

    @Override
    public BigDecimal estimate(BackendConfig config, ShotBrief brief) {
        return config.costPerImage().max(config.cost(0, brief.duration()));
    }

    @Override
    GeneratedMedia generate(ShotBrief brief, BackendConfig config, Conversation conversation, Path folder)
            throws IOException, InterruptedException {
        if (config.options().isBlank()) {
            throw conversation.failed(SETTINGS, "no workflow is set");
        }
        JsonNode workflow;
        try {
            workflow = client.json.readTree(config.options());
        } catch (JacksonException e) {
            throw conversation.failed(SETTINGS, "the workflow is not valid JSON");
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.set("prompt", Placeholders.fill(workflow, placeholders(brief, config)));
        body.put("client_id", "filmfactory-" + UUID.randomUUID());
        conversation.progress(2, "take.backend.stage.submitting");
        var submitted = conversation.json("queueing the workflow", request(config, "/prompt")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.json.writeValueAsString(body))).build());
        var promptId = submitted.path("prompt_id");
        if (!promptId.isString() || promptId.stringValue().isBlank()) {
            var error = VideoJobs.first(submitted, "error.message", "error");
            throw conversation.failed("queueing the workflow", error == null ? "the reply has no prompt_id" : error);
        }
        var id = promptId.stringValue();
        var settings = client.settings;
        var polls = Math.max(1, settings.jobTimeout().toMillis() / Math.max(1, settings.pollInterval().toMillis()));
        for (var poll = 0L; ; poll++) {
            var history = conversation.json("waiting for the workflow",
                    request(config, "/history/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).GET().build());
            var entry = history.path(id);
            if (entry.isObject()) {
                var status = entry.path("status");
                if ("error".equals(status.path("status_str").asString(""))) {
                    throw conversation.failed("running the workflow", executionError(status));
                }
                var completed = status.path("completed");
                if (!completed.isBoolean() || completed.booleanValue()) {
                    return fetch(brief, config, conversation, folder, entry.path("outputs"));
                }
            }
            if (poll + 1 >= polls) {
                throw conversation.failed("waiting for the workflow", "no result within "
                        + Conversation.seconds(settings.jobTimeout()));
            }
            conversation.progress(10, "take.backend.stage.waiting");
            conversation.pause(settings.pollInterval());
        }
    }

    private GeneratedMedia fetch(ShotBrief brief, BackendConfig config, Conversation conversation, Path folder,
            JsonNode outputs) throws IOException, InterruptedException {
        var files = new ArrayList<JsonNode>();
        for (var node : outputs.properties()) {
            for (var list : node.getValue().properties()) {
                if (list.getValue().isArray()) {
                    list.getValue().forEach(file -> {
                        if (file.path("filename").isString()) {
                            files.add(file);
                        }
                    });
                }
            }
        }
        var chosen = files.stream().filter(file -> VIDEO.contains(extension(file))).findFirst()
                .or(() -> files.stream().filter(file -> "output".equals(file.path("type").asString(""))).findFirst())
                .or(() -> files.stream().findFirst())
                .orElseThrow(() -> conversation.failed("running the workflow", "the workflow saved no output file"));
        var video = VIDEO.contains(extension(chosen));
        var query = "/view?filename=" + encode(chosen.path("filename").stringValue())
                + "&subfolder=" + encode(chosen.path("subfolder").asString(""))
                + "&type=" + encode(chosen.path("type").asString("output"));
        conversation.progress(90, "take.backend.stage.downloading");
        var extension = extension(chosen);
        var target = folder.resolve((video ? "clip." : "image.") + (extension.isEmpty() ? "png" : extension));
        var file = conversation.download(video ? "downloading the clip" : "downloading the picture",
                request(config, query).GET().build(), target);
        conversation.progress(100, "take.backend.stage.downloading");
        if (video) {
            conversation.meter().video(brief.duration());
            return new GeneratedMedia.Clip(file);
        }
        conversation.meter().image();
        return new GeneratedMedia.Still(file);
    }

    private static String executionError(JsonNode status) {
        for (var message : status.path("messages")) {
            if ("execution_error".equals(message.path(0).asString(""))) {
                var details = message.path(1);
                var text = details.path("exception_message").asString("").strip();
                var node = details.path("node_type").asString("");
                return (node.isEmpty() ? "" : node + ": ") + (text.isEmpty() ? "execution error" : text);
            }
        }
        return "the workflow failed";
    }

    private HttpRequest.Builder request(BackendConfig config, String path) {
        var builder = HttpRequest.newBuilder(resolve(config.baseUrl(), path));
        var key = config.apiKey();
        if (key != null && !key.isBlank()) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private static String extension(JsonNode file) {
        var name = file.path("filename").asString("");
        var dot = name.lastIndexOf('.');
        var extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,5}") ? extension : "";
    }

    private static String encode(@Nullable String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
