package org.filmfactory.factory.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.render.Preset;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch page's two report downloads, as a browser saves them: the JSON and the text report of a finished batch
 * of one made film and one empty script name every film with its state, its film or why it failed, and the totals,
 * exactly as the batch holds them.
 */
@BrowserStudio
class BatchReportBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void theReportsNameEveryFilmWithItsStateFilmOrReasonAndTheTotals() throws Exception {
        var node = studio.node(0);
        var starter = Actors.create(node, "Rhea Report");
        var batches = node.getBean(Batches.class);
        starter.signIn();
        var id = batches.start(new NewBatch("Two reports", List.of(
                new BatchScript("cellar.fountain", ("INT. CELLAR - NIGHT\n\nA candle gutters.\n\nOTTO\nWho is there?\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new BatchScript("blank.fountain", new byte[0])), List.of(), List.of(), List.of(Preset.PREVIEW),
                TakePolicy.APPROVED_OR_ANIMATIC, false));
        var summary = await().atMost(ofSeconds(600)).pollInSameThread().pollInterval(ofSeconds(1))
                .until(() -> batches.summary(id).orElseThrow(), s -> s.finished() != null);
        var films = batches.films(id);
        Actors.signOut();
        assertThat(films).extracting(BatchFilm::state).containsExactly(BatchFilmState.MADE, BatchFilmState.FAILED);
        var made = films.getFirst();

        var page = chromium.newUser();
        try {
            Chromium.signIn(page, studio.url(0), starter.email(), Actors.PASSWORD);
            page.navigate(studio.url(0) + "batches/" + id);
            page.locator(".batch-film[data-state=MADE]").waitFor();

            var jsonFile = page.waitForDownload(() -> page.locator("#batch-report-json").click());
            assertThat(jsonFile.suggestedFilename()).isEqualTo("batch-" + id + ".json");
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(jsonFile.path()));
            assertThat(List.of(json.path("id").asString(), json.path("name").asString(),
                            json.path("startedBy").asString(), json.path("started").asString(),
                            json.path("finished").asString()))
                    .containsExactly(id.toString(), "Two reports", "Rhea Report", summary.started().toString(),
                            summary.finished().toString());
            assertThat(List.of(json.path("films").asInt(), json.path("made").asInt(), json.path("failed").asInt(),
                    json.path("running").asInt(), json.path("queued").asInt(), json.path("cancelled").asInt()))
                    .containsExactly(2, 1, 1, 0, 0, 0);
            assertThat(json.path("cost").asString()).isEqualTo(summary.cost().toPlainString());
            var rows = new ArrayList<List<String>>();
            for (var row : json.path("filmsList")) {
                rows.add(List.of(text(row.path("position")), text(row.path("source")), text(row.path("preset")),
                        text(row.path("state")), text(row.path("project")), text(row.path("film")),
                        text(row.path("failureKey"))));
            }
            assertThat(rows).containsExactly(
                    List.of("1", "cellar.fountain", "preview", "MADE", made.project().toString(),
                            made.film().toString(), "-"),
                    List.of("2", "blank.fountain", "preview", "FAILED", "-", "-", "factory.batch.reason.empty"));

            var textFile = page.waitForDownload(() -> page.locator("#batch-report-text").click());
            assertThat(textFile.suggestedFilename()).isEqualTo("batch-" + id + ".txt");
            var lines = Files.readAllLines(textFile.path(), StandardCharsets.UTF_8);
            assertThat(lines).hasSize(4);
            assertThat(lines.getFirst()).isEqualTo("Batch \"Two reports\", started by Rhea Report at "
                    + summary.started());
            assertThat(lines.get(1)).matches("1\\. cellar\\.fountain \\[preview\\] Made \\(\\d+:\\d\\d\\)");
            assertThat(lines.get(2)).isEqualTo("2. blank.fountain [preview] Failed: the script is empty");
            assertThat(lines.get(3)).isEqualTo("1 made, 1 failed, 0 running, 0 queued, 0 cancelled of 2 films in "
                    + BatchView.clock(summary.wall()) + "; cost " + summary.cost().toPlainString());
        } finally {
            Chromium.screenshot(page, "batch-report");
        }
    }

    /** A field's text, "-" when it is null. */
    private static String text(JsonNode field) {
        return field.isNull() || field.isMissingNode() ? "-" : field.asString();
    }
}
