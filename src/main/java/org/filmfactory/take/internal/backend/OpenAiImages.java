package org.filmfactory.take.internal.backend;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.settings.BackendConfig;
import org.filmfactory.take.internal.settings.BackendConfigs;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A picture per shot from an OpenAI-compatible images API ({@code POST {base}/v1/images/generations}), which the
 * take pipeline animates by the shot's camera move. The body is {@code model}, {@code prompt}, {@code n: 1} and a
 * {@code size} by the project's aspect ({@code 1024x1536} portrait, {@code 1536x1024} landscape, {@code 1024x1024}
 * square), plus the fields of the backend's options (a JSON object, placeholders filled, e.g.
 * {@code {"seed": "{{seed}}", "quality": "high", "size": "{{width}}x{{height}}"}} for servers that take them). The
 * reply's {@code data[0].b64_json} is decoded, or its {@code data[0].url} downloaded at once (without the API key:
 * such links are pre-signed and may point to another host).
 */
@Component
class OpenAiImages extends AiBackend {

    static final String ID = "openai-images";

    OpenAiImages(ProviderClient client, BackendConfigs configs) {
        super(client, configs);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    String kind() {
        return "image backend";
    }

    @Override
    public String defaultBaseUrl() {
        return "https://api.openai.com";
    }

    @Override
    public String defaultModel() {
        return "gpt-image-1";
    }

    @Override
    boolean needsKey() {
        return true;
    }

    @Override
    public BigDecimal estimate(BackendConfig config, ShotBrief brief) {
        return config.costPerImage();
    }

    @Override
    GeneratedMedia generate(ShotBrief brief, BackendConfig config, Conversation conversation, Path folder)
            throws IOException, InterruptedException {
        var body = JsonNodeFactory.instance.objectNode();
        if (!config.model().isBlank()) {
            body.put("model", config.model());
        }
        body.put("prompt", brief.prompt());
        body.put("n", 1);
        body.put("size", size(brief));
        if (!config.options().isBlank()) {
            tools.jackson.databind.JsonNode options;
            try {
                options = client.json.readTree(config.options());
            } catch (tools.jackson.core.JacksonException e) {
                throw conversation.failed(SETTINGS, "the options are not valid JSON");
            }
            var extra = Placeholders.fill(options, placeholders(brief, config));
            if (extra instanceof ObjectNode fields) {
                body.setAll(fields);
            }
        }
        conversation.progress(5, "take.backend.stage.generating");
        var request = HttpRequest.newBuilder(resolve(config.baseUrl(), "/v1/images/generations"))
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.json.writeValueAsString(body)))
                .build();
        var stage = "generating the picture";
        // A picture comes inside the JSON as Base64: the media cap applies, a third more for the encoding.
        var reply = conversation.json(stage, request, client.settings.maxMediaSize().toBytes() * 4 / 3 + 4096);
        var first = reply.path("data").path(0);
        var encoded = first.path("b64_json");
        var url = first.path("url");
        Path image;
        if (encoded.isString() && !encoded.stringValue().isEmpty()) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(encoded.stringValue());
            } catch (IllegalArgumentException e) {
                throw conversation.failed(stage, "the picture in the reply is not valid Base64");
            }
            image = folder.resolve("image." + imageExtension(bytes));
            Files.write(image, bytes);
        } else if (url.isString() && !url.stringValue().isEmpty()) {
            URI link;
            try {
                link = URI.create(url.stringValue());
            } catch (IllegalArgumentException e) {
                throw conversation.failed(stage, "the reply's picture link is not a URL");
            }
            conversation.progress(80, "take.backend.stage.downloading");
            var downloaded = conversation.download("downloading the picture",
                    HttpRequest.newBuilder(link).GET().build(), folder.resolve("image.download"));
            byte[] head;
            try (var in = Files.newInputStream(downloaded)) {
                head = in.readNBytes(12);
            }
            image = Files.move(downloaded, folder.resolve("image." + imageExtension(head)));
        } else {
            throw conversation.failed(stage, "the reply has no picture (data[0].b64_json or data[0].url)");
        }
        conversation.meter().image();
        conversation.progress(100, "take.backend.stage.downloading");
        return new GeneratedMedia.Still(image);
    }

    static String size(ShotBrief brief) {
        var width = brief.format().width();
        var height = brief.format().height();
        return height > width ? "1024x1536" : width > height ? "1536x1024" : "1024x1024";
    }
}
