package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.BatchSummary;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.FakeChatServer;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.factory.WrittenScript;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.Preset;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A batch of ideas end to end against a fake chat server: a good screenplay becomes a made film, with the call's
 * model, tokens and cost kept and counted in the batch's cost; an answer that is not a screenplay fails its idea with
 * that reason; a failed write whose empty project the crew then wrote by hand. Retry failed writes the failed idea
 * again into the same project and makes its film, and films the hand-written script as it is, without asking the
 * backend; nothing is left behind or lost, and every call (the failed one too) is in the batch's cost.
 */
@StudioTest
class BatchIdeasIT {

    static final FakeChatServer SERVER = FakeChatServer.start();
    static final String SCREENPLAY = fixture();
    static final String UMBRELLA = "Two strangers share a broken umbrella at a bus stop.";
    static final String LIGHTHOUSE = "A lighthouse keeper hears a knock on the door in a storm.";
    static final String BAKERY = "A baker finds a ring baked into the morning bread.";

    @DynamicPropertySource
    static void chat(DynamicPropertyRegistry registry) {
        registry.add("filmfactory.factory.chat.base-url", SERVER::baseUrl);
        registry.add("filmfactory.factory.chat.model", () -> "writer-large");
        registry.add("filmfactory.factory.chat.timeout", () -> "20s");
        registry.add("filmfactory.factory.chat.price-per-thousand-input-tokens", () -> "0.5");
        registry.add("filmfactory.factory.chat.price-per-thousand-output-tokens", () -> "1.5");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Batches batches;
    @Autowired
    IdeaWriting writing;
    @Autowired
    Rendering rendering;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ProjectManagement projects;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** The server lives as long as the JVM: the PostgreSQL variant of this class runs against it too. */
    @BeforeEach
    void forgetEarlierAnswers() {
        SERVER.reset();
    }

    private BatchSummary finished(BatchId batch) {
        return await().atMost(ofSeconds(900)).pollInSameThread().pollInterval(ofSeconds(1))
                .until(() -> batches.summary(batch).orElseThrow(), s -> s.finished() != null);
    }

    @Test
    void writesEachIdeaMakesItsFilmAndRetryWritesTheFailedOneAgainIntoItsProject() {
        var owner = Actors.create(context, "Ida Ideas").signIn();
        // 700 + 350 tokens at 0.5 and 1.5 per thousand: 0.875; the prose answer's 400 + 120: 0.38.
        SERVER.to("umbrella").answer("```fountain\n" + SCREENPLAY + "```", "writer-large", 700, 350);
        SERVER.to("lighthouse").answer("Once upon a time a keeper heard a knock, and he opened the door to the"
                + " storm. The end.", "writer-large", 400, 120);
        // Nothing queued for the bakery: the server refuses it (HTTP 500).
        var ideas = List.of(idea(UMBRELLA), idea(LIGHTHOUSE), idea(BAKERY));
        var id = batches.start(new NewBatch("Three ideas", List.of(), ideas, List.of(), List.of(Preset.PREVIEW),
                TakePolicy.APPROVED_OR_ANIMATIC, false));

        var summary = finished(id);
        var films = batches.films(id);
        assertThat(films).as("%s", films)
                .extracting(BatchFilm::position, BatchFilm::source, BatchFilm::state, BatchFilm::failureKey)
                .containsExactly(
                        tuple(1, UMBRELLA, BatchFilmState.MADE, null),
                        tuple(2, LIGHTHOUSE, BatchFilmState.FAILED, "factory.idea.error.no-scenes"),
                        tuple(3, BAKERY, BatchFilmState.FAILED, "factory.idea.error.refused"));
        assertThat(films.get(2).failureArgs()).first().isEqualTo("500");
        assertThat(List.of(summary.made(), summary.failed())).containsExactly(1, 2);
        var umbrella = films.getFirst();
        assertMade(umbrella);
        assertThat(editing.open(umbrella.project()).text()).isEqualTo(SCREENPLAY);
        assertThat(writing.written(umbrella.project())).extracting(WrittenScript::model,
                        WrittenScript::promptTokens, WrittenScript::completionTokens)
                .containsExactly(tuple("writer-large", 700, 350));
        var lighthouse = films.get(1);
        var bakery = films.get(2);
        assertThat(lighthouse.project()).as("the failed idea's project is kept for the retry").isNotNull();
        assertThat(editing.open(lighthouse.project()).text()).isEmpty();

        // The crew writes the bakery's script by hand meanwhile; the lighthouse gets a good answer this time.
        var handWritten = "INT. BAKERY - DAWN\n\nFlour in the air. NINA pulls a loaf from the oven.\n\nNINA\n"
                + "Who lost a ring in my bread?\n";
        editing.save(bakery.project(), editing.open(bakery.project()).revision(), handWritten);
        SERVER.to("lighthouse").answer("```fountain\n" + SCREENPLAY + "```", "writer-large", 700, 350);
        int asked = SERVER.received().size();
        assertThat(batches.retryFailed(id)).isEqualTo(2);

        summary = finished(id);
        var retried = batches.films(id);
        assertThat(retried).as("%s", retried).extracting(BatchFilm::state, BatchFilm::failureKey)
                .containsOnly(tuple(BatchFilmState.MADE, null));
        assertThat(retried.getFirst()).isEqualTo(umbrella);
        assertThat(retried).extracting(BatchFilm::project)
                .containsExactly(umbrella.project(), lighthouse.project(), bakery.project());
        retried.forEach(this::assertMade);
        assertThat(editing.open(lighthouse.project()).text()).isEqualTo(SCREENPLAY);
        assertThat(editing.open(bakery.project()).text()).as("the crew's script is filmed as written")
                .isEqualTo(handWritten);
        assertThat(SERVER.received().subList(asked, SERVER.received().size()))
                .as("only the lighthouse is written again")
                .extracting(request -> request.message("user").contains("lighthouse")).containsExactly(true);
        assertThat(List.of(summary.films(), summary.made(), summary.failed(), summary.queued(), summary.running()))
                .containsExactly(3, 3, 0, 0, 0);
        assertThat(summary.cost()).as("every call, the refused answer's too")
                .isEqualByComparingTo(new BigDecimal("2.13"));
        assertThat(projects.mine()).extracting(ProjectSummary::id).as("no project left behind or made twice")
                .containsExactlyInAnyOrder(umbrella.project(), lighthouse.project(), bakery.project());
        assertThat(owner.name()).isEqualTo("Ida Ideas");
    }

    private void assertMade(BatchFilm film) {
        assertThat(film.state()).isEqualTo(BatchFilmState.MADE);
        assertThat(film.film()).isNotNull();
        assertThat(rendering.films(film.project())).extracting(made -> made.id()).containsExactly(film.film());
        var made = rendering.film(film.project(), film.film()).orElseThrow();
        assertThat(made.frames()).isPositive();
        assertThat(made.preset()).isEqualTo(Preset.PREVIEW);
    }

    private static Idea idea(String logline) {
        return new Idea(logline, ScriptLanguage.EN, Duration.ofSeconds(30), "drama", PlatformTarget.TIKTOK);
    }

    static String fixture() {
        try (var in = BatchIdeasIT.class.getResourceAsStream("/factory/idea/short-en.fountain")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
