package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.ApprovalState;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.CommentThread;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.ShotsWithTakes;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer does to a thread once it is there, in two browsers, each change seen by the other without a reload:
 * the writer edits their comment (marked "edited"), starts a reply and puts it away with Escape (nothing is sent, the
 * box is gone), the director resolves the thread (it leaves the "Open" list and shows under "Resolved" with who
 * resolved it) and reopens it, the writer deletes the comment (the thread keeps its place, "Comment deleted"), and the
 * director asks for changes: not without a note, Escape puts the form away, and the note given reaches the writer as
 * the shot's new state.
 */
@BrowserStudio
class ReviewThreadActionsBrowserIT {

    static final String SCRIPT = """
            INT. ATTIC - DAY

            Dust hangs in a shaft of light. NORA opens a trunk.
            """;

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void editEscapeResolveReopenDeleteAndRequestChangesReachTheOtherBrowserLive() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Attic", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        owner.signIn();
        var shot = ShotsWithTakes.of(node, project).getFirst().id();
        Actors.signOut();

        var writerPage = open(writer.email(), project, shot);
        var directorPage = open(director.email(), project, shot);
        try {
            // The writer comments on the whole shot; the director sees the thread arrive.
            writerPage.locator("#review-on vaadin-radio-button").nth(1).click();
            writerPage.locator("#review-comment-text textarea").fill("The trunk should creak");
            writerPage.locator("#review-comment-send").click();
            var directorThread = directorPage.locator("#review-threads .review-thread");
            directorThread.first().waitFor();
            assertThat(directorThread.locator(".review-body").textContent()).isEqualTo("The trunk should creak");
            assertThat(directorThread.locator(".review-edited").count()).isZero();

            // An edit of one's own comment: Ctrl+Enter saves it, and the other browser shows the new words, edited.
            var writerThread = writerPage.locator("#review-threads .review-thread").first();
            writerThread.locator(".review-edit").click();
            var editing = writerThread.locator(".review-box-text textarea");
            assertThat(editing.inputValue()).isEqualTo("The trunk should creak");
            editing.fill("The trunk should creak *louder*");
            editing.press("Control+Enter");
            directorPage.waitForCondition(() -> directorThread.locator(".review-edited").count() == 1);
            assertThat(directorThread.locator(".review-body").innerHTML())
                    .isEqualTo("The trunk should creak <em>louder</em>");
            assertThat(directorThread.locator(".review-edited").textContent()).isEqualTo("edited");

            // Escape puts a started reply away: the box goes, nothing is sent.
            writerThread.locator(".review-reply").click();
            var reply = writerThread.locator(".review-box-text textarea");
            reply.waitFor();
            reply.fill("on second thought");
            reply.press("Escape");
            writerPage.waitForCondition(() -> writerThread.locator(".review-box").count() == 0);
            // An edit started and cancelled by its button leaves the comment as it was.
            writerThread.locator(".review-edit").click();
            writerThread.locator(".review-box-text textarea").fill("something else");
            writerThread.locator(".review-box vaadin-button[id$='-cancel']").click();
            writerPage.waitForCondition(() -> writerThread.locator(".review-box").count() == 0);
            Chromium.awaitServer(writerPage);
            var stored = threads(node, owner, project, shot);
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().replies()).isEmpty();
            assertThat(stored.getFirst().first().text()).isEqualTo("The trunk should creak *louder*");

            // The director resolves it: the writer's "Open" list empties, "Resolved" shows it with who resolved it.
            directorThread.locator(".review-resolve").click();
            writerPage.locator("#review-none").waitFor();
            assertThat(writerPage.locator("#review-none").textContent()).isEqualTo("No open comments.");
            Chromium.choose(writerPage, "review-filter", "Resolved");
            var resolved = writerPage.locator("#review-threads .review-thread");
            resolved.first().waitFor();
            assertThat(resolved.locator(".review-resolved").textContent()).isEqualTo("Resolved by Dario Director");
            assertThat(resolved.locator(".review-resolve").textContent()).isEqualTo("Reopen");
            // ... and reopens it: it leaves the writer's "Resolved" list at once.
            Chromium.choose(directorPage, "review-filter", "All");
            directorPage.locator("#review-threads .review-thread .review-resolve").click();
            writerPage.locator("#review-none").waitFor();
            assertThat(writerPage.locator("#review-none").textContent()).isEqualTo("No resolved comments.");
            assertThat(threads(node, owner, project, shot).getFirst().resolved()).isFalse();

            // The writer deletes the comment: the thread keeps its place for the director, its words gone.
            Chromium.choose(writerPage, "review-filter", "Open");
            writerPage.locator("#review-threads .review-thread .review-delete").click();
            directorPage.waitForCondition(() -> "Comment deleted".equals(
                    directorPage.locator("#review-threads .review-thread .review-body").textContent()));
            assertThat(threads(node, owner, project, shot).getFirst().first().deleted()).isTrue();

