package org.filmfactory.take.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.filmfactory.take.internal.backend.FakeProvider.bytes;
import static org.filmfactory.take.internal.backend.FakeProvider.endless;
import static org.filmfactory.take.internal.backend.FakeProvider.json;
import static org.filmfactory.take.internal.backend.FakeProvider.slow;
import static org.filmfactory.take.internal.backend.FakeProvider.status;
import static org.filmfactory.take.internal.backend.FakeProvider.withHeader;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Random;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.internal.settings.Usage;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible images backend against a fake provider: the request it sends and every way it fails. */
@StudioTest
class OpenAiImagesIT extends BackendHarness {

    static final String PATH = "/v1/images/generations";
    final JsonMapper json = JsonMapper.builder().build();
    OpenAiImages backend;

    @BeforeEach
    void backend() {
        configure(OpenAiImages.ID, "gpt-image-1", "{\"seed\": \"{{seed}}\", \"quality\": \"high\"}");
        backend = new OpenAiImages(client(), configs);
    }

    String picture() {
        return "{\"created\": 1, \"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(png()) + "\"}]}";
    }

    @Test
    void sendsThePromptSeedAndSizeWithTheKeyAndDecodesThePicture() throws Exception {
        provider.on(PATH, json(picture()));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Still(folder.resolve("image.png")));
        assertThat(Files.readAllBytes(folder.resolve("image.png"))).isEqualTo(png());
        var request = provider.requests().getFirst();
        assertThat(provider.requests()).hasSize(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(PATH);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                {"model": "gpt-image-1", "prompt": %s, "n": 1, "size": "1024x1536", "seed": 42, "quality": "high"}
                """.formatted(json.writeValueAsString(PROMPT))));
        assertThat(meter.usage()).isEqualTo(new Usage(1, 1, Duration.ZERO));
        assertThat(waits).isEmpty();
    }

    @Test
    void downloadsAPictureLinkAtOnceWithoutTheKey() throws Exception {
        provider.on(PATH, json("{\"data\": [{\"url\": \"" + provider.base() + "/files/p1.png\"}]}"))
                .on("/files/p1.png", bytes("image/png", png()));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Still(folder.resolve("image.png")));
        assertThat(Files.readAllBytes(folder.resolve("image.png"))).isEqualTo(png());
        assertThat(provider.requests("/files/p1.png")).singleElement()
                .satisfies(download -> assertThat(download.header("Authorization")).isEmpty());
        assertThat(meter.usage()).isEqualTo(new Usage(2, 1, Duration.ZERO));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysInSecondsThenTriesAgain() throws Exception {
        provider.on(PATH, withHeader("Retry-After", "7", json(429, "{\"error\": {\"message\": \"Slow down\"}}")),
                json(picture()));

        backend.generate(brief(), folder, progress, meter);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(provider.requests(PATH)).hasSize(2);
    }

    @Test
    void waitsUntilTheRetryAfterDate() throws Exception {
        var date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(42).atZone(ZoneOffset.UTC));
        provider.on(PATH, withHeader("Retry-After", date, status(429, "busy")), json(picture()));

        backend.generate(brief(), folder, progress, meter);

        assertThat(waits).containsExactly(Duration.ofSeconds(42));
        assertThat(provider.requests(PATH)).hasSize(2);
    }

    @Test
    void theSecondTryReachesTheProviderOnlyAfterTheRetryAfterDelay() throws Exception {
        var real = new OpenAiImages(new ProviderClient(SETTINGS, Clock.systemUTC(), Sleeper.REAL, new Random(3)),
                configs);
        provider.on(PATH, withHeader("Retry-After", "1", status(429, "busy")), json(picture()));

        real.generate(brief(), folder, progress, meter);

        var requests = provider.requests(PATH);
        assertThat(requests).hasSize(2);
        assertThat(Duration.ofNanos(requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retriesAServerErrorAfterABackoff() throws Exception {
        provider.on(PATH, status(500, "oops"), json(picture()));

        var media = backend.generate(brief(), folder, progress, meter);

        assertThat(media).isEqualTo(new GeneratedMedia.Still(folder.resolve("image.png")));
        assertThat(provider.requests(PATH)).hasSize(2);
        assertThat(waits).hasSize(1);
        assertBackoff(waits.getFirst(), 1);
        assertThat(meter.usage()).isEqualTo(new Usage(2, 1, Duration.ZERO));
    }

    @Test
    void givesUpOnServerErrorsAfterTheLastAttemptSayingSo() {
        provider.on(PATH, status(503, "down"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "generating the picture", provider("image backend"),
                "503 Service Unavailable after 3 attempts");
        assertThat(provider.requests(PATH)).hasSize(3);
        assertThat(waits).hasSize(2);
        assertBackoff(waits.get(0), 1);
        assertBackoff(waits.get(1), 2);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeIsTriedAgainThenGivenUp() {
        provider.on(PATH, slow(2_500, json(picture())));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "generating the picture", provider("image backend"),
                "no reply within 1 s after 3 attempts");
        assertThat(provider.requests(PATH)).hasSize(3);
    }

    @Test
    void paymentRequiredFailsAtOnceWithTheProvidersMessage() {
        provider.on(PATH, json(402, "{\"error\": {\"message\": \"Billing hard limit has been reached.\"}}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "generating the picture", provider("image backend"),
                "402 Payment Required: Billing hard limit has been reached.");
        assertThat(provider.requests(PATH)).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRejectedKeyFailsAtOnceAndTheKeyIsNeverInTheMessage() {
        provider.on(PATH, json(401, "{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\"}}"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "generating the picture", provider("image backend"),
                "401 Unauthorized: Incorrect API key provided: ••••");
        assertThat(provider.requests(PATH)).hasSize(1);
    }

    @Test
    void malformedJsonFailsClearly() {
        provider.on(PATH, json("{\"data\": [{\"b64_json\": "));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "generating the picture", provider("image backend"), "the reply is not valid JSON");
        assertThat(provider.requests(PATH)).hasSize(1);
    }

    @Test
    void aHugePictureIsRefusedWhileItStreams() {
        provider.on(PATH, json("{\"data\": [{\"url\": \"" + provider.base() + "/files/huge.png\"}]}"))
                .on("/files/huge.png", endless("image/png"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "downloading the picture", provider("image backend"),
                "reply larger than 256 KB, refused");
        assertThat(provider.requests("/files/huge.png")).hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anExpiredPictureLinkFailsClearly() {
        provider.on(PATH, json("{\"data\": [{\"url\": \"" + provider.base() + "/files/old.png\"}]}"))
                .on("/files/old.png", status(403, "AccessDenied: Request has expired"));

        var failure = assertThatExceptionOfType(GenerationFailed.class)
                .isThrownBy(() -> backend.generate(brief(), folder, progress, meter)).actual();

        assertFailure(failure, "downloading the picture", provider("image backend"),
                "403 Forbidden: the result link has expired");
        assertThat(provider.requests("/files/old.png")).hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }
}
