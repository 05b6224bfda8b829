package org.filmfactory.take.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.filmfactory.take.internal.backend.FakeProvider.bytes;
import static org.filmfactory.take.internal.backend.FakeProvider.endless;
import static org.filmfactory.take.internal.backend.FakeProvider.json;
import static org.filmfactory.take.internal.backend.FakeProvider.status;
import static org.filmfactory.take.internal.backend.FakeProvider.withHeader;

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

/** The asynchronous video job backend against a fake provider: submit, poll, download, and how each step fails. */
@StudioTest
class VideoJobsIT extends BackendHarness {

    static final String SUBMIT = "/v1/videos";
    static final String STATUS = "/v1/videos/job-7";
    static final byte[] CLIP = "....ftypisom fake clip".getBytes(StandardCharsets.US_ASCII);
    final JsonMapper json = JsonMapper.builder().build();
    VideoJobs backend;

    @BeforeEach
    void backend() {
        configure(VideoJobs.ID, "acme-motion-2", "{\"body\": {\"resolution\": \"1080p\", \"shot\": \"{{shot}}\"}}");
        backend = new VideoJobs(client(), configs);
    }

    String done(String file) {
        return "{\"id\": \"job-7\", \"status\": \"succeeded\", \"video_url\": \"" + provider.base() + file + "\"}";
    }

    @Test
    void submitsPollsAndDownloadsTheClipAtOnce() throws Exception {
        provider.on(SUBMIT, json(201, "{\"id\": \"job-7\", \"status\": \"queued\"}"))
                .on(STATUS, json("{\"id\": \"job-7\", \"status\": \"running\", \"progress\": 40}"),
                        json(done("/files/job-7.mp4")))
                .on("/files/job-7.mp4", bytes("video/mp4", CLIP));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Clip(folder.resolve("clip.mp4")));
        assertThat(Files.readAllBytes(folder.resolve("clip.mp4"))).isEqualTo(CLIP);
        var submit = provider.requests(SUBMIT).getFirst();
        assertThat(submit.method()).isEqualTo("POST");
        assertThat(submit.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(json.readTree(submit.body())).isEqualTo(json.readTree("""
                {"model": "acme-motion-2", "prompt": %s, "seed": 42, "width": 1080, "height": 1920, "fps": 30,
                 "duration_seconds": 4.0, "resolution": "1080p", "shot": "3.12"}
                """.formatted(json.writeValueAsString(PROMPT))));
        assertThat(provider.requests(STATUS)).hasSize(2).allSatisfy(poll -> {
            assertThat(poll.method()).isEqualTo("GET");
            assertThat(poll.header("Authorization")).isEqualTo("Bearer " + KEY);
        });
        assertThat(provider.requests("/files/job-7.mp4")).singleElement()
                .satisfies(download -> assertThat(download.header("Authorization")).isEmpty());
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(stages).contains("39 take.backend.stage.waiting", "100 take.backend.stage.downloading");
        assertThat(meter.usage()).isEqualTo(new Usage(4, 0, Duration.ofSeconds(4)));
    }

    @Test
    void aFailedJobSaysWhatTheProviderSaid() {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}"))
                .on(STATUS, json("{\"status\": \"failed\", \"error\": {\"message\": \"Prompt rejected by policy\"}}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "waiting for the job", provider("video backend"),
                "the job failed: Prompt rejected by policy");
    }

    @Test
    void anExpiredResultLinkFailsClearly() {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}"))
                .on(STATUS, json(done("/files/gone.mp4")))
                .on("/files/gone.mp4", status(410, "link expired"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "downloading the clip", provider("video backend"),
                "410 Gone: the result link has expired");
        assertThat(provider.requests("/files/gone.mp4")).hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void paymentRequiredOnSubmitFailsAtOnce() {
        provider.on(SUBMIT, json(402, "{\"message\": \"Insufficient credits\"}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "submitting the job", provider("video backend"),
                "402 Payment Required: Insufficient credits");
        assertThat(provider.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aHugeJsonReplyIsRefused() {
        provider.on(SUBMIT, endless("application/json"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "submitting the job", provider("video backend"), "reply larger than 8 KB, refused");
        assertThat(provider.requests()).hasSize(1);
    }

    @Test
    void aDeclaredHugeClipIsRefusedBeforeItIsRead() {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}"))
                .on(STATUS, json(done("/files/big.mp4")))
                .on("/files/big.mp4", bytes("video/mp4", new byte[300 * 1024]));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "downloading the clip", provider("video backend"),
                "reply larger than 256 KB, refused");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void malformedStatusJsonFailsClearly() {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}")).on(STATUS, json("<html>gateway</html>"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "waiting for the job", provider("video backend"), "the reply is not valid JSON");
    }

    @Test
    void aServerErrorWhilePollingIsTriedAgain() throws Exception {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}"))
                .on(STATUS, status(502, "bad gateway"), json(done("/files/job-7.mp4")))
                .on("/files/job-7.mp4", bytes("video/mp4", CLIP));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Clip(folder.resolve("clip.mp4")));
        assertThat(provider.requests(STATUS)).hasSize(2);
        assertThat(waits).hasSize(1);
        assertBackoff(waits.getFirst(), 1);
    }

    @Test
    void rateLimitedPollsWaitForRetryAfter() throws Exception {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}"))
                .on(STATUS, withHeader("Retry-After", "5", status(429, "slow down")), json(done("/files/job-7.mp4")))
                .on("/files/job-7.mp4", bytes("video/mp4", CLIP));

        backend.generate(brief(), folder, progress, meter);

        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aJobThatNeverFinishesIsGivenUpAfterTheJobTimeout() {
        provider.on(SUBMIT, json("{\"id\": \"job-7\"}")).on(STATUS, json("{\"status\": \"running\"}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "waiting for the job", provider("video backend"), "no result within 10 s");
        assertThat(provider.requests(STATUS)).hasSize(5);
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }
}
