package org.filmfactory.screenplay;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.FeatureScript;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * The largest script the studio accepts ({@code filmfactory.screenplay.max-script-size}, as configured by default),
 * imported on a node and opened there: the script, its breakdown and its PDF are whole, a writer types into it, and
 * the node stays healthy and lets people sign in; one byte more is refused before anything changes (issue 10).
 */
class LargestScriptIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theLargestAcceptedScriptImportsOpensAndBreaksDownWithoutHarmToTheNode() throws Exception {
        try (var nodes = new StudioNodes(1).start(); var chromium = new Chromium()) {
            var node = nodes.node(0);
            var owner = Actors.create(node, "Olga Owner").signIn();
            var project = node.getBean(ProjectManagement.class).create(
                    new NewProject("Epic", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
            var exchange = node.getBean(ScriptExchange.class);
            var editing = node.getBean(ScriptEditing.class);
            long limit = exchange.maxFileSize().toBytes();
            int scenes = scenesWithin(limit);
            var text = FeatureScript.ofScenes(scenes);
            var bytes = text.getBytes(StandardCharsets.UTF_8);

            var oneByteMore = new byte[(int) limit + 1];
            System.arraycopy(bytes, 0, oneByteMore, 0, bytes.length);
            java.util.Arrays.fill(oneByteMore, bytes.length, oneByteMore.length, (byte) 'x');
            assertThatExceptionOfType(ScriptTooLarge.class)
                    .isThrownBy(() -> exchange.importScript(project, "epic.fountain", oneByteMore))
                    .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("screenplay.error.too-large"))
                    .satisfies(refused -> assertThat(refused.arguments()).containsExactly("2 MB"));
            assertThat(editing.open(project).revision()).isZero();

            var draft = exchange.importScript(project, "epic.fountain", bytes);
            assertThat(draft.text()).isEqualTo(text);
            var breakdowns = node.getBean(Breakdowns.class);
            var summary = await().atMost(ofMinutes(10)).pollInSameThread().pollInterval(ofSeconds(1))
                    .until(() -> breakdowns.summary(project), s -> s.scriptRevision() == draft.revision());
            assertThat(summary.scenes()).isEqualTo(scenes);
            assertThat(summary.shots()).isEqualTo(breakdowns.shots(project).size());
            assertThat(new String(exchange.exportPdf(project).content(), 0, 5, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            Actors.signOut();

            var page = chromium.newUser();
            page.context().setDefaultTimeout(180_000);
            Chromium.signIn(page, nodes.url(0), writer.email(), Actors.PASSWORD);
            page.navigate(nodes.url(0) + "projects/" + project + "/script");
            page.waitForFunction("n => { const e = document.querySelector('ff-script-editor');"
                    + " return e && e.text && e.text.length === n; }", text.length(),
                    new Page.WaitForFunctionOptions().setTimeout(180_000));
            page.locator("#breakdown-panel-status[data-revision='" + draft.revision() + "']").waitFor();
            page.locator("ff-script-editor .cm-content").click();
            page.keyboard().press("Control+Home");
            page.keyboard().type("X");
            writer.signIn();
            await().atMost(ofMinutes(1)).pollInSameThread()
                    .until(() -> editing.open(project).text(), now -> now.equals("X" + text));

            assertThat(nodes.hazelcast(0).getLifecycleService().isRunning()).isTrue();
            assertThat(status(nodes.url(0) + "actuator/health/liveness")).isEqualTo(200);
            assertThat(status(nodes.url(0) + "actuator/health/readiness")).isEqualTo(200);
            var someoneElse = chromium.newUser();
            Chromium.signIn(someoneElse, nodes.url(0), owner.email(), Actors.PASSWORD);
            assertThat(someoneElse.locator("#project-list").textContent()).contains("Epic");
        } finally {
            Actors.signOut();
        }
    }

    /** The most scenes whose script is within {@code limit} bytes. */
    private static int scenesWithin(long limit) {
        int low = 1;
        int high = 1;
        while (size(high) <= limit) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            int middle = (low + high) / 2;
            if (size(middle) <= limit) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long size(int scenes) {
        return FeatureScript.ofScenes(scenes).getBytes(StandardCharsets.UTF_8).length;
    }

    private static int status(String url) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(ofSeconds(20)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
