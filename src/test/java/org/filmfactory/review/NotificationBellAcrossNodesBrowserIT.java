package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes, two browsers: the writer on node B, at phone width, sees the bell's count rise live when the director
 * on node A mentions them, opens the list from the keyboard and follows the notification to the shot, which marks
 * it read; the director's bell on node A rises when the writer replies from node B.
 */
@BrowserStudio(nodes = 2)
class NotificationBellAcrossNodesBrowserIT {

    static final Locator.WaitForOptions HIDDEN =
            new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN);
    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void theBellCountsMentionsLiveOnTheOtherNode() {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var director = join(nodeA, owner, project, ProjectRole.DIRECTOR, "Dario Director");
        var writer = join(nodeA, owner, project, ProjectRole.WRITER, "Wang Writer");
        Actors.signOut();

        Page directorPage = open(nodes.url(0), director);
        Page writerPage = open(nodes.url(1), writer);
        writerPage.setViewportSize(390, 844);
        try {
            assertThat(writerPage.locator("#notification-count").isVisible()).isFalse();
            var shot = shotOf(nodeA, writer, project);

            // The director comments on node A and mentions the writer.
            director.signIn();
            var thread = nodeA.getBean(Reviews.class).comment(project, new CommentTarget.OnShot(shot),
                    "@[Wang Writer](" + writer.id() + ") the rain starts too late").id();
            Actors.signOut();

            writerPage.locator("#notification-count:visible").waitFor();
            assertThat(writerPage.locator("#notification-count").textContent()).isEqualTo("1");
            assertThat(writerPage.locator("#notification-bell").getAttribute("aria-label"))
                    .isEqualTo("Notifications, 1 unread");

            // From the keyboard: focus the bell, open it, the newest notification is there, Enter follows it.
            writerPage.locator("#notification-bell").focus();
            writerPage.keyboard().press("Enter");
            var entry = writerPage.locator("#notification-list .notification-entry.unread");
            entry.waitFor();
            assertThat(entry.textContent()).contains(
                    "Dario Director mentioned you in “Rain City”: “@Wang Writer the rain starts too late”");
            var box = writerPage.locator("#notification-list").boundingBox();
            assertThat(box.x + box.width).isLessThanOrEqualTo(390);
            entry.focus();
            writerPage.keyboard().press("Enter");
            writerPage.waitForURL("**/projects/" + project + "/storyboard/" + shot + "?comment=" + thread);
            writerPage.locator("#notification-count").waitFor(HIDDEN);
            writer.signIn();
            assertThat(nodes.node(1).getBean(Notifications.class).unreadCount()).isZero();
            Actors.signOut();

            // The writer replies on node B: the director's bell on node A rises, the writer's stays quiet.
            assertThat(directorPage.locator("#notification-count").isVisible()).isFalse();
            writer.signIn();
            nodes.node(1).getBean(Reviews.class).reply(project, thread, "Moved it by a second");
            Actors.signOut();
            directorPage.locator("#notification-count:visible").waitFor();
            assertThat(directorPage.locator("#notification-count").textContent()).isEqualTo("1");
            Chromium.awaitServer(writerPage);
            assertThat(writerPage.locator("#notification-count").isVisible()).isFalse();
            Chromium.screenshot(writerPage, "notification-bell-writer");
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(writerPage, "notification-bell-writer-failure");
            Chromium.screenshot(directorPage, "notification-bell-director-failure");
            throw e;
        }
    }

    private static Actor join(ConfigurableApplicationContext node, Actor owner, ProjectId project, ProjectRole role,
            String name) {
        owner.signIn();
        var path = node.getBean(InvitationService.class).invite(project, role, null).path();
        var member = Actors.create(node, name).signIn();
        node.getBean(InvitationService.class).accept(path.substring("join/".length()));
        return member;
    }

    /** The writer saves a one-shot script on {@code node}; the shot it derives. */
    private static ShotId shotOf(ConfigurableApplicationContext node, Actor writer, ProjectId project) {
        writer.signIn();
        var revision = node.getBean(ScriptEditing.class).save(project, 0,
                "EXT. HARBOUR ROAD - NIGHT\n\nThe rain stops all at once.\n").revision();
        var breakdowns = node.getBean(Breakdowns.class);
        var shot = await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), list -> list.scriptRevision() == revision)
                .shots().getFirst().id();
        Actors.signOut();
        return shot;
    }

    private static Page open(String base, Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.locator("#notification-bell").waitFor();
        return page;
    }
}
