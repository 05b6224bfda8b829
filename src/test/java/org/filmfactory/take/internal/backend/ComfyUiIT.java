package org.filmfactory.take.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.filmfactory.take.internal.backend.FakeProvider.bytes;
import static org.filmfactory.take.internal.backend.FakeProvider.json;
import static org.filmfactory.take.internal.backend.FakeProvider.slow;
import static org.filmfactory.take.internal.backend.FakeProvider.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.internal.settings.Usage;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The ComfyUI backend against a fake server: the filled workflow, polling the history, fetching the output. */
@StudioTest
class ComfyUiIT extends BackendHarness {

    static final String WORKFLOW = """
            {"3": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 20, "model": ["4", 0]}},
             "5": {"class_type": "EmptyLatentImage", "inputs": {"width": "{{width}}", "height": "{{height}}"}},
             "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}, film still"}}}
            """;
    static final String HISTORY = "/history/p-1";
    static final byte[] CLIP = "....ftypisom comfy clip".getBytes(StandardCharsets.US_ASCII);
    final JsonMapper json = JsonMapper.builder().build();
    ComfyUi backend;

    @BeforeEach
    void backend() {
        configure(ComfyUi.ID, "", WORKFLOW);
        backend = new ComfyUi(client(), configs);
    }

    static String finished(String outputs) {
        return "{\"p-1\": {\"status\": {\"status_str\": \"success\", \"completed\": true, \"messages\": []},"
                + " \"outputs\": " + outputs + "}}";
    }

    @Test
    void queuesTheFilledWorkflowAndFetchesThePicture() throws Exception {
        provider.on("/prompt", json("{\"prompt_id\": \"p-1\", \"number\": 3, \"node_errors\": {}}"))
                .on(HISTORY, json("{}"), json(finished(
                        "{\"9\": {\"images\": [{\"filename\": \"ff_00001_.png\", \"subfolder\": \"shots\","
                                + " \"type\": \"output\"}]}}")))
                .on("/view?filename=ff_00001_.png&subfolder=shots&type=output", bytes("image/png", png()));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Still(folder.resolve("image.png")));
        assertThat(Files.readAllBytes(folder.resolve("image.png"))).isEqualTo(png());
        var queued = json.readTree(provider.requests("/prompt").getFirst().body());
        assertThat(queued.path("prompt")).isEqualTo(json.readTree("""
                {"3": {"class_type": "KSampler", "inputs": {"seed": 42, "steps": 20, "model": ["4", 0]}},
                 "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 1080, "height": 1920}},
                 "6": {"class_type": "CLIPTextEncode", "inputs": {"text": %s}}}
                """.formatted(json.writeValueAsString(PROMPT + ", film still"))));
        assertThat(queued.path("client_id").stringValue()).startsWith("filmfactory-");
        assertThat(provider.requests("/prompt").getFirst().header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(provider.requests(HISTORY)).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(meter.usage()).isEqualTo(new Usage(4, 1, Duration.ZERO));
    }

    @Test
    void aVideoOutputBecomesAClip() throws Exception {
        provider.on("/prompt", json("{\"prompt_id\": \"p-1\"}"))
                .on(HISTORY, json(finished("{\"8\": {\"images\": [{\"filename\": \"first.png\", \"subfolder\": \"\","
                        + " \"type\": \"output\"}]}, \"12\": {\"gifs\": [{\"filename\": \"ff_00001.mp4\","
                        + " \"subfolder\": \"\", \"type\": \"output\", \"format\": \"video/h264-mp4\"}]}}")))
                .on("/view?filename=ff_00001.mp4&subfolder=&type=output", bytes("video/mp4", CLIP));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Clip(folder.resolve("clip.mp4")));
        assertThat(Files.readAllBytes(folder.resolve("clip.mp4"))).isEqualTo(CLIP);
        assertThat(meter.usage()).isEqualTo(new Usage(3, 0, Duration.ofSeconds(4)));
    }

    @Test
    void anExecutionErrorIsReportedWithTheNodeAndMessage() {
        provider.on("/prompt", json("{\"prompt_id\": \"p-1\"}"))
                .on(HISTORY, json("{\"p-1\": {\"status\": {\"status_str\": \"error\", \"completed\": false,"
                        + " \"messages\": [[\"execution_start\", {}], [\"execution_error\", {\"node_type\":"
                        + " \"KSampler\", \"exception_message\": \"CUDA out of memory\"}]]}, \"outputs\": {}}}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "running the workflow", provider("ComfyUI"), "KSampler: CUDA out of memory");
    }

    @Test
    void aRefusedWorkflowFailsAtOnceWithComfyUisMessage() {
        provider.on("/prompt", json(400, "{\"error\": {\"type\": \"prompt_outputs_failed_validation\","
                + " \"message\": \"Prompt outputs failed validation\"}, \"node_errors\": {}}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "queueing the workflow", provider("ComfyUI"),
                "400 Bad Request: Prompt outputs failed validation");
        assertThat(provider.requests()).hasSize(1);
    }

    @Test
    void aServerErrorIsTriedAgain() throws Exception {
        provider.on("/prompt", status(500, "Internal Server Error"), json("{\"prompt_id\": \"p-1\"}"))
                .on(HISTORY, json(finished("{\"9\": {\"images\": [{\"filename\": \"a.png\", \"subfolder\": \"\","
                        + " \"type\": \"output\"}]}}")))
                .on("/view?filename=a.png&subfolder=&type=output", bytes("image/png", png()));

        backend.generate(brief(), folder, progress, meter);

        assertThat(provider.requests("/prompt")).hasSize(2);
        assertThat(waits).hasSize(1);
        assertBackoff(waits.getFirst(), 1);
    }

    @Test
    void aMissingOutputFileFailsClearly() {
        provider.on("/prompt", json("{\"prompt_id\": \"p-1\"}"))
                .on(HISTORY, json(finished("{\"9\": {\"images\": [{\"filename\": \"a.png\", \"subfolder\": \"\","
                        + " \"type\": \"output\"}]}}")))
                .on("/view?filename=a.png&subfolder=&type=output", status(404, "Not Found"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "downloading the picture", provider("ComfyUI"),
                "404 Not Found: the result link has expired");
    }

    @Test
    void malformedHistoryJsonFailsClearly() {
        provider.on("/prompt", json("{\"prompt_id\": \"p-1\"}")).on(HISTORY, json("{\"p-1\": {"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "waiting for the workflow", provider("ComfyUI"), "the reply is not valid JSON");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsGivenUp() {
        provider.on("/prompt", slow(2_500, json("{\"prompt_id\": \"p-1\"}")));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "queueing the workflow", provider("ComfyUI"), "no reply within 1 s after 3 attempts");
        assertThat(provider.requests("/prompt")).hasSize(3);
    }
}
