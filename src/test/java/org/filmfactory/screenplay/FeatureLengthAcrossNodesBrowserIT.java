package org.filmfactory.screenplay;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.FeatureScript;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * A feature-length script (150 scenes) on two nodes: two writers on different nodes open the script screen with the
 * whole text and its breakdown beside it, what one types reaches the other's browser, and the history opens with
 * the script's lines (issue 10).
 */
@BrowserStudio(nodes = 2)
class FeatureLengthAcrossNodesBrowserIT {

    static final int SCENES = 150;

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void typingInAFeatureReachesTheOtherNodesBrowserAndItsHistoryOpens() {
        var owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var text = FeatureScript.ofScenes(SCENES);
        long revision = nodes.node(0).getBean(ScriptEditing.class).save(project, 0, text).revision();
        var breakdowns = nodes.node(0).getBean(Breakdowns.class);
        var summary = await().atMost(ofMinutes(2)).pollInSameThread()
                .until(() -> breakdowns.summary(project), s -> s.scriptRevision() == revision);
        var ada = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        var bo = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        Actors.signOut();

        var a = openScript(nodes.url(0), ada, project, text.length());
        var b = openScript(nodes.url(1), bo, project, text.length());
        assertThat(b.locator("#breakdown-panel-status").textContent())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "From script revision 1: 150 scenes, %,d shots",
                        summary.shots()));
        assertThat(b.locator("#breakdown-panel-scenes").textContent()).contains("1. INT. SAN FRANCISCO APARTMENT");

        a.locator("ff-script-editor .cm-content").click();
        a.keyboard().press("Control+Home");
        a.keyboard().type("FADE IN ");
        b.waitForFunction("() => document.querySelector('ff-script-editor').text.startsWith('FADE IN INT. ')");
        assertThat(b.evaluate("() => document.querySelector('ff-script-editor').text"))
                .isEqualTo("FADE IN " + text);

        b.navigate(nodes.url(1) + "projects/" + project + "/script/history");
        b.locator("#history-tab-blame").click();
        // The blame grid shows the live text's first lines, the typing included.
        b.locator("#history-blame-lines vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("FADE IN INT. SAN FRANCISCO APARTMENT")).first().waitFor();
        assertThat(b.locator("#history-blame-lines vaadin-grid-cell-content .history-blame-line").count())
                .isLessThan(200);
    }

    private static Page openScript(String base, Actor actor, ProjectId project, int length) {
        var page = chromium.newUser();
        page.context().setDefaultTimeout(60_000);
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/script");
        page.waitForFunction("n => { const e = document.querySelector('ff-script-editor');"
                + " return e && e.text && e.text.length === n; }", length);
        page.locator("#breakdown-panel-status[data-revision='1']").waitFor();
        return page;
    }
}
