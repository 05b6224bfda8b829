package org.filmfactory.factory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.filmfactory.factory.FakeChatServer;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.ThreadDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "New film from an idea" in a real browser against a fake chat server: a refused answer is explained and makes no
 * project; a good one makes the project and opens its script with the written screenplay.
 */
class IdeaBrowserIT {

    static FakeChatServer server;
    static StudioNodes studio;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        server = FakeChatServer.start();
        studio = new StudioNodes(1).start("--filmfactory.factory.chat.base-url=" + server.baseUrl(),
                "--filmfactory.factory.chat.model=writer-large", "--filmfactory.factory.chat.timeout=20s");
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        studio.close();
        server.close();
    }

    @Test
    void writesTheScreenplayIntoANewProjectAndOpensIt() {
        var node = studio.node(0);
        var writer = Actors.create(node, "Wen Writer");
        Actors.signOut();
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), writer.email(), Actors.PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("New film from an idea"))
                .click();
        page.locator("#idea-logline textarea").fill("Two strangers share a broken umbrella at a bus stop.");
        Chromium.choose(page, "idea-length", "30 s");
        page.locator("#idea-tone input").fill("romantic comedy");

        server.raw(200, "<html>Bad gateway</html>", Duration.ZERO);
        page.locator("#idea-write").click();
        // The status line keeps the message after the notification has gone, and a failed wait shows what it said.
        try {
            PlaywrightAssertions.assertThat(page.locator("#idea-status")).containsText("is not a chat completion",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        } catch (AssertionError stuck) {
            // Where the writing stands: whether the request reached the chat server, and what the thread is doing.
            throw new AssertionError(stuck.getMessage() + "\nchat requests received: " + server.received().size()
                    + "\n" + ThreadDump.of("idea-writing", "ForkJoinPool", "vaadin", "http-nio"), stuck);
        }
        assertThat(page.url()).endsWith("/idea");
        writer.signIn();
        assertThat(node.getBean(ProjectManagement.class).mine()).isEmpty();
        Actors.signOut();

        server.answer("```fountain\n" + fixture() + "```", "writer-large", 700, 350);
        page.locator("#idea-write").click();
        page.waitForURL("**/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> text(page).startsWith("Title: The Last Umbrella"));
        Chromium.screenshot(page, "idea-written");

        writer.signIn();
        var projects = node.getBean(ProjectManagement.class).mine();
        assertThat(projects).extracting(p -> p.name())
                .containsExactly("Two strangers share a broken umbrella at a bus stop.");
        assertThat(node.getBean(ScriptEditing.class).open(projects.getFirst().id()).text()).isEqualTo(fixture());
        Actors.signOut();
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).message("user"))
                .contains("Logline: Two strangers share a broken umbrella at a bus stop.",
                        "Genre and tone: romantic comedy", "30 seconds");
    }

    static String text(Page page) {
        return (String) page.evaluate("() => document.querySelector('ff-script-editor').text");
    }

    static String fixture() {
        try (var in = IdeaBrowserIT.class.getResourceAsStream("/factory/idea/short-en.fountain")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
