package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.screenplay.ScriptDraft;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.screenplay.ScriptTemplate;
import org.filmfactory.screenplay.ScriptVersion;
import org.filmfactory.take.internal.settings.BudgetPeriod;
import org.filmfactory.take.internal.settings.GenerationSetup;
import org.filmfactory.take.internal.settings.GenerationSetupChange;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A screenplay from an idea, against a fake OpenAI-compatible server: the written script lands in the project as a
 * named version with its model, tokens and cost, charged to the project's budget; every kind of bad answer is
 * refused with its message key and leaves the script exactly as it was.
 */
@StudioTest
class IdeaWritingIT {

    static final FakeChatServer SERVER = FakeChatServer.start();
    static final String KEY = "sk-test-4b1c9e";
    static final String ENGLISH = fixture("short-en.fountain");
    static final String CHINESE = fixture("short-zh.fountain");

    @DynamicPropertySource
    static void chat(DynamicPropertyRegistry registry) {
        registry.add("filmfactory.factory.chat.base-url", SERVER::baseUrl);
        registry.add("filmfactory.factory.chat.api-key", () -> KEY);
        registry.add("filmfactory.factory.chat.model", () -> "writer-large");
        registry.add("filmfactory.factory.chat.timeout", () -> "2s");
        registry.add("filmfactory.factory.chat.max-tokens", () -> "2000");
        registry.add("filmfactory.factory.chat.price-per-thousand-input-tokens", () -> "0.5");
        registry.add("filmfactory.factory.chat.price-per-thousand-output-tokens", () -> "1.5");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    IdeaWriting writing;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ScriptHistory history;
    @Autowired
    ProjectManagement projects;
    @Autowired
    JdbcClient jdbc;

    Actor owner;
    ProjectId project;
    ScriptDraft before;

    @BeforeEach
    void project() {
        SERVER.reset();
        owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("Umbrella", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        before = context.getBean(ScriptTemplate.class).insert(project, 0);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    static Idea idea(ScriptLanguage language, int seconds) {
        return new Idea(language == ScriptLanguage.ZH ? "雨夜，两个陌生人共用一把破伞。"
                : "Two strangers share a broken umbrella at a bus stop.", language, Duration.ofSeconds(seconds),
                "romantic comedy", PlatformTarget.TIKTOK);
    }

    @Test
    void writesEnglishScreenplayIntoTheProjectAsANamedVersion() {
        SERVER.answer("Here is your screenplay:\n\n```fountain\n" + ENGLISH + "```\n\nEnjoy!", "writer-large-0613",
                812, 406);

        var written = writing.write(project, idea(ScriptLanguage.EN, 30));

        var script = editing.open(project);
        assertThat(script.text()).isEqualTo(ENGLISH);
        assertThat(written.revision()).isEqualTo(script.revision());
        assertThat(written.model()).isEqualTo("writer-large-0613");
        assertThat(written.promptTokens()).isEqualTo(812);
        assertThat(written.completionTokens()).isEqualTo(406);
        // 812 × 0.5 / 1000 + 406 × 1.5 / 1000
        assertThat(written.cost()).isEqualByComparingTo("1.0150");
        assertThat(written.estimatedLength()).isEqualTo(Duration.ofMillis(26_300));
        assertThat(written.requestedLength()).isEqualTo(Duration.ofSeconds(30));
        assertThat(written.writtenBy()).isEqualTo("Olga Owner");
        assertThat(writing.written(project)).containsExactly(written);
        var version = history.versions(project).stream().filter(v -> v.id().equals(written.version())).findFirst()
                .orElseThrow();
        assertThat(version.name()).isEqualTo("Written from an idea (writer-large-0613)");
        assertThat(version.revision()).isEqualTo(script.revision());
        assertThat(history.text(project, written.version())).isEqualTo(ENGLISH);
        // The template it replaced is kept too.
        assertThat(history.versions(project)).extracting(ScriptVersion::revision).contains(before.revision());
        assertThat(usage()).containsExactly(Map.of("backend", "chat", "shot", "idea", "requests", 1,
                "cost", new BigDecimal("1.0150")));

        var sent = SERVER.received().getFirst();
        assertThat(sent.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(sent.body().path("model").asString()).isEqualTo("writer-large");
        assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(2000);
        assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.8);
        assertThat(sent.message("system")).isEqualTo(writing.defaultTemplates(ScriptLanguage.EN).system());
        assertThat(sent.message("user")).startsWith("Write a screenplay for a short film of 30 seconds for TikTok.\n\n"
                + "Logline: Two strangers share a broken umbrella at a bus stop.\nGenre and tone: romantic comedy\n");
    }

    @Test
    void writesChineseScreenplayIntoANewProject() {
        SERVER.answer(CHINESE, "qwen-local", 640, 380);
        int mine = projects.mine().size();

        var written = writing.writeNewFilm("", idea(ScriptLanguage.ZH, 30), null);

        var created = projects.find(written.project());
        assertThat(created.name()).isEqualTo("雨夜，两个陌生人共用一把破伞。");
        assertThat(created.language()).isEqualTo(ScriptLanguage.ZH);
        assertThat(created.myRole()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.mine()).hasSize(mine + 1);
        assertThat(editing.open(written.project()).text()).isEqualTo(CHINESE);
        assertThat(written.estimatedLength()).isEqualTo(Duration.ofMillis(29_400));
        assertThat(written.cost()).isEqualByComparingTo("0.8900");
        assertThat(history.versions(written.project())).extracting(ScriptVersion::name)
                .containsExactly("根据创意写成（qwen-local）");
        assertThat(SERVER.received().getFirst().message("user")).startsWith("为 TikTok 写一部 30 秒的短片剧本。");
    }

    @Test
    void sendsTheProjectsEditedTemplate() {
        writing.saveTemplates(project, "You write tight noir. Answer in Fountain only.",
                "A {seconds}-second film about: {logline} ({tone}, {platform}, {scenes} scene, {words} words)");
        SERVER.answer(ENGLISH, "writer-large", 100, 300);

        writing.write(project, idea(ScriptLanguage.EN, 30));

        var sent = SERVER.received().getFirst();
        assertThat(sent.message("system")).isEqualTo("You write tight noir. Answer in Fountain only.");
        assertThat(sent.message("user")).isEqualTo("A 30-second film about: Two strangers share a broken umbrella at"
                + " a bus stop. (romantic comedy, TikTok, 1 scene, 60 words)");
        assertThat(writing.templates(project)).isEqualTo(new PromptTemplates(
                "You write tight noir. Answer in Fountain only.",
                "A {seconds}-second film about: {logline} ({tone}, {platform}, {scenes} scene, {words} words)", true));
    }

    @Test
    void malformedReplyLeavesTheScriptUnchanged() {
        SERVER.raw(200, "<html>Bad gateway</html>", Duration.ZERO);
        refused(ChatFailed.class, "factory.idea.error.malformed");
    }

    @Test
    void replyWithoutChoicesIsMalformed() {
        SERVER.raw(200, "{\"object\": \"chat.completion\", \"choices\": []}", Duration.ZERO);
        refused(ChatFailed.class, "factory.idea.error.malformed");
    }

    @Test
    void truncatedReplyLeavesTheScriptUnchangedButIsCharged() {
        SERVER.completion(ENGLISH.substring(0, 200), "length", "writer-large", 800, 2000);
        var failure = refused(ChatFailed.class, "factory.idea.error.truncated");
        assertThat(failure.arguments()).containsExactly(2000);
        // 800 × 0.5 / 1000 + 2000 × 1.5 / 1000
        assertThat(usage()).containsExactly(Map.of("backend", "chat", "shot", "idea", "requests", 1,
                "cost", new BigDecimal("3.4000")));
    }

    @Test
    void refusedRequestNamesTheStatusAndTheProvidersWords() {
        SERVER.raw(429, "{\"error\": {\"message\": \"Rate limit reached for key " + KEY + "\"}}", Duration.ZERO);
        var failure = refused(ChatFailed.class, "factory.idea.error.refused");
        assertThat(failure.arguments()).containsExactly(429, "Rate limit reached for key ••••");
    }

    @Test
    void contentFilterIsARefusal() {
        SERVER.completion("", "content_filter", "writer-large", 50, 0);
        refused(ChatFailed.class, "factory.idea.error.filtered");
    }

    @Test
    void emptyAnswerIsRefused() {
        SERVER.answer("  \n", "writer-large", 50, 1);
        refused(ChatFailed.class, "factory.idea.error.empty");
    }

    @Test
    void timeoutLeavesTheScriptUnchanged() {
        SERVER.raw(200, "{}", Duration.ofSeconds(6));
        var failure = refused(ChatFailed.class, "factory.idea.error.timeout");
        assertThat(failure.arguments()).containsExactly(2L);
    }

    @Test
    void answerWithoutScenesIsRefused() {
        SERVER.answer("I'd love to help! What kind of story would you like?", "writer-large", 50, 12);
        refused(WrittenScriptUnfit.class, "factory.idea.error.no-scenes");
    }

    @Test
    void answerFarFromTheLengthIsRefused() {
        SERVER.answer(ENGLISH, "writer-large", 50, 300);
        var failure = refused(WrittenScriptUnfit.class, "factory.idea.error.length",
                idea(ScriptLanguage.EN, 120));
        assertThat(failure.arguments()).containsExactly(26L, 120L, 40);
    }

    @Test
    void answerInTheWrongLanguageIsRefused() {
        SERVER.answer(CHINESE, "writer-large", 50, 300);
        var failure = refused(WrittenScriptUnfit.class, "factory.idea.error.language");
        assertThat(failure.arguments()).containsExactly(100, 10);
    }

    @Test
    void failedNewFilmLeavesNoProjectBehind() {
        SERVER.raw(200, "not json", Duration.ZERO);
        List<ProjectSummary> mine = projects.mine();

        assertThatExceptionOfType(ChatFailed.class)
                .isThrownBy(() -> writing.writeNewFilm("Umbrellas", idea(ScriptLanguage.EN, 30), null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("factory.idea.error.malformed"));

        assertThat(projects.mine()).isEqualTo(mine);
    }

    @Test
    void spentBudgetRefusesBeforeAnyRequest() {
        context.getBean(GenerationSetup.class).save(project, new GenerationSetupChange("animatic", "",
                new BigDecimal("1.00"), BudgetPeriod.MONTH, "USD", List.of()));
        SERVER.answer(ENGLISH, "writer-large", 100, 300);

        // The estimate: the prompt's tokens plus 2000 answer tokens at 1.5 per 1000 is over 3 USD.
        var failure = refused(org.filmfactory.platform.UserFacingException.class, "take.budget-reached.month");
        assertThat(failure.arguments()).containsExactly("1.00", "0.00", "USD");
        assertThat(SERVER.received()).isEmpty();
    }

    @Test
    void viewerMayNotWriteAndWriterMay() {
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> writing.write(project,
                idea(ScriptLanguage.EN, 30)));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> writing.saveTemplates(project, "a", "b"));
        assertThat(SERVER.received()).isEmpty();

        owner.bringOnto(project, ProjectRole.WRITER, "Walt Writer");
        SERVER.answer(ENGLISH, "writer-large", 100, 300);
        assertThat(writing.write(project, idea(ScriptLanguage.EN, 30)).writtenBy()).isEqualTo("Walt Writer");
        assertThat(viewer.name()).isEqualTo("Vera Viewer");
    }

    <T extends org.filmfactory.platform.UserFacingException> T refused(Class<T> type, String key) {
        return refused(type, key, idea(ScriptLanguage.EN, 30));
    }

    <T extends org.filmfactory.platform.UserFacingException> T refused(Class<T> type, String key, Idea idea) {
        var versions = history.versions(project);
        var failure = org.junit.jupiter.api.Assertions.assertThrows(type, () -> writing.write(project, idea));
        assertThat(failure.messageKey()).isEqualTo(key);
        var after = editing.open(project);
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(history.versions(project)).isEqualTo(versions);
        assertThat(writing.written(project)).isEmpty();
        return failure;
    }

    List<Map<String, Object>> usage() {
        return jdbc.sql("SELECT backend_id, shot, requests, cost FROM take_generation_usage WHERE project_id = :p")
                .param("p", project.value())
                .query((rs, row) -> Map.<String, Object>of("backend", rs.getString(1), "shot", rs.getString(2),
                        "requests", rs.getInt(3), "cost", rs.getBigDecimal(4)))
                .list();
    }

    static String fixture(String name) {
        try (var in = IdeaWritingIT.class.getResourceAsStream("/factory/idea/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
