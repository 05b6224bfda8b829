package org.filmfactory.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
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
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser that crashes — its process killed, no goodbye, its connections just drop — takes its person off "here
 * now" on everyone else's screen within 30 s, though its node lives on and Vaadin keeps its UI for minutes. How long
 * it took is written to target/presence-after-browser-crash.txt.
 */
class PresenceAfterBrowserCrashBrowserIT {

    StudioNodes nodes;
    Chromium watching;
    Chromium crashing;

    @AfterEach
    void stop() {
        Actors.signOut();
        for (AutoCloseable open : new AutoCloseable[] {watching, crashing, nodes}) {
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
    void aCrashedBrowsersPersonLeavesWithinHalfAMinute() throws Exception {
        nodes = new StudioNodes(1).start();
        var owner = Actors.create(nodes.node(0), "Owen Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Drift", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var member = owner.bringOnto(project, ProjectRole.WRITER, "Mia Member");
        Actors.signOut();
        watching = new Chromium();
        crashing = new Chromium();

        var ownerPage = openRoom(watching, owner.email(), project);
        openRoom(crashing, member.email(), project);
        var memberAvatar = ownerPage.locator("#presence-bar .presence-avatar[data-user='" + member.id() + "']");
        memberAvatar.waitFor();

        long crashedAt = System.nanoTime();
        crashing.crash();
        memberAvatar.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED)
                .setTimeout(30_000));
        double seconds = (System.nanoTime() - crashedAt) / 1e9;

        assertThat(ownerPage.locator("#presence-bar .presence-avatar").evaluateAll(
                "avatars => avatars.map(a => a.dataset.user)")).isEqualTo(List.of(owner.id().toString()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "presence-after-browser-crash.txt"), String.format(Locale.ROOT,
                "presence, browser process killed (SIGKILL) -> avatar gone on the other browser: %.1f s%n", seconds),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Page openRoom(Chromium chromium, String email, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), email, Actors.PASSWORD);
        page.navigate(nodes.url(0) + "projects/" + project);
        page.locator("#presence-bar").waitFor();
        return page;
    }
}
