package org.filmfactory.take.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's generation settings: sealed API keys, owner-only access, checked values, the budget that stops
 * generation before any request leaves, usage per member, and the prompt from the script.
 */
@StudioTest
class GenerationSettingsIT {

    static final String KEY = "sk-live-9d8e7f6a5b4c3d2e1f0a7788";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Autowired
    ApplicationContext context;
    @Autowired
    GenerationSetup setup;
    @Autowired
    ProjectGenerators generators;
    @Autowired
    BackendConfigs configs;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    Actor owner;
    Actor director;
    Actor viewer;
    ProjectId project;
    final GenerationProgress progress = new GenerationProgress() {
        @Override
        public void progress(int percent, String stageKey) {
        }

        @Override
        public boolean stopping() {
            return false;
        }
    };

    @BeforeEach
    void studio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/images/generations", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            var body = ("{\"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(PNG) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        Actors.signOut();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    GenerationSetupChange images(KeyChange key, @org.jspecify.annotations.Nullable BigDecimal budget) {
        return new GenerationSetupChange("openai-images", "Ink wash, soft light", budget, BudgetPeriod.MONTH, "USD",
                List.of(new BackendChange("openai-images", base(), "gpt-image-1", key, "",
                        new BigDecimal("0.40"), BigDecimal.ZERO)));
    }

    ShotBrief brief(int shot) {
        return new ShotBrief(project.toString(), "shot-" + shot, 3, shot, "EXT. HARBOUR ROAD - NIGHT",
                BreakdownScene.Setting.EXTERIOR, "HARBOUR ROAD", "NIGHT", ShotType.CLOSE_UP, CameraMove.DOLLY,
                Duration.ofSeconds(3), List.of("MAYA"), "MAYA", List.of("MAYA", "TOMAS"),
                List.of(new ShotBrief.Line(ShotBrief.Line.Kind.ACTION, null, "The rain stops all at once."),
                        new ShotBrief.Line(ShotBrief.Line.Kind.DIALOGUE, "MAYA", "Then it never arrives.")),
                "", Locale.ENGLISH, 7L, VideoFormat.VERTICAL_HD, "");
    }

    GeneratedMedia generate(Requester who, int shot) throws Exception {
        var folder = Files.createDirectories(work.resolve(who.key() + "-" + shot));
        var brief = brief(shot);
        return generators.generate(project, who, withPrompt(brief, generators.defaultPrompt(brief)), folder,
                progress);
    }

    static ShotBrief withPrompt(ShotBrief b, String prompt) {
        return new ShotBrief(b.projectKey(), b.shotKey(), b.sceneNumber(), b.shotNumber(), b.heading(), b.setting(),
                b.location(), b.timeOfDay(), b.type(), b.move(), b.duration(), b.subjects(), b.speaker(), b.cast(),
                b.lines(), b.description(), b.language(), b.seed(), b.format(), prompt);
    }

