package org.filmfactory.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that crashes — its process killed, no orderly stop, nothing said to the cluster — takes its people with
 * it: the avatar of someone who had the project open there leaves the page of someone on another node. The crashing
 * node is a process of its own; how long the avatar took to go is written to target/presence-after-crash.txt.
 */
class PresenceAfterCrashBrowserIT {

    @TempDir
    Path folder;

    StudioNodes nodes;
    StudioProcess crashing;
    Chromium chromium;

    @AfterEach
    void stop() {
        Actors.signOut();
        for (AutoCloseable open : new AutoCloseable[] {chromium, crashing, nodes}) {
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
    void aCrashedNodesPeopleLeaveTheOtherNodesPages() throws Exception {
        nodes = new StudioNodes(1, StudioNodes.newSharedDatabase(folder)).start();
        var owner = Actors.create(nodes.node(0), "Owen Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Storm", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var member = owner.bringOnto(project, ProjectRole.WRITER, "Mia Member");
        Actors.signOut();
        crashing = StudioProcess.start(nodes, "node-2");
        chromium = new Chromium();

        // The owner watches the project on the node in this JVM; the member opens it on the node that will crash.
        var ownerPage = openRoom(nodes.url(0), owner.email(), project);
        var memberPage = openRoom(crashing.url(), member.email(), project);
        var memberAvatar = ownerPage.locator("#presence-bar .presence-avatar[data-user='" + member.id() + "']");
        memberAvatar.waitFor();
        assertThat(memberPage.locator("#presence-bar .presence-avatar[data-user='" + owner.id() + "']").count())
                .isEqualTo(1);

        long killedAt = System.nanoTime();
        crashing.kill();
        memberAvatar.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(120_000));
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        int membersWhenGone = nodes.hazelcast(0).getCluster().getMembers().size();

        assertThat(ownerPage.locator("#presence-bar .presence-avatar").evaluateAll(
                "avatars => avatars.map(a => a.dataset.user)")).isEqualTo(java.util.List.of(owner.id().toString()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "presence-after-crash.txt"), String.format(Locale.ROOT,
                "presence, node process killed (SIGKILL) -> avatar gone on the other node: %.1f s"
                        + " (cluster members when it went: %d)%n", seconds, membersWhenGone),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Page openRoom(String base, String email, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + project);
        page.locator("#presence-bar").waitFor();
        return page;
    }
}
