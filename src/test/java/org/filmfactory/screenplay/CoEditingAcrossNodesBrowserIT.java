package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two writers on two nodes, two browsers, typing into the same line at the same time: both editors and the
 * database end with one text holding every character each typed, in each typist's order. Then one node dies while
 * they type — once the node that owns the script, once the other one: its writer comes back through the surviving
 * node and nothing accepted is lost. Also: a viewer's forged change is refused with the reason shown. (Keystroke
 * latency and memory per editor are figures, not tests: {@code bench/co-editing-browser-bench.sh}.)
 */
class CoEditingAcrossNodesBrowserIT {

    static final String SCRIPT = "INT. CAFE - DAY\n\nSHARED: ";
    static final String A_LETTERS = "abcdefghijklm";
    static final String B_LETTERS = "NOPQRSTUVWXYZ";

    StudioNodes nodes;
    Chromium chromium;

    @AfterEach
    void stop() {
        Actors.signOut();
        if (chromium != null) {
            chromium.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    record Crew(ProjectId project, Actor writerA, Actor writerB, Actor viewer) {
    }

    private Crew crew() {
        nodes = new StudioNodes(2).start();
        chromium = new Chromium();
        var owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Same Line", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        nodes.node(0).getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var a = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        var b = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        Actors.signOut();
        return new Crew(project, a, b, viewer);
    }

    @Test
    void twoWritersTypingIntoTheSameLineOnTwoNodesEndWithEveryCharacter() throws Exception {
        var crew = crew();
        var a = open(nodes.url(0), crew.writerA(), crew.project());
        var b = open(nodes.url(1), crew.writerB(), crew.project());
        toEnd(a);
        toEnd(b);
        var typedA = new StringBuilder();
        var typedB = new StringBuilder();
        for (int i = 0; i < 220; i++) {
            typedA.append(type(a, A_LETTERS.charAt(i % A_LETTERS.length())));
            typedB.append(type(b, B_LETTERS.charAt(i % B_LETTERS.length())));
            if (i % 40 == 39) {
                // Chinese arrives as composed text, the way an input method commits it.
                a.keyboard().insertText("雨");
                typedA.append('雨');
                b.keyboard().insertText("说");
                typedB.append('说');
            }
        }
        var finalText = settled(a, b);
        var line = finalText.substring(SCRIPT.length());
        assertThat(only(line, A_LETTERS + "雨")).isEqualTo(typedA.toString());
        assertThat(only(line, B_LETTERS + "说")).isEqualTo(typedB.toString());
        assertThat(line).hasSize(typedA.length() + typedB.length());
        assertThat(finalText).startsWith(SCRIPT);
        assertThat(storedText(crew.project())).isEqualTo(finalText);
        Chromium.screenshot(a, "co-editing-writer-a");

        // A viewer's page, forging the editor's push message: refused, the text stays as it is.
        var viewer = open(nodes.url(1), crew.viewer(), crew.project());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> finalText.equals(text(viewer)));
        assertThat(viewer.locator(".cm-content").getAttribute("contenteditable")).isNotEqualTo("true");
        var answer = viewer.evaluate("async () => { const e = document.querySelector('ff-script-editor');"
                + " try { return String(await e.$server.push(e.version, JSON.stringify([{c: 'forged', ch: [0, 'HACKED']}])));"
                + " } catch (x) { return 'refused: ' + x; } }");
        // The server twin answers "not taken" and tells the viewer why, in the viewer's language; the answer came
        // after the server had handled the push, so the authority's text is checked now, not after a pause.
        assertThat(answer).isEqualTo("-1");
        var reason = nodes.node(1).getBean(Translations.class).translate(Locale.ENGLISH,
                new NotAllowed(Permission.EDIT_SCRIPT).messageKey());
        var notice = viewer.locator("vaadin-notification-card").last();
        notice.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(notice.textContent().strip()).isEqualTo(reason);
        assertThat(storedText(crew.project())).isEqualTo(finalText);
        assertThat(text(a)).isEqualTo(finalText);
    }

    @Test
    void cursorsOutlineAndUndoThatSkipsOtherPeoplesTyping() throws Exception {
        var crew = crew();
        crew.writerA().signIn();
        nodes.node(0).getBean(ScriptEditing.class).save(crew.project(), 1,
                SCRIPT + "\n\nEXT. STREET - NIGHT\n\nThe rain stops.");
        Actors.signOut();
        var a = open(nodes.url(0), crew.writerA(), crew.project());
        var b = open(nodes.url(1), crew.writerB(), crew.project());
        // Each sees the other's cursor, in the other's colour, with the other's name.
        a.locator("ff-script-editor .cm-line").first().click();
        b.locator("ff-script-editor .cm-line").last().click();
        a.locator(".cm-ff-remote-label", new Page.LocatorOptions().setHasText("Bo Writer")).waitFor();
        b.locator(".cm-ff-remote-label", new Page.LocatorOptions().setHasText("Ada Writer")).waitFor();
        // The outline lists both scenes and follows A's cursor from scene to scene (Alt-Down).
        assertThat(a.locator("ff-script-editor .ffse-scene").count()).isEqualTo(2);
        a.waitForCondition(() -> "true".equals(a.locator(".ffse-scene").first().getAttribute("aria-current")));
        a.keyboard().press("Alt+ArrowDown");
        a.waitForCondition(() -> "true".equals(a.locator(".ffse-scene").last().getAttribute("aria-current")));
        // Undo takes back A's own typing only, not what B typed in between.
        a.keyboard().press("End");
        a.keyboard().type(" (LATER)");
        b.keyboard().press("End");
        b.keyboard().type(" Birds sing.");
        var both = settled(a, b);
        assertThat(both).contains("EXT. STREET - NIGHT (LATER)", "The rain stops. Birds sing.");
        a.keyboard().press("Control+z");
        var afterUndo = settled(a, b);
        assertThat(afterUndo).contains("EXT. STREET - NIGHT\n", "The rain stops. Birds sing.")
                .doesNotContain("(LATER)");
        // B leaves: B's cursor goes from A's editor within seconds.
        b.close();
        a.locator(".cm-ff-remote-label", new Page.LocatorOptions().setHasText("Bo Writer"))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(20_000));
    }

