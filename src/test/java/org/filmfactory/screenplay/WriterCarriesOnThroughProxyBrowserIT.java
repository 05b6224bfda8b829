package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.NginxProxy;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Through the nginx configuration users deploy, the node serving a writer dies (SIGKILL) while they type: the
 * writer's page carries on on the other node by itself — still signed in, never the sign-in page — and everything
 * they typed, before and after the crash, reaches the script. How long from the kill to an editor that has sent
 * everything is a figure, written to target/failover-through-proxy.txt, not asserted.
 *
 * <p>Two studio processes sit behind nginx (named node-1 and node-2, as the generated config wants); a third node
 * in this JVM, which nginx does not know, only sets up people and reads the script back.
 */
class WriterCarriesOnThroughProxyBrowserIT {

    static final String SCRIPT = "INT. HANGAR - NIGHT\n\nRain on the roof.";

    @TempDir
    Path folder;

    StudioNodes helper;
    StudioProcess first;
    StudioProcess second;
    NginxProxy proxy;
    Chromium chromium;

    @AfterEach
    void stop() {
        Actors.signOut();
        for (AutoCloseable open : new AutoCloseable[] {chromium, proxy, first, second, helper}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theServingNodeDiesAndTheWriterCarriesOnSignedInWithNothingLost() throws Exception {
        helper = new StudioNodes(1, StudioNodes.newSharedDatabase(folder)).start();
        var owner = Actors.create(helper.node(0), "Olga Owner").signIn();
        var project = helper.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Hangar", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        helper.node(0).getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wanda Writer");
        Actors.signOut();
        first = StudioProcess.start(helper, "node-1");
        second = StudioProcess.start(helper, "node-2");
        proxy = NginxProxy.start(List.of(address(first), address(second)));
        chromium = new Chromium();

        var page = chromium.newUser();
        Chromium.signIn(page, proxy.url(), writer.email(), Actors.PASSWORD);
        var served = page.navigate(proxy.url() + "projects/" + project + "/script").headers()
                .get("x-filmfactory-node");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> text(page).startsWith("INT. "));
        var dying = served.equals(first.nodeName()) ? first : second;
        var surviving = dying == first ? second : first;
        // Someone already works on the surviving node, as in any studio with people on both nodes.
        var colleague = chromium.newUser();
        Chromium.signIn(colleague, surviving.url(), owner.email(), Actors.PASSWORD);
        colleague.navigate(surviving.url() + "projects/" + project + "/script");
        colleague.locator("ff-script-editor .cm-content").waitFor();

        page.locator("ff-script-editor .cm-line").last().click();
        page.keyboard().press("End");
        page.keyboard().type(" Before.");
        page.waitForCondition(() -> pending(page) == 0);
        // Typing at the moment the node dies: some of it reached the node, some may still be in the tab.
        page.evaluate("() => window.ffBeforeTheCrash = true");
        page.keyboard().type(" During.");
        var typed = SCRIPT + " Before. During.";
        assertThat(text(page)).isEqualTo(typed);
        int unsentAtTheKill = pending(page);
        long killedAt = System.nanoTime();
        var timeline = new java.util.ArrayList<String>();
        page.onResponse(response -> timeline.add(String.format(Locale.ROOT, "%6.2f s  %d %s %s",
                (System.nanoTime() - killedAt) / 1e9, response.status(), response.headers().get("x-filmfactory-node"),
                response.url().replace(proxy.url(), "/"))));
        page.onFrameNavigated(frame -> timeline.add(String.format(Locale.ROOT, "%6.2f s  page %s",
                (System.nanoTime() - killedAt) / 1e9, frame.url().replace(proxy.url(), "/"))));
        dying.kill();

        // The page finds out by itself, reloads on the survivor and sends what was left unsent.
        try {
            page.waitForCondition(() -> reloadedAndSent(page, typed),
                    new Page.WaitForConditionOptions().setTimeout(60_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Chromium.screenshot(page, "writer-after-failover");
            throw new AssertionError("the writer did not carry on within 60 s: at " + page.url() + ", sign-in form "
                    + page.locator("vaadin-login-form").count() + ", editor text '" + text(page) + "'", e);
        }
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        assertThat(page.url()).isEqualTo(proxy.url() + "projects/" + project + "/script");
        assertThat(page.locator("vaadin-login-form").count()).isZero();
        assertThat(page.locator(".cm-content").getAttribute("contenteditable")).isEqualTo("true");
        var after = page.navigate(proxy.url() + "projects/" + project + "/script");
        assertThat(after.headers().get("x-filmfactory-node")).isEqualTo(surviving.nodeName());
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> typed.equals(text(page)));
        page.locator("ff-script-editor .cm-line").last().click();
        page.keyboard().press("End");
        page.keyboard().type(" After.");
        page.waitForCondition(() -> pending(page) == 0);
        assertThat(storedText(project)).isEqualTo(typed + " After.");

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "failover-through-proxy.txt"), String.format(Locale.ROOT,
                "failover through nginx: serving node killed (SIGKILL) -> editor on the other node, signed in, "
                        + "unsent typing sent: %.1f s (changes unsent at the kill: %d)%n", seconds, unsentAtTheKill),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        timeline.add(0, "after the kill (" + dying.nodeName() + "), what the writer's page got:");
        Files.write(Path.of("target", "failover-through-proxy-timeline.txt"), timeline);
    }

    private static String address(StudioProcess node) {
        return node.url().replaceFirst("^http://", "").replaceFirst("/$", "");
    }

    /** True once the page is another one than the one marked before the crash, with its editor done sending. */
    private static boolean reloadedAndSent(Page page, String typed) {
        try {
            return Boolean.TRUE.equals(page.evaluate("() => window.ffBeforeTheCrash === undefined"))
                    && typed.equals(text(page)) && pending(page) == 0;
        } catch (RuntimeException whileTheNextPageLoads) {
            return false;
        }
    }

    static String text(Page page) {
        return String.valueOf(page.evaluate("() => document.querySelector('ff-script-editor')?.text ?? ''"));
    }

    private static int pending(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('ff-script-editor')?.pending ?? -1"))
                .intValue();
    }

    private String storedText(ProjectId project) {
        helper.node(0).getBean(ScriptKeeper.class).keep(project, true);
        return helper.node(0).getBean(JdbcClient.class).sql("select text from screenplay where project_id = ?")
                .param(project.value()).query(String.class).single();
    }
}
