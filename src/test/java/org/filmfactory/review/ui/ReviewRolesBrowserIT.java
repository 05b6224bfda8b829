package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.ShotsWithTakes;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * What the review panel offers each role, on a phone (390 × 844): a viewer reads the threads but gets no composer
 * and no reply or resolve; an editor comments but is offered no approval; a director gets both. (The server's own
 * refusals are tested on the review facade.) On the phone nothing of the panel reaches past the right edge.
 */
@BrowserStudio
class ReviewRolesBrowserIT {

    static final String SCRIPT = """
            EXT. STREET - NIGHT

            The street is empty. A long line of action that has to wrap on a narrow screen, with no space to spare.
            """;

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void viewerGetsNoComposerEditorGetsNoApprovalAndThePanelFitsAPhone() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Street", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Eddie Editor");
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        owner.signIn();
        var shot = ShotsWithTakes.of(node, project).getFirst().id();
        Actors.signOut();

        // The director comments first, so there is a thread to reply to.
        var directorPage = open(director.email(), project, shot);
        directorPage.locator("#review-on vaadin-radio-button").nth(1).click();
        directorPage.locator("#review-comment-text textarea").fill("Darker, please");
        directorPage.locator("#review-comment-send").click();
        directorPage.locator("#review-threads .review-thread").first().waitFor();
        assertThat(directorPage.locator("#review-composer").isVisible()).isTrue();
        assertThat(directorPage.locator("#review-approve").isVisible()).isTrue();
        assertThat(directorPage.locator("#review-request-changes").isVisible()).isTrue();
        assertThat(directorPage.locator("#review-threads .review-reply").isVisible()).isTrue();
        check(directorPage, "director");

        var viewerPage = open(viewer.email(), project, shot);
        viewerPage.locator("#review-threads .review-thread").first().waitFor();
        assertThat(viewerPage.locator("#review-threads .review-body").textContent()).isEqualTo("Darker, please");
        assertThat(viewerPage.locator("#review-composer").isVisible()).isFalse();
        assertThat(viewerPage.locator("#review-comment-text").isVisible()).isFalse();
        assertThat(viewerPage.locator("#review-threads .review-reply").count()).isZero();
        assertThat(viewerPage.locator("#review-threads .review-resolve").count()).isZero();
        assertThat(viewerPage.locator("#review-approve").isVisible()).isFalse();
        assertThat(viewerPage.locator("#review-request-changes").isVisible()).isFalse();
        check(viewerPage, "viewer");

        var editorPage = open(editor.email(), project, shot);
        editorPage.locator("#review-threads .review-thread").first().waitFor();
        assertThat(editorPage.locator("#review-composer").isVisible()).isTrue();
        assertThat(editorPage.locator("#review-threads .review-reply").isVisible()).isTrue();
        assertThat(editorPage.locator("#review-approve").isVisible()).isFalse();
        assertThat(editorPage.locator("#review-request-changes").isVisible()).isFalse();
        check(editorPage, "editor");

        assertThat(problems).as("review panel wider than 390 px").isEmpty();
    }

    private final List<String> problems = new ArrayList<>();

    private static Page open(String email, ProjectId project, ShotId shot) {
        var page = chromium.newUser();
        page.setViewportSize(390, 844);
        page.context().setDefaultTimeout(60_000);
        Chromium.signIn(page, studio.url(0), email, Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project + "/storyboard/" + shot);
        page.locator("#review-panel").waitFor();
        return page;
    }

    private void check(Page page, String who) {
        Chromium.awaitServer(page);
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Chromium.screenshot(page, "review-390-" + who);
        for (var found : Chromium.tooWide(page)) {
            problems.add(who + ": " + found);
        }
    }

}