    @Test
    void searchReplaceSoftWrapAndTypingKeptInTheTabWhileOffline() throws Exception {
        var crew = crew();
        var a = open(nodes.url(0), crew.writerA(), crew.project());
        // Fountain highlighting and line numbers.
        assertThat(a.locator("ff-script-editor .cm-line.cm-ff-sceneHeading").first().textContent())
                .isEqualTo("INT. CAFE - DAY");
        assertThat(a.locator("ff-script-editor .cm-lineNumbers .cm-gutterElement").allTextContents()).contains("1", "3");
        // Search and replace from the keyboard: Ctrl-F opens the panel, "replace all" changes every match.
        a.locator("ff-script-editor .cm-line").first().click();
        a.keyboard().press("Control+f");
        a.locator("ff-script-editor .cm-search input[name='search']").fill("CAFE");
        a.locator("ff-script-editor .cm-search input[name='replace']").fill("TEAHOUSE");
        a.locator("ff-script-editor .cm-search button[name='replaceAll']").click();
        a.waitForCondition(() -> text(a).startsWith("INT. TEAHOUSE - DAY") && pending(a) == 0);
        a.keyboard().press("Escape");
        // Soft wrap: a line longer than the editor is wide wraps instead of scrolling sideways.
        toEnd(a);
        a.keyboard().type("This line goes on and on ".repeat(12));
        var lastLine = a.locator("ff-script-editor .cm-line").last();
        a.waitForCondition(() -> lastLine.boundingBox().height > 40);
        var scroller = a.locator("ff-script-editor .cm-scroller");
        assertThat(((Number) scroller.evaluate("s => s.scrollWidth - s.clientWidth")).intValue()).isLessThan(5);
        a.waitForCondition(() -> pending(a) == 0);
        // Offline: what A types stays in the tab; after a reload it is restored and sent.
        a.context().setOffline(true);
        a.keyboard().press("Control+End");
        a.keyboard().type(" UNSENT");
        // Everything unsent is kept in the tab's session storage before the page goes.
        a.waitForFunction("() => { const e = document.querySelector('ff-script-editor');"
                + " return e.pending >= 7 && Object.keys(sessionStorage).some(k => {"
                + " try { return JSON.parse(sessionStorage.getItem(k)).pending.length === e.pending; }"
                + " catch (x) { return false; } }); }");
        a.context().setOffline(false);
        a.reload();
        a.locator("ff-script-editor .cm-content").waitFor();
        a.waitForCondition(() -> text(a).endsWith(" UNSENT") && pending(a) == 0,
                new Page.WaitForConditionOptions().setTimeout(30_000));
        var b = open(nodes.url(1), crew.writerB(), crew.project());
        b.waitForCondition(() -> text(b).endsWith(" UNSENT"));
        assertThat(text(b)).isEqualTo(text(a)).startsWith("INT. TEAHOUSE - DAY");
        assertThat(storedText(crew.project())).isEqualTo(text(a));
    }

