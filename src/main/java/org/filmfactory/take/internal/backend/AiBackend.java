package org.filmfactory.take.internal.backend;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.settings.BackendConfig;
import org.filmfactory.take.internal.settings.BackendConfigs;
import org.filmfactory.take.internal.settings.Meter;
import org.filmfactory.take.internal.settings.MeteredGenerator;

/**
 * What the three backends share: reading the project's settings for the call and naming the provider in failures
 * ("video backend (api.example.com)").
 */
abstract class AiBackend implements MeteredGenerator {

    static final String SETTINGS = "reading the settings";

    final ProviderClient client;
    private final BackendConfigs configs;

    AiBackend(ProviderClient client, BackendConfigs configs) {
        this.client = client;
        this.configs = configs;
    }

    /** How failures name this kind of backend, e.g. "image backend". */
    abstract String kind();

    /** Whether calls need an API key (ComfyUI servers usually need none). */
    abstract boolean needsKey();

    abstract GeneratedMedia generate(ShotBrief brief, BackendConfig config, Conversation conversation, Path folder)
            throws IOException, InterruptedException;

    @Override
    public final GeneratedMedia generate(ShotBrief brief, Path workFolder, GenerationProgress progress, Meter meter)
            throws IOException, InterruptedException {
        var shot = brief.sceneNumber() + "." + brief.shotNumber();
        var config = configs.find(brief.projectKey(), id())
                .orElseThrow(() -> new GenerationFailed(shot, SETTINGS, kind(), "not set up for this project"));
        var provider = kind() + " (" + host(config.baseUrl()) + ")";
        if (needsKey() && (config.apiKey() == null || config.apiKey().isBlank())) {
            throw new GenerationFailed(shot, SETTINGS, provider, "no API key is set");
        }
        var conversation = new Conversation(client, shot, provider, config.apiKey(), meter, progress);
        return generate(brief, config, conversation, workFolder);
    }

    /** The values a template may use: {@code {{prompt}}}, {@code {{seed}}}, {@code {{width}}}… */
    static Map<String, Object> placeholders(ShotBrief brief, BackendConfig config) {
        var values = new LinkedHashMap<String, Object>();
        values.put("prompt", brief.prompt());
        values.put("seed", brief.seed());
        values.put("width", brief.format().width());
        values.put("height", brief.format().height());
        values.put("fps", brief.format().fps());
        values.put("seconds", brief.duration().toMillis() / 1000.0);
        values.put("frames", (int) Math.max(1, Math.round(brief.duration().toMillis() * brief.format().fps() / 1000.0)));
        values.put("model", config.model());
        values.put("shot", brief.sceneNumber() + "." + brief.shotNumber());
        return values;
    }

    /** {@code base} with {@code path} appended, keeping any path the base already has ({@code /openai}). */
    static URI resolve(URI base, String path) {
        var text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + (path.startsWith("/") ? path : "/" + path));
    }

    static String host(URI uri) {
        var host = uri.getHost() == null ? uri.toString() : uri.getHost();
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    /** The file extension of a picture by its first bytes; "png" when unknown (the take pipeline probes it). */
    static String imageExtension(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
            return "jpg";
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[8] == 'W' && head[9] == 'E') {
            return "webp";
        }
        return "png";
    }
}
