package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * The script editor's typing goes to the server as plain requests ({@code POST /script-steps}), not as calls through
 * Vaadin, and that door lets nobody else in: another member, signed in with their own session and token, cannot push
 * into a writer's editor; a request without the session's CSRF token, a signed-out one, one that is not JSON and a
 * malformed one are refused; a viewer's forged push changes nothing.
 */
@BrowserStudio
class ScriptStepsBrowserIT {

    private static final String SCRIPT = "INT. CAFE - DAY\n\nRain.\n";

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void typingArrivesAsPlainRequestsThatOnlyTheEditorsOwnPersonCanMake() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Steps", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        var other = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        Actors.signOut();

        var ada = open(writer, project);
        var plain = new CopyOnWriteArrayList<String>();
        var throughVaadin = new CopyOnWriteArrayList<String>();
        ada.onRequest(request -> {
            if (request.url().endsWith("/script-steps")) {
                plain.add(request.postData());
            } else if (request.url().contains("v-r=uidl") && request.postData() != null
                    && request.postData().contains("\"push\"")) {
                throughVaadin.add(request.postData());
            }
        });
        ada.locator("ff-script-editor .cm-line").first().click();
        ada.keyboard().press("End");
        ada.keyboard().type("!!");
        ada.waitForCondition(() -> script(owner, project).startsWith("INT. CAFE - DAY!!"));
        assertThat(plain).isNotEmpty();
        assertThat(throughVaadin).isEmpty();

        var adas = direct(ada);
        var url = studio.url(0) + "script-steps";
        var text = script(owner, project);
        var version = version(ada);
        // Bo, signed in with his own session and token, names Ada's editor: not found for him.
        var bo = open(other, project);
        var bos = direct(bo);
        assertThat(post(bo, url, bos, adas.get("editor"), version, insertAtStart(adas.get("editor"), text)).status())
                .isEqualTo(404);
        // Ada's own editor, but without the session's token; as text; malformed.
        assertThat(ada.request().post(url, RequestOptions.create().setHeader("Content-Type", "application/json")
                .setData(body(adas.get("editor"), version, insertAtStart(adas.get("editor"), text)))).status())
                .isEqualTo(403);
        assertThat(ada.request().post(url, RequestOptions.create().setHeader("Content-Type", "text/plain")
                .setHeader(adas.get("header"), adas.get("token"))
                .setData(body(adas.get("editor"), version, insertAtStart(adas.get("editor"), text)))).status())
                .isEqualTo(415);
        assertThat(ada.request().post(url, RequestOptions.create().setHeader("Content-Type", "application/json")
                .setHeader(adas.get("header"), adas.get("token")).setData("{\"editor\": 1")).status())
                .isEqualTo(400);
        // Signed out, with Ada's token: refused before it reaches the editor (sent to sign in, or forbidden).
        var stranger = chromium.newUser();
        assertThat(stranger.request().post(url, RequestOptions.create().setHeader("Content-Type", "application/json")
                .setHeader(adas.get("header"), adas.get("token")).setMaxRedirects(0)
                .setData(body(adas.get("editor"), version, insertAtStart(adas.get("editor"), text)))).status())
                .isIn(302, 401, 403);
        // A viewer's own editor takes the request, and the server refuses the step.
        var vera = open(viewer, project);
        var veras = direct(vera);
        var refused = post(vera, url, veras, veras.get("editor"), version, insertAtStart(veras.get("editor"), text));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).isEqualTo("-1");

        assertThat(script(owner, project)).isEqualTo(text);
        assertThat(text).isEqualTo("INT. CAFE - DAY!!\n\nRain.\n");
    }

    private static APIResponse post(Page page, String url, Map<String, String> direct, String editor, long version,
            String steps) {
        return page.request().post(url, RequestOptions.create().setHeader("Content-Type", "application/json")
                .setHeader(direct.get("header"), direct.get("token")).setData(body(editor, version, steps)));
    }

    private static String body(String editor, long version, String steps) {
        return "{\"editor\": \"" + editor + "\", \"version\": " + version + ", \"steps\": "
                + "\"" + steps.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** One step that inserts "Z" at the start of {@code text}, as CodeMirror's ChangeSet.toJSON writes it. */
    private static String insertAtStart(String editor, String text) {
        return "[{\"c\":\"" + editor + "\",\"ch\":[[0,\"Z\"]," + text.length() + "]}]";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> direct(Page page) {
        var direct = (Map<String, String>) page.evaluate("() => document.querySelector('ff-script-editor').direct");
        assertThat(direct).containsKeys("url", "editor", "header", "token");
        return direct;
    }

    private static String script(Actor reader, ProjectId project) {
        reader.signIn();
        try {
            return studio.node(0).getBean(ScriptEditing.class).open(project).text();
        } finally {
            Actors.signOut();
        }
    }

    private static Page open(Actor actor, ProjectId project) {
        return ScriptPage.open(chromium, studio.url(0), actor, project);
    }

    private static long version(Page page) {
        return ScriptPage.version(page);
    }
}