    /** Which node dies: the one whose Hazelcast member owns the script's partition, or the other one. */
    enum Dying { OWNER_OF_THE_SCRIPT, NOT_THE_OWNER }

    @ParameterizedTest
    @EnumSource(Dying.class)
    void aNodeDyingMidTypingLosesNothingAccepted(Dying which) throws Exception {
        var crew = crew();
        // The script's authority lives in one map entry, keyed by the project's id, on its partition's owner.
        int owner = nodes.ownerOf(crew.project().value());
        int dying = which == Dying.OWNER_OF_THE_SCRIPT ? owner : 1 - owner;
        int surviving = 1 - dying;
        // A writes on the node that will die, B on the one that survives.
        var a = open(nodes.url(dying), crew.writerA(), crew.project());
        var b = open(nodes.url(surviving), crew.writerB(), crew.project());
        toEnd(a);
        toEnd(b);
        var typedB = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            type(a, A_LETTERS.charAt(i % A_LETTERS.length()));
            typedB.append(type(b, B_LETTERS.charAt(i % B_LETTERS.length())));
        }
        b.locator(".cm-ff-remote-label", new Page.LocatorOptions().setHasText("Ada Writer")).waitFor();
        assertThat(nodes.ownerOf(crew.project().value())).as("owner of the script just before the crash")
                .isEqualTo(owner);
        nodes.kill(dying);
        // What B's editor shows now was accepted by the cluster: none of it may be lost.
        var acceptedBeforeTheCrash = text(b);
        // The survivor takes the partition over once the cluster has noticed the loss.
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                nodes.ownerOf(crew.project().value())).as("owner of the script after the crash").isEqualTo(surviving));
        // A's cursor goes from B's editor: A's node is gone, and with it A's presence.
        b.locator(".cm-ff-remote-label", new Page.LocatorOptions().setHasText("Ada Writer"))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(20_000));
        for (int i = 60; i < 100; i++) {
            typedB.append(type(b, B_LETTERS.charAt(i % B_LETTERS.length())));
        }
        // A's browser comes back through the surviving node.
        var again = open(nodes.url(surviving), crew.writerA(), crew.project());
        toEnd(again);
        var afterA = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            afterA.append(type(again, 'z'));
        }
        var finalText = settled(again, b);
        assertThat(isSubsequence(acceptedBeforeTheCrash, finalText)).as("accepted before the crash").isTrue();
        assertThat(only(finalText.substring(SCRIPT.length()), B_LETTERS + "说")).isEqualTo(typedB.toString());
        assertThat(only(finalText, "z")).isEqualTo(afterA.toString());
        assertThat(storedText(crew.project(), surviving)).isEqualTo(finalText);
    }

    private Page open(String base, Actor actor, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> text(page).startsWith("INT. "));
        return page;
    }

    /** Clicks into the last line, as a person would, and goes to its end. */
    private static void toEnd(Page page) {
        page.locator("ff-script-editor .cm-line").last().click();
        page.keyboard().press("End");
    }

    private static char type(Page page, char c) {
        page.keyboard().type(String.valueOf(c));
        return c;
    }

    static String text(Page page) {
        return String.valueOf(page.evaluate("() => document.querySelector('ff-script-editor').text"));
    }

    /** Waits until both editors have sent everything and show the same text; returns it. */
    private static String settled(Page one, Page two) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                pending(one) == 0 && pending(two) == 0 && text(one).equals(text(two)));
        return text(one);
    }

    private static int pending(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('ff-script-editor').pending")).intValue();
    }

    private String storedText(ProjectId project) {
        return storedText(project, 0);
    }

    private String storedText(ProjectId project, int node) {
        nodes.node(node).getBean(ScriptKeeper.class).keep(project, true);
        return nodes.node(node).getBean(JdbcClient.class).sql("select text from screenplay where project_id = ?")
                .param(project.value()).query(String.class).single();
    }

    private static String only(String text, String letters) {
        var kept = new StringBuilder();
        text.codePoints().filter(c -> letters.indexOf(c) >= 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int k = 0; k < whole.length() && i < part.length(); k++) {
            if (whole.charAt(k) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }
}