    @Test
    void apiKeysAreSealedAtRestAndNeverShownBack() {
        setup.save(project, images(new KeyChange.Replace(KEY), null));

        var row = jdbc.sql("SELECT * FROM take_backend_settings WHERE project_id = :project")
                .param("project", project.value()).query().listOfRows();
        assertThat(row).hasSize(1);
        var stored = row.getFirst().values().toString();
        assertThat(stored).doesNotContain(KEY).doesNotContain(KEY.substring(0, 12))
                .doesNotContain(Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)));
        assertThat((String) row.getFirst().get("api_key_sealed")).startsWith("v1:");
        var shown = setup.show(project);
        var images = shown.backends().stream().filter(b -> b.backendId().equals("openai-images")).findFirst()
                .orElseThrow();
        assertThat(images.keySet()).isTrue();
        assertThat(images.keyHint()).isEqualTo("7788");
        assertThat(shown.toString()).doesNotContain(KEY.substring(0, 12));
        assertThat(configs.find(project.toString(), "openai-images").orElseThrow().apiKey()).isEqualTo(KEY);
        assertThat(configs.find(project.toString(), "openai-images").orElseThrow().toString()).doesNotContain(KEY);

        setup.save(project, images(new KeyChange.Keep(), null));
        assertThat(configs.find(project.toString(), "openai-images").orElseThrow().apiKey()).isEqualTo(KEY);

        setup.save(project, images(new KeyChange.Clear(), null));
        var cleared = setup.show(project).backends().stream().filter(b -> b.backendId().equals("openai-images"))
                .findFirst().orElseThrow();
        assertThat(cleared.keySet()).isFalse();
        assertThat(cleared.keyHint()).isNull();
        assertThat(configs.find(project.toString(), "openai-images").orElseThrow().apiKey()).isNull();
    }

    @Test
    void aSealedKeyOpensOnlyForItsOwnProjectAndBackend() {
        setup.save(project, images(new KeyChange.Replace(KEY), null));
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Other", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        setup.save(other, new GenerationSetupChange("openai-images", "", null, BudgetPeriod.MONTH, "USD",
                List.of(new BackendChange("openai-images", base(), "m", new KeyChange.Replace("sk-other-000011112222"),
                        "", BigDecimal.ZERO, BigDecimal.ZERO))));
        jdbc.sql("UPDATE take_backend_settings SET api_key_sealed = (SELECT api_key_sealed FROM take_backend_settings"
                        + " WHERE project_id = :from) WHERE project_id = :to")
                .param("from", project.value()).param("to", other.value()).update();

        assertThat(configs.find(other.toString(), "openai-images").orElseThrow().apiKey()).isNull();
    }

    @Test
    void onlyTheOwnerMaySeeOrChangeGenerationSettings() {
        setup.save(project, images(new KeyChange.Replace(KEY), new BigDecimal("5.00")));
        var before = setup.show(project);

        for (var member : List.of(director, viewer)) {
            member.signIn();
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> setup.show(project))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.edit-project"));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> setup.usage(project))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.edit-project"));
            assertThatExceptionOfType(NotAllowed.class)
                    .isThrownBy(() -> setup.save(project, images(new KeyChange.Replace("sk-forged-123456789"),
                            null)))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.edit-project"));
        }

        owner.signIn();
        assertThat(setup.show(project)).isEqualTo(before);
        assertThat(configs.find(project.toString(), "openai-images").orElseThrow().apiKey()).isEqualTo(KEY);
    }

    @Test
    void aBadAddressOrWorkflowIsRefusedBesideItsFieldAndNothingIsSaved() {
        setup.save(project, images(new KeyChange.Replace(KEY), null));
        var before = setup.show(project);

        var badUrl = new GenerationSetupChange("openai-images", "", null, BudgetPeriod.MONTH, "USD",
                List.of(new BackendChange("video-jobs", "ftp://videos.example.com", "m", new KeyChange.Keep(), "",
                        BigDecimal.ZERO, BigDecimal.ZERO)));
        assertThatExceptionOfType(InvalidGenerationSetting.class).isThrownBy(() -> setup.save(project, badUrl))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("video-jobs.url");
                    assertThat(e.messageKey()).isEqualTo("take.settings.error.url");
                });
        var badWorkflow = new GenerationSetupChange("comfyui", "", null, BudgetPeriod.MONTH, "USD",
                List.of(new BackendChange("comfyui", "http://127.0.0.1:8188", "", new KeyChange.Keep(),
                        "{\"3\": {\"inputs\": }", BigDecimal.ZERO, BigDecimal.ZERO)));
        assertThatExceptionOfType(InvalidGenerationSetting.class).isThrownBy(() -> setup.save(project, badWorkflow))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("comfyui.options");
                    assertThat(e.messageKey()).isEqualTo("take.settings.error.options-json");
                    assertThat(e.arguments()).containsExactly(1, 18);
                });

        assertThat(setup.show(project)).isEqualTo(before);
    }

    @Test
    void theBudgetStopsGenerationBeforeAnyRequestLeaves() throws Exception {
        setup.save(project, images(new KeyChange.Replace(KEY), new BigDecimal("1.00")));
        var olga = new Requester("olga", "Olga Owner");
        generate(olga, 1);
        generate(olga, 2);
        assertThat(requests.get()).isEqualTo(2);

        assertThatExceptionOfType(BudgetReached.class).isThrownBy(() -> generate(olga, 3)).satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("take.budget-reached");
            assertThat(e.arguments()).containsExactly("1.00", "0.80", "USD", "take.settings.period.month");
        });

        assertThat(requests.get()).isEqualTo(2);
        var usage = setup.usage(project);
        assertThat(usage.spent()).isEqualByComparingTo("0.80");
        assertThat(usage.members()).singleElement().satisfies(m -> assertThat(m.generations()).isEqualTo(2));
    }

    @Test
    void usageAndCostAreCountedPerMember() throws Exception {
        setup.save(project, images(new KeyChange.Replace(KEY), null));
        generate(new Requester("olga", "Olga Owner"), 1);
        generate(new Requester("dario", "Dario Director"), 2);
        generate(new Requester("dario", "Dario Director"), 3);

        var usage = setup.usage(project);

        assertThat(usage.spent()).isEqualByComparingTo("1.20");
        assertThat(usage.currency()).isEqualTo("USD");
        assertThat(usage.members()).extracting(MemberUsage::memberKey, MemberUsage::memberName,
                        MemberUsage::generations, MemberUsage::requests, MemberUsage::images, MemberUsage::video)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dario", "Dario Director", 2, 2, 2, Duration.ZERO),
                        org.assertj.core.groups.Tuple.tuple("olga", "Olga Owner", 1, 1, 1, Duration.ZERO));
        assertThat(usage.members()).extracting(MemberUsage::cost)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.80"), new BigDecimal("0.40"));
    }

    @Test
    void theProjectsChosenGeneratorIsUsedAndAnUnknownOneIsNamed() {
        assertThat(generators.generatorIdFor(project)).isEqualTo("animatic");
        setup.save(project, images(new KeyChange.Replace(KEY), null));
        assertThat(generators.generatorFor(project).id()).isEqualTo("openai-images");

        jdbc.sql("UPDATE take_generation_settings SET generator_id = 'retired' WHERE project_id = :project")
                .param("project", project.value()).update();

        assertThatExceptionOfType(GeneratorUnavailable.class).isThrownBy(() -> generators.generatorFor(project))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("retired"));
    }

    @Test
    void theDefaultPromptComesFromTheScriptAndTheStyleLine() {
        setup.save(project, images(new KeyChange.Replace(KEY), null));

        assertThat(generators.defaultPrompt(brief(4))).isEqualTo("Ink wash, soft light. Close-up of MAYA, outside"
                + " HARBOUR ROAD, night. The rain stops all at once. MAYA says: \"Then it never arrives.\""
                + " Camera: dolly.");
    }
}
