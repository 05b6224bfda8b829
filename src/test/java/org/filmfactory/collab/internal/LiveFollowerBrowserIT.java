package org.filmfactory.collab.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * {@link org.filmfactory.collab.LiveFollower} on a real node with a real browser: a screen follows its project's
 * feed while it is attached (an update reaches the page through {@code ui.access}), and leaving the screen ends
 * its subscription on the node's feed.
 */
@BrowserStudio
class LiveFollowerBrowserIT {

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void followsWhileAttachedAndUnsubscribesOnDetach() {
        var node = nodes.node(0);
        var feed = node.getBean(HazelcastProjectFeed.class);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var projects = node.getBean(ProjectManagement.class);
        var projectId = projects.create(new NewProject("Night Ferry", "", ScriptLanguage.EN, OutputFormat.SQUARE));
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), owner.email(), Actors.PASSWORD);
        await().atMost(ofSeconds(10)).until(() -> feed.listenerCount() == 1);

        // In-page navigation (router links), so each screen is detached at once rather than when the tab times out.
        page.locator("#project-" + projectId + " a.project-link").click();
        page.locator("#project-name").waitFor();
        // The list left with its subscription; the project shell, its avatars, the room and the room's "waiting for
        // you" panel follow the project.
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(feed.listenerCount()).isEqualTo(4));

        projects.rename(projectId, "Night Ferry, second cut");
        page.waitForFunction(
                "() => document.querySelector('#project-name')?.textContent === 'Night Ferry, second cut'");

        page.locator("vaadin-side-nav-item").first().click();
        page.locator("#project-list").waitFor();
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(feed.listenerCount()).isEqualTo(1));
        page.context().close();
        Actors.signOut();
    }
}
