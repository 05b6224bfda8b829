package org.filmfactory.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.ShotsWithTakes;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen a person uses on a phone (390 × 844) and a tablet (768 × 1024), with a real project: a crew of two, an
 * open invitation, a script of several scenes in English and one in Chinese, and a history of two versions; then the
 * production side: activity, review links, sound, generation settings, Make film and a new film from an idea. No
 * screen may be wider than the window: the page never scrolls sideways and no element reaches past its right edge
 * (an element inside a strip that scrolls on its own, such as the section tabs, may). Screenshots are left under
 * {@code target/screenshots/} for a person to look at.
 */
@BrowserStudio
class ScreensOnPhoneAndTabletBrowserIT {

    /** A scene in Chinese without a single forcing mark: the editor must read it as the parser does. */
    static final String CHINESE_SCRIPT = """
            标题：茶馆的清晨

            内景 茶馆 - 清晨

            老王擦着桌子，窗外下着雨。

            老王
            今天怕是没人来了。

            小李 (画外音)
            (喘着气)
            王叔，开门！

            外景 街道 - 夜

            街上空无一人。
            """;

    static StudioNodes studio;
    static Chromium chromium;

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"390, 844", "768, 1024"})
    void everyScreenFitsTheWindow(int width, int height) throws IOException {
        var node = studio.node(0);
        var owner = Actors.create(node, "Nadia Narrow").signIn();
        var projects = node.getBean(ProjectManagement.class);
        var english = projects.create(new NewProject("Brick and Steel, a long project name for a narrow screen",
                "A retired detective and his partner settle one last score.", ScriptLanguage.EN,
                OutputFormat.VERTICAL_HD));
        var chinese = projects.create(new NewProject("茶馆的清晨", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        var editing = node.getBean(ScriptEditing.class);
        String script = corpus("brick-and-steel.fountain");
        var history = node.getBean(ScriptHistory.class);
        var first = editing.save(english, 0, script.substring(0, script.length() / 2));
        history.name(english, "First half, as sent to the producer on Monday morning");
        editing.save(english, first.revision(), script);
        history.name(english, "Whole script");
        editing.save(chinese, 0, CHINESE_SCRIPT);
        owner.bringOnto(english, ProjectRole.WRITER, "Wang Writer With A Rather Long Display Name");
        owner.signIn();
        // A storyboard where every shot waits for approval: the room lists some and counts the rest.
        var waiting = projects.create(new NewProject("Sixteen rooms", "", ScriptLanguage.EN,
                new OutputFormat(360, 640, 24)));
        var rooms = new StringBuilder();
        for (int scene = 1; scene <= 16; scene++) {
            rooms.append("INT. ROOM ").append(scene).append(" - DAY\n\nA lamp flickers.\n\n");
        }
        editing.save(waiting, 0, rooms.toString());
        ShotsWithTakes.of(node, waiting);
        node.getBean(InvitationService.class).invite(english, ProjectRole.DIRECTOR, null);
        Actors.signOut();
        var base = studio.url(0);
        var page = chromium.newUser();
        page.setViewportSize(width, height);
        Map<String, String> problems = new LinkedHashMap<>();

        page.navigate(base + "login");
        page.locator("vaadin-login-form").waitFor();
        check(page, width, "sign-in", problems);
        page.navigate(base + "signup");
        page.locator("#signup-submit").waitFor();
        check(page, width, "sign-up", problems);

        Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
        check(page, width, "project-list", problems);
        page.navigate(base + "profile");
        page.locator("#profile-save").waitFor();
        check(page, width, "profile", problems);
        page.navigate(base + "projects/" + english);
        page.locator("#crew-list").waitFor();
        page.locator("#invitations").waitFor();
        check(page, width, "project-room", problems);
        page.navigate(base + "projects/" + waiting);
        page.locator("#waiting-approve .waiting-more").waitFor();
        assertThat(page.locator("#waiting-approve .waiting-more").textContent()).contains("more shots");
        check(page, width, "project-room-waiting", problems);
        page.navigate(base + "projects/" + english + "/script");
        page.locator("#script-editor .cm-ff-sceneHeading").first().waitFor();
        check(page, width, "script", problems);
        page.navigate(base + "projects/" + chinese + "/script");
        page.locator("#script-editor .cm-ff-character").first().waitFor();
        check(page, width, "script-zh", problems);
        assertThat(lineKinds(page)).as("the Chinese script's lines as the editor shows them").containsExactly(
                "titlePage 标题：茶馆的清晨", "sceneHeading 内景 茶馆 - 清晨", "action 老王擦着桌子，窗外下着雨。",
                "character 老王", "dialogue 今天怕是没人来了。", "character 小李 (画外音)", "parenthetical (喘着气)",
                "dialogue 王叔，开门！", "sceneHeading 外景 街道 - 夜", "action 街上空无一人。");
        page.navigate(base + "projects/" + english + "/script/history");
        page.locator("#history-versions > *").nth(1).waitFor();
        Chromium.awaitServer(page);
        check(page, width, "history", problems);
        page.locator("[id^=version-compare-]").last().click();
        page.locator("#history-shown > *").first().waitFor();
        check(page, width, "history-compare", problems);
        page.locator("#history-tab-blame").click();
        Chromium.awaitServer(page);
        check(page, width, "history-blame", problems);
        // The screens of the production side, each on the project with its long name.
        for (var screen : List.of("activity #activity", "review-links #review-links", "sound #sound-view",
                "generation #generation-settings", "make #make-button")) {
            var route = screen.substring(0, screen.indexOf(' '));
            page.navigate(base + "projects/" + english + "/" + route);
            page.locator(screen.substring(screen.indexOf(' ') + 1)).waitFor();
            check(page, width, route, problems);
        }
        page.navigate(base + "idea");
        page.locator("#idea-view").waitFor();
        check(page, width, "idea", problems);
        page.context().close();

        assertThat(problems).as("screens wider than %d px", width).isEmpty();
    }

    /** Each line of the editor that has text: the kind the editor gives it, then its text. */
    @SuppressWarnings("unchecked")
    private static List<String> lineKinds(Page page) {
        return (List<String>) page.locator("#script-editor .cm-content .cm-line").evaluateAll("""
                lines => lines.filter(l => l.textContent.trim()).map(l => {
                  const kind = [...l.classList].find(c => c.startsWith('cm-ff-'));
                  return (kind ? kind.substring(6) : 'none') + ' ' + l.textContent;
                })""");
    }

    /** Saves the screenshot and notes what reaches past the right edge of the window, if anything does. */
    private static void check(Page page, int width, String screen, Map<String, String> problems) {
        Chromium.awaitServer(page);
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Chromium.screenshot(page, "screens-" + width + "-" + screen);
        var found = Chromium.tooWide(page);
        if (!found.isEmpty()) {
            problems.put(screen, String.join("\n  ", found));
        }
    }


    private static String corpus(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ScreensOnPhoneAndTabletBrowserIT.class
                .getResourceAsStream("/fountain/corpus/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
