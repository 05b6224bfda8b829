package org.filmfactory.screenplay;

import com.microsoft.playwright.Page;
import org.filmfactory.project.ProjectId;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;

/** The script screen in a test browser: opened for a person, with its editor started on the live text. */
final class ScriptPage {

    private ScriptPage() {
    }

    /** A new browser of {@code actor}'s, signed in at {@code base}, on the project's script with its editor ready. */
    static Page open(Chromium chromium, String base, Actor actor, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> version(page) >= 1);
        return page;
    }

    /** The revision the page's editor is synced to. */
    static long version(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('ff-script-editor').version")).longValue();
    }
}
