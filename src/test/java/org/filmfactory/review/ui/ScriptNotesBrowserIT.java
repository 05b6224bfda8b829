package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * Comments on script lines in two browsers: one comments on a selected line, the other sees the marker beside that
 * line at once, and it stays on that line while the first keeps typing above it; deleting the line leaves the
 * marker saying its text is gone.
 */
@BrowserStudio
class ScriptNotesBrowserIT {

    static final String SCRIPT = "INT. KITCHEN - NIGHT\n\nANNA pours tea.\n\nANNA\n很晚了。\n";

    /** The markers of comments (the gutter also holds an invisible one that only sets its width). */
    static final String MARK = "ff-script-editor .cm-ff-comment-mark:not([data-comment=''])";

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void aCommentOnALineShowsBesideItForEveryoneAndFollowsItAsTheWriterTypesAbove() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Tea Time", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dora Director");
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        Actors.signOut();

        Page writing = open(writer, project);
        Page watching = open(director, project);
        assertThat(watching.locator("#script-notes-none").textContent()).isEqualTo("No comments on the script yet.");

        // The writer selects the line and presses Comment.
        writing.evaluate("() => { const e = document.querySelector('ff-script-editor');"
                + " e.view.dispatch({selection: {anchor: 22, head: 37}}); e.view.focus(); }");
        writing.locator("ff-script-editor .ffse-comment").click();
        writing.locator("#script-notes-compose").waitFor();
        assertThat(writing.locator("#script-notes-compose .script-notes-quote").textContent())
                .isEqualTo("ANNA pours tea.");
        writing.locator("#script-notes-text textarea").fill("Too polite. **太客气了。**");
        writing.locator("#script-notes-post").click();

        // The director sees the marker beside that line, live, and the thread in the panel.
        watching.locator(MARK).waitFor();
        assertThat(markedLines(watching)).containsExactly("ANNA pours tea.");
        watching.locator("#script-notes-threads .script-note").waitFor();
        assertThat(watching.locator("#script-notes-threads .script-notes-quote").textContent())
                .isEqualTo("ANNA pours tea.");
        assertThat(watching.locator("#script-notes-threads .script-note-text").innerHTML())
                .isEqualTo("Too polite. <strong>太客气了。</strong>");
        assertThat(markedLines(writing)).containsExactly("ANNA pours tea.");
        Chromium.screenshot(watching, "script-comment-marker");

        // The writer keeps typing above the line: the marker stays on it in both browsers.
        writing.evaluate("() => { const e = document.querySelector('ff-script-editor');"
                + " e.view.dispatch({selection: {anchor: 0}}); e.view.focus(); }");
        writing.keyboard().type("FADE IN:");
        writing.keyboard().press("Enter");
        writing.keyboard().press("Enter");
        writing.keyboard().insertText("淡入");
        writing.keyboard().press("Enter");
        var typed = "FADE IN:\n\n淡入\n" + SCRIPT;
        watching.waitForCondition(() -> typed.equals(text(watching)));
        assertThat(markedLines(watching)).containsExactly("ANNA pours tea.");
        assertThat(markedLines(writing)).containsExactly("ANNA pours tea.");

        // The server agrees: the thread's anchor moved with its text.
        director.signIn();
        var thread = node.getBean(Reviews.class).threadsOnScript(project).getFirst();
        var anchor = (CommentTarget.OnScript) thread.first().target();
        assertThat(typed.substring(anchor.from(), anchor.to())).isEqualTo("ANNA pours tea.");
        assertThat(anchor.gone()).isFalse();
        Actors.signOut();

        // A fresh page of the director's places the marker from the server's anchor on the same line.
        watching.reload();
        watching.locator(MARK).waitFor();
        assertThat(markedLines(watching)).containsExactly("ANNA pours tea.");

        // The writer deletes the line: the marker says its text is gone.
        int from = typed.indexOf("ANNA pours tea.");
        writing.evaluate("([a, h]) => { const e = document.querySelector('ff-script-editor');"
                + " e.view.dispatch({selection: {anchor: a, head: h}}); e.view.focus(); }", List.of(from, from + 16));
        writing.keyboard().press("Delete");
        watching.waitForCondition(() -> watching.locator(MARK + ".cm-ff-gone").count() == 1);
        director.signIn();
        var gone = (CommentTarget.OnScript) node.getBean(Reviews.class).threadsOnScript(project).getFirst().first()
                .target();
        assertThat(gone.gone()).isTrue();
        assertThat(gone.from()).isEqualTo(from);
        Actors.signOut();
    }

    /** The text of each line that has a comment marker, read from where the markers are drawn. */
    @SuppressWarnings("unchecked")
    private static List<String> markedLines(Page page) {
        return (List<String>) page.evaluate("() => { const e = document.querySelector('ff-script-editor');"
                + " const v = e.view; const left = v.contentDOM.getBoundingClientRect().left + 2;"
                + " return [...e.querySelectorAll('.cm-ff-comment-mark:not([data-comment=\"\"])')].map(m => { const r = m.getBoundingClientRect();"
                + " const pos = v.posAtCoords({x: left, y: r.top + r.height / 2});"
                + " return pos == null ? null : v.state.doc.lineAt(pos).text; }); }");
    }

    private static String text(Page page) {
        return String.valueOf(page.evaluate("() => document.querySelector('ff-script-editor').text"));
    }

    private static Page open(Actor actor, ProjectId project) {
        var page = chromium.newUser("en");
        Chromium.signIn(page, studio.url(0), actor.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.locator("#script-notes").waitFor();
        return page;
    }
}
