package org.filmfactory.take.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.internal.settings.BackendChange;
import org.filmfactory.take.internal.settings.BackendConfigs;
import org.filmfactory.take.internal.settings.BudgetPeriod;
import org.filmfactory.take.internal.settings.GenerationSetup;
import org.filmfactory.take.internal.settings.GenerationSetupChange;
import org.filmfactory.take.internal.settings.KeyChange;
import org.filmfactory.take.internal.settings.Meter;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * A project whose owner has set up one backend against a {@link FakeProvider}, and the backend under test built
 * with short timeouts, a fixed clock and waits that are recorded instead of slept.
 */
abstract class BackendHarness {

    static final String KEY = "sk-test-4f1c9a2b7788";
    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    static final BackendSettings SETTINGS = new BackendSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), 3,
            Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60), DataSize.ofKilobytes(256),
            DataSize.ofKilobytes(8), Duration.ofSeconds(2), Duration.ofSeconds(10));
    static final String PROMPT = "Ink wash. Wide shot of MAYA, outside HARBOUR ROAD, night. \"Run!\"";

    @Autowired
    ApplicationContext context;
    @Autowired
    GenerationSetup setup;
    @Autowired
    BackendConfigs configs;

    @TempDir
    Path folder;

    FakeProvider provider;
    Actor owner;
    ProjectId project;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<String> stages = new CopyOnWriteArrayList<>();
    final Meter meter = new Meter();
    final GenerationProgress progress = new GenerationProgress() {
        @Override
        public void progress(int percent, String stageKey) {
            stages.add(percent + " " + stageKey);
        }

        @Override
        public boolean stopping() {
            return false;
        }
    };

    @BeforeEach
    void studio() throws IOException {
        provider = new FakeProvider();
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
    }

    @AfterEach
    void stop() {
        provider.close();
        Actors.signOut();
    }

    /** The owner chooses {@code backendId} and sets it up against the fake provider with the test key. */
    void configure(String backendId, String model, String options) {
        owner.signIn();
        setup.save(project, new GenerationSetupChange(backendId, "Ink wash", null, BudgetPeriod.MONTH, "USD",
                List.of(new BackendChange(backendId, provider.base().toString(), model, new KeyChange.Replace(KEY),
                        options, new BigDecimal("0.04"), new BigDecimal("0.10")))));
        Actors.signOut();
    }

    ProviderClient client() {
        return new ProviderClient(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), waits::add, new Random(11));
    }

    ShotBrief brief() {
        return new ShotBrief(project.toString(), "shot-3-12", 3, 12, "EXT. HARBOUR ROAD - NIGHT",
                BreakdownScene.Setting.EXTERIOR, "HARBOUR ROAD", "NIGHT", ShotType.WIDE, CameraMove.DOLLY,
                Duration.ofSeconds(4), List.of("MAYA"), "MAYA", List.of("MAYA", "TOMAS"),
                List.of(new ShotBrief.Line(ShotBrief.Line.Kind.DIALOGUE, "MAYA", "Run!")), "Maya runs",
                Locale.ENGLISH, 42L, VideoFormat.VERTICAL_HD, PROMPT);
    }

    String provider(String kind) {
        return kind + " (127.0.0.1:" + provider.base().getPort() + ")";
    }

    /** The failure's arguments: shot, stage, provider, cause. */
    static void assertFailure(GenerationFailed failure, String stage, String provider, String cause) {
        assertThat(failure.messageKey()).isEqualTo("take.generation-failed");
        assertThat(failure.arguments()).containsExactly("3.12", stage, provider, cause);
    }

    /** A backoff wait before try {@code attempt + 1}: between half and all of 1 s · 2^(attempt-1). */
    static void assertBackoff(Duration wait, int attempt) {
        var full = Duration.ofSeconds(1L << (attempt - 1));
        assertThat(wait).isBetween(full.dividedBy(2), full);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2};
    }
}