            // Request changes: not without a note; Escape puts the form away; with a note the writer sees it live.
            directorPage.locator("#review-request-changes").click();
            var form = directorPage.locator("#review-changes-form");
            form.waitFor();
            assertThat(directorPage.locator("#review-changes-confirm").isDisabled()).isTrue();
            directorPage.locator("#review-changes-note textarea").press("Escape");
            form.waitFor(new Locator.WaitForOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            directorPage.locator("#review-request-changes").click();
            form.waitFor();
            assertThat(directorPage.locator("#review-changes-note textarea").inputValue()).isEmpty();
            directorPage.locator("#review-changes-note textarea").fill("   ");
            assertThat(directorPage.locator("#review-changes-confirm").isDisabled()).isTrue();
            directorPage.locator("#review-changes-note textarea").fill("Open it slower");
            directorPage.locator("#review-changes-confirm").click();
            writerPage.waitForCondition(() -> "CHANGES_REQUESTED".equals(
                    writerPage.locator("#review-state").getAttribute("data-state")));
            assertThat(writerPage.locator("#review-state").textContent()).isEqualTo("Changes requested");
            owner.signIn();
            var approval = node.getBean(Reviews.class).approval(project, shot);
            Actors.signOut();
            assertThat(approval.state()).isEqualTo(ApprovalState.CHANGES_REQUESTED);
            assertThat(approval.note()).isEqualTo("Open it slower");
        } finally {
            Chromium.screenshot(writerPage, "thread-actions-writer");
            Chromium.screenshot(directorPage, "thread-actions-director");
        }
    }

    /**
     * A shot with many threads draws the newest {@link ReviewPanel#PAGE} and offers the earlier ones a page at a time;
     * a marker clicked in the player brings its thread into the list however old; a new comment shows at once.
     */
    @Test
    void aLongListShowsTheNewestThreadsAndEarlierOnesOnRequest() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Petra Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Busy shot", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dana Director");
        owner.signIn();
        var shot = ShotsWithTakes.of(node, project).getFirst().id();
        var take = node.getBean(TakeGeneration.class).takes(project, shot).getFirst();
        director.signIn();
        var reviews = node.getBean(Reviews.class);
        var posted = new java.util.ArrayList<String>();
        for (int i = 0; i < 70; i++) {
            posted.add(reviews.comment(project, new CommentTarget.OnTake(shot, take.id(), (long) (i % 24), null),
                    "Note " + i).id().toString());
        }
        Actors.signOut();

        var page = open(director.email(), project, shot);
        try {
            var shown = page.locator("#review-threads .review-thread");
            page.waitForCondition(() -> shown.count() == 30);
            assertThat(shown.first().locator(".review-body").textContent()).isEqualTo("Note 40");
            assertThat(shown.last().locator(".review-body").textContent()).isEqualTo("Note 69");
            var earlier = page.locator("#review-earlier");
            assertThat(earlier.getAttribute("data-hidden")).isEqualTo("40");
            assertThat(earlier.textContent()).isEqualTo("Show 30 earlier comments (40 not shown)");
            // Every note still has its marker in the player.
            assertThat(page.locator("#take-player").getAttribute("data-notes")).isEqualTo("70");
            // On a phone the list and its button fit the width.
            var desk = page.viewportSize();
            page.setViewportSize(390, 844);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            earlier.scrollIntoViewIfNeeded();
            Chromium.screenshot(page, "review-many-threads-390");
            assertThat(earlier.isVisible()).isTrue();
            assertThat(Chromium.tooWide(page)).isEmpty();
            page.setViewportSize(desk.width, desk.height);

            earlier.click();
            page.waitForCondition(() -> shown.count() == 60);
            assertThat(shown.first().locator(".review-body").textContent()).isEqualTo("Note 10");
            assertThat(earlier.textContent()).isEqualTo("Show 10 earlier comments (10 not shown)");

            // The oldest note's marker, clicked in the player: its thread is drawn, the button goes.
            page.locator("#take-player").evaluate("(p, id) => p.dispatchEvent(new CustomEvent('note-click',"
                    + " { bubbles: true, composed: true, detail: { id } }))", posted.getFirst());
            page.waitForCondition(() -> shown.count() == 70);
            assertThat(shown.first().locator(".review-body").textContent()).isEqualTo("Note 0");
            assertThat(earlier.isVisible()).isFalse();

            // A new comment shows at the end of the list.
            page.locator("#review-comment-text textarea").fill("One more");
            page.locator("#review-comment-send").click();
            page.waitForCondition(() -> shown.count() == 71);
            assertThat(shown.last().locator(".review-body").textContent()).isEqualTo("One more");
        } finally {
            Chromium.screenshot(page, "review-many-threads");
        }
    }

    private static List<CommentThread> threads(org.springframework.context.ConfigurableApplicationContext node,
            Actors.Actor owner, ProjectId project, ShotId shot) {
        owner.signIn();
        try {
            return node.getBean(Reviews.class).threadsOnShot(project, shot);
        } finally {
            Actors.signOut();
        }
    }

    private static Page open(String email, ProjectId project, ShotId shot) {
        var page = chromium.newUser();
        page.context().setDefaultTimeout(60_000);
        Chromium.signIn(page, studio.url(0), email, Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project + "/storyboard/" + shot);
        page.locator("#review-panel").waitFor();
        return page;
    }
}
