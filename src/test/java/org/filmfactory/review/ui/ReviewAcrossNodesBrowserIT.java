package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.collab.Attendee;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.ApprovalState;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * Review across two nodes, in two browsers: the writer on node B stops the take at a frame, draws on the picture and
 * comments; the director on node A sees the thread at that frame and its marker on the player without a reload,
 * replies with an @mention chosen from the completion, and approves the shot; the writer sees the reply and the
 * approval arrive, and the storyboard shows the shot as approved.
 */
@BrowserStudio(nodes = 2)
class ReviewAcrossNodesBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.
            """;

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void writerCommentsWithADrawingDirectorRepliesAndApprovesLiveAcrossNodes() {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Tea", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        nodeA.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        owner.signIn();
        var breakdowns = nodeA.getBean(Breakdowns.class);
        var shots = Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> !s.isEmpty());
        var shot = shots.getFirst().id();
        var takes = nodeA.getBean(TakeGeneration.class);
        takes.generateAllMissing(project);
        Awaitility.await().pollInSameThread().atMost(Duration.ofMinutes(3))
                .until(() -> takes.totals(project).ready() == shots.size());
        var reviews = nodeA.getBean(Reviews.class);
        assertThat(reviews.approval(project, shot).state()).isEqualTo(ApprovalState.IN_REVIEW);
        Actors.signOut();

        var shotPath = "projects/" + project + "/storyboard/" + shot;
        Page writerPage = chromium.newUser();
        Page directorPage = chromium.newUser();
        try {
            open(writerPage, nodes.url(1), writer.email(), shotPath);
            open(directorPage, nodes.url(0), director.email(), shotPath);
            assertThat(writerPage.locator("#review-state").getAttribute("data-state")).isEqualTo("IN_REVIEW");
            assertThat(writerPage.locator("#review-none").textContent()).isEqualTo("No open comments.");
            directorPage.evaluate("() => window.__noReload = true");

            writerPage.waitForFunction("() => document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main').readyState >= 1");
            // The writer stops at frame 12, draws a stroke on the picture and comments.
            writerPage.evaluate("() => document.querySelector('#take-player').showFrame(12)");
            writerPage.waitForFunction("() => { const v = document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main'); return !v.seeking && Math.abs(v.currentTime - 12.5 / 24) < 1e-6; }");
            writerPage.locator("#review-tool-freehand").click();
            Chromium.awaitServer(writerPage);
            // The middle of the picture, brought into the window first (the tool's button scrolled the page).
            @SuppressWarnings("unchecked")
            var middle = (java.util.List<Number>) writerPage.evaluate("() => { const o = document.querySelector("
                    + "'#take-player').shadowRoot.querySelector('canvas.overlay'); o.scrollIntoView({block: 'center'});"
                    + " const r = o.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }");
            double x = middle.get(0).doubleValue() - 20;
            double y = middle.get(1).doubleValue() - 20;
            writerPage.mouse().move(x, y);
            writerPage.mouse().down();
            for (int i = 1; i <= 10; i++) {
                writerPage.mouse().move(x + i * 4, y + i * 3);
            }
            writerPage.mouse().up();
            assertThat(writerPage.locator("#take-player").getAttribute("data-strokes")).isEqualTo("1");
            var text = writerPage.locator("#review-comment-text textarea");
            text.fill("The **kettle** should steam more here");
            text.press("Control+Enter");

            // The director on the other node sees the thread at that frame and its marker on the player.
            var thread = directorPage.locator("#review-threads .review-thread");
            thread.first().waitFor();
            assertThat(thread.count()).isEqualTo(1);
            assertThat(thread.locator(".review-frame").getAttribute("data-frame")).isEqualTo("12");
            assertThat(thread.locator(".review-frame").textContent()).isEqualTo("Frame 12 · 00:00:00:12 · drawing");
            assertThat(thread.locator(".review-author").textContent()).isEqualTo("Wang Writer");
            assertThat(thread.locator(".review-body").innerHTML())
                    .isEqualTo("The <strong>kettle</strong> should steam more here");
            owner.signIn();
            var stored = reviews.threadsOnShot(project, shot);
            Actors.signOut();
            assertThat(stored).hasSize(1);
            var target = (CommentTarget.OnTake) stored.getFirst().first().target();
            assertThat(target.frame()).isEqualTo(12L);
            assertThat(target.drawing()).isNotNull();
            assertThat(target.drawing().strokes()).hasSize(1);
            assertThat(target.drawing().strokes().getFirst().tool().name()).isEqualTo("FREEHAND");
            assertThat(directorPage.locator("#take-player").evaluate(
                    "p => JSON.parse(p.notesJson || '[]').map(n => n.frame + ':' + n.colorIndex + ':' + n.label)"))
                    .isEqualTo(List.of("12:" + Attendee.colorOf(writer.id())
                            + ":Wang Writer: The kettle should steam more here"));

            // A click on the frame puts the director's player there.
            thread.locator(".review-frame").click();
            directorPage.waitForFunction("() => document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('.frame').textContent === '12'");

            // The director replies, mentioning the writer through the completion.
            thread.locator(".review-reply").click();
            var reply = thread.locator(".review-box-text textarea");
            reply.pressSequentially("@Wan");
            var choice = thread.locator(".review-mention-choice");
            // The list narrows as the name is typed: "@" offers everyone, "@Wan" only the writer.
            directorPage.waitForCondition(() -> choice.allTextContents().equals(java.util.List.of("@Wang Writer")));
            choice.first().click();
            Chromium.awaitServer(directorPage);
            assertThat(reply.inputValue()).isEqualTo("@[Wang Writer](" + writer.id() + ") ");
            reply.press("Control+End");
            reply.pressSequentially("more steam, agreed");
            reply.press("Control+Enter");

            var answer = writerPage.locator("#review-threads .review-replies .review-comment");
            answer.first().waitFor();
            assertThat(answer.locator(".review-author").textContent()).isEqualTo("Dario Director");
            assertThat(answer.locator(".review-body").innerHTML())
                    .isEqualTo("<span class=\"mention\">@Wang Writer</span> more steam, agreed");

            // The director approves; the writer sees it on the shot page, then on the storyboard.
            directorPage.locator("#review-approve").click();
            writerPage.waitForCondition(() -> "APPROVED".equals(
                    writerPage.locator("#review-state").getAttribute("data-state")));
            assertThat(writerPage.locator("#review-state").textContent()).isEqualTo("Approved");
            assertThat(writerPage.locator("#review-decided").textContent()).startsWith("by Dario Director, ");
            writerPage.waitForCondition(() -> "review.state.approved".equals(
                    writerPage.locator("#shot-mark").getAttribute("data-mark")));
            assertThat(writerPage.locator("#shot-open-comments").textContent()).isEqualTo("1 open");
            assertThat(directorPage.evaluate("() => window.__noReload === true")).isEqualTo(true);

            writerPage.locator("#shot-back").click();
            var mark = writerPage.locator("#card-" + shot + " .sb-mark");
            mark.waitFor();
            assertThat(mark.textContent()).isEqualTo("Approved");
            assertThat(mark.getAttribute("theme")).isEqualTo("badge small success");
            assertThat(writerPage.locator("#card-" + shot + " .sb-open").textContent()).isEqualTo("1 open");
        } finally {
            Chromium.screenshot(writerPage, "review-writer");
            Chromium.screenshot(directorPage, "review-director");
        }
    }

    static void open(Page page, String base, String email, String path) {
        page.context().setDefaultTimeout(60_000);
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + path);
        page.locator("#review-panel").waitFor();
    }
}
