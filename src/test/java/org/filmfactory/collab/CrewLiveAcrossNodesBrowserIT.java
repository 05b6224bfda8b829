package org.filmfactory.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * Two app nodes, one browser on each: what the owner does on node A shows in the member's browser on node B
 * without a reload, and each sees the other's presence come and go. Also measures how long a role change takes to
 * travel from the click on A to the DOM on B (written to target/propagation.txt).
 */
@BrowserStudio(nodes = 2)
class CrewLiveAcrossNodesBrowserIT {

    static final int CHANGES = 24;
    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void roleChangesAndPresenceReachTheOtherNodesBrowserLive() throws Exception {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Owen Owner").signIn();
        var member = Actors.create(nodeA, "Mia Member");
        var projectId = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var invitation = nodeA.getBean(InvitationService.class).invite(projectId, ProjectRole.VIEWER, null);
        member.signIn();
        nodeA.getBean(InvitationService.class).accept(invitation.path().substring("join/".length()));
        Actors.signOut();

        Page ownerPage = openRoom(nodes.url(0), owner.email(), projectId);
        Page memberPage = openRoom(nodes.url(1), member.email(), projectId);
        try {
            assertThat(memberPage.locator("#my-role").getAttribute("data-role")).isEqualTo("VIEWER");
            waitForAvatars(ownerPage, 2);
            waitForAvatars(memberPage, 2);

            memberPage.evaluate("""
                    () => { window.__noReload = true; window.__seen = [];
                      new MutationObserver(() => {
                        const role = document.querySelector('#my-role')?.dataset.role;
                        if (role && role !== window.__lastRole) { window.__lastRole = role; window.__seen.push([role, Date.now()]); }
                      }).observe(document.body, {subtree: true, childList: true, attributes: true}); }""");

            // The click's own moment, taken inside the owner's browser (not Playwright's slower view of it).
            ownerPage.evaluate("() => document.addEventListener('click', () => window.__clickedAt = Date.now(), true)");
            var latencies = new ArrayList<Double>();
            for (int i = 0; i < CHANGES; i++) {
                var role = i % 2 == 0 ? ProjectRole.DIRECTOR : ProjectRole.EDITOR;
                var label = role == ProjectRole.DIRECTOR ? "Director" : "Editor";
                ownerPage.locator("#role-select-" + member.id()).click();
                var item = ownerPage.locator("vaadin-select-item:visible")
                        .filter(new Locator.FilterOptions().setHasText(label)).first();
                item.waitFor();
                item.click();
                memberPage.waitForFunction("r => window.__lastRole === r", role.name());
                double clicked = ((Number) ownerPage.evaluate("() => window.__clickedAt")).doubleValue();
                double seen = ((Number) memberPage.evaluate("() => window.__seen[window.__seen.length - 1][1]"))
                        .doubleValue();
                latencies.add(seen - clicked);
                // The owner's own list shows the change too before the next click.
                ownerPage.locator("#member-" + member.id() + " .member-role[data-role='" + role.name() + "']").waitFor();
            }
            assertThat(memberPage.evaluate("() => window.__noReload === true")).isEqualTo(true);
            assertThat(memberPage.locator("#my-role").getAttribute("data-role")).isEqualTo("EDITOR");
            record("role change, click on node A -> DOM on node B", latencies);

            // The member leaves the project page on node B: the avatar leaves node A's page.
            double left = ((Number) ownerPage.evaluate("Date.now()")).doubleValue();
            memberPage.navigate(nodes.url(1) + "profile");
            waitForAvatars(ownerPage, 1);
            double gone = ((Number) ownerPage.evaluate("Date.now()")).doubleValue();
            record("presence, page left on node B -> avatar gone on node A (upper bound)", List.of(gone - left));

            // A new name given on node B shows in the crew list on node A.
            memberPage.locator("#profile-name input").fill("米娅 Mia Renamed");
            memberPage.locator("#profile-save").click();
            ownerPage.locator("#member-" + member.id() + " .member-name").filter(
                    new Locator.FilterOptions().setHasText("米娅 Mia Renamed")).waitFor();
            memberPage.context().close();

            // A member on node B again, then node B dies: its people vanish from node A's page.
            memberPage = openRoom(nodes.url(1), member.email(), projectId);
            waitForAvatars(ownerPage, 2);
            nodes.stop(1);
            waitForAvatars(ownerPage, 1);
            Chromium.screenshot(ownerPage, "cluster-owner");
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(ownerPage, "cluster-owner-failure");
            throw e;
        }
    }

    private static Page openRoom(String base, String email, ProjectId projectId) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + projectId);
        page.locator("#project-name").waitFor();
        return page;
    }

    private static void waitForAvatars(Page page, int count) {
        page.waitForFunction("n => document.querySelectorAll('#presence-bar .presence-avatar').length === n", count);
    }

    private static void record(String what, List<Double> millis) throws Exception {
        var sorted = millis.stream().sorted().toList();
        var median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        var line = String.format("%s: n=%d median=%.0f ms max=%.0f ms min=%.0f ms%n", what, sorted.size(), median,
                sorted.getLast(), sorted.getFirst());
        System.out.print("PROPAGATION " + line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/propagation.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
