package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Consumer;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.account.UserId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptChanged;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The server twin of the browser's co-editor ({@code frontend/script-editor.ts}, CodeMirror 6 with its collab
 * extension). The browser pushes small steps based on the revision it has; this twin hands them to
 * {@link ScriptEditing}, which orders them for the whole cluster, and passes every accepted step from any node
 * back down. An editor that was behind gets what it missed at once and rebases its own steps onto it.
 */
@Tag("ff-script-editor")
@JsModule("./script-editor.ts")
@NpmPackage(value = "@codemirror/state", version = EditorPackages.STATE)
@NpmPackage(value = "@codemirror/view", version = EditorPackages.VIEW)
@NpmPackage(value = "@codemirror/commands", version = EditorPackages.COMMANDS)
@NpmPackage(value = "@codemirror/collab", version = EditorPackages.COLLAB)
@NpmPackage(value = "@codemirror/search", version = EditorPackages.SEARCH)
@NpmPackage(value = "@codemirror/language", version = EditorPackages.LANGUAGE)
@NpmPackage(value = "@lezer/highlight", version = EditorPackages.HIGHLIGHT)
class ScriptEditor extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest selection a comment may quote, in UTF-16 units. */
    private static final int MAX_QUOTE = 20_000;
    private static final String[] COLOURS = {"#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599",
            "#e03131"};

    private final ProjectId projectId;
    private final ScriptEditing editing;
    private final Translations translations;
    /** This editor's id: the clientID of its steps and the key of its cursor. */
    private final String editorId = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, LiveUpdate.CursorMoved> others = new LinkedHashMap<>();
    /**
     * The last revision that the answer to this editor's own push confirmed by itself (its steps became exactly the
     * revisions after their base): the editor takes them as confirmed then, so their echo need not travel back to it.
     */
    private long confirmedByAnswer = -1;
    private final ScriptEditorsHere here;
    /** The person this editor was opened for: only their requests may bring it steps ({@link #pushFromRequest}). */
    private @Nullable UserId person;
    private final List<Consumer<ScriptMargin.Selection>> commentListeners = new ArrayList<>();
    private final List<Consumer<String>> markListeners = new ArrayList<>();
    private @Nullable String commentLabel;

    ScriptEditor(ProjectId projectId, ScriptEditing editing, LiveFollower follower, Translations translations,
            ScriptEditorsHere here) {
        this.projectId = projectId;
        this.editing = editing;
        this.translations = translations;
        this.here = here;
        setId("script-editor");
        setWidthFull();
        // The editor fills the height it is given: most of the window, so the script, not the page, scrolls.
        setHeight("calc(100vh - 15rem)");
        getStyle().set("min-height", "20rem").set("display", "block");
        follower.follow(this, projectId, this::arrived);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        labels();
        start();
        offerDirectPush();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        here.closed(this);
        super.onDetach(event);
    }

    /**
     * Lets the browser send its typing as a plain request to {@link ScriptStepsEndpoint} rather than as a call through
     * Vaadin, whose client sends calls from a timer that Chromium runs only after it has drawn the next frame: about
     * 16 ms more for every key (bench/co-editing-browser-bench.sh nginx). The request carries the session's CSRF
     * token, read here from the request that opens the editor; without one (opened from a pushed update) the browser
     * keeps calling through Vaadin. Whatever goes wrong with a plain request, the browser goes back to Vaadin's calls.
     */
    private void offerDirectPush() {
        person = here.person().orElse(null);
        var request = VaadinRequest.getCurrent();
        if (person == null || request == null
                || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return;
        }
        here.opened(this);
        getElement().callJsFunction("directPush", ScriptStepsEndpoint.PATH.substring(1), editorId,
                token.getHeaderName(), token.getToken());
    }

    /**
     * Steps that came as a plain request ({@link ScriptStepsEndpoint}): answered as {@link #push} answers a call from
     * the browser, under this UI's lock as that call would be. Empty when the editor is gone or the request is not
     * its person's.
     */
    OptionalDouble pushFromRequest(UserId requester, double version, String stepsJson) {
        var ui = getUI().orElse(null);
        if (ui == null || !requester.equals(person)) {
            return OptionalDouble.empty();
        }
        var answer = new double[] {Double.NaN};
        try {
            ui.accessSynchronously(() -> answer[0] = push(version, stepsJson));
        } catch (UIDetachedException gone) {
            return OptionalDouble.empty();
        }
        return Double.isNaN(answer[0]) ? OptionalDouble.empty() : OptionalDouble.of(answer[0]);
    }

    /** (Re)starts the browser's editor on the live text; it restores typing this tab had not sent yet. */
    void start() {
        start(true);
    }

    /** @param keepUnsent false after a refusal: the refused steps must not come back from the tab's storage */
    private void start(boolean keepUnsent) {
        var draft = editing.open(projectId);
        getElement().callJsFunction("start", draft.text(), (double) draft.revision(), editorId, !draft.editable(),
                "filmfactory-script-" + projectId, keepUnsent);
    }

    private void arrived(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.ScriptStepsAccepted steps when sendsBack(steps) -> getElement().callJsFunction(
                    "receive", (double) steps.fromRevision(), ScriptChanged.stepsJson(steps));
            case LiveUpdate.CursorMoved cursor when !cursor.editorId().equals(editorId) -> {
                others.put(cursor.editorId(), cursor);
                sendCursors();
            }
            default -> {
                // Other updates concern other screens.
            }
        }
    }

    /**
     * Whether accepted steps go down to the browser: all do except this editor's own that the answer to its push
     * already confirmed.
     */
    boolean sendsBack(LiveUpdate.ScriptStepsAccepted steps) {
        return !(steps.fromRevision() + steps.steps().size() <= confirmedByAnswer
                && steps.steps().stream().allMatch(step -> step.clientId().equals(editorId)));
    }

    /** This editor's id, the client id of its steps. */
    String editorId() {
        return editorId;
    }

    /** Drops the cursors of people who are no longer in the project (closed the tab, their node died). */
    void keepCursorsOf(java.util.Set<String> presentUserIds) {
        if (others.values().removeIf(cursor -> !presentUserIds.contains(cursor.userId()))) {
            sendCursors();
        }
    }

    private void sendCursors() {
        var list = JsonNodeFactory.instance.arrayNode();
        for (var cursor : others.values()) {
            list.addObject().put("id", cursor.editorId()).put("name", cursor.name())
                    .put("colour", COLOURS[Math.floorMod(cursor.colorIndex(), COLOURS.length)])
                    .put("anchor", cursor.anchor()).put("head", cursor.head())
                    .put("version", (double) cursor.revision());
        }
        getElement().callJsFunction("cursors", list.toString());
    }

    private void labels() {
        var labels = JsonNodeFactory.instance.objectNode();
        for (var key : List.of("saved", "sending", "offline", "tooOld", "outline", "noScenes",
                "recovering")) {
            labels.put(key, getTranslation("screenplay.editor." + key));
        }
        if (commentLabel != null) {
            labels.put("comment", getTranslation(commentLabel));
        }
        getElement().callJsFunction("labels", labels.toString());
    }

    /**
     * Steps from the browser. Accepted (moved over what others sent meanwhile): the answer is the revision the script
     * reached with them, and the editor learns where they landed from the live update that carries them, its own
     * editor id marking them as confirmed; until its synced revision reaches the answer it sends nothing more, so a
     * push the authority moved over others' steps is not sent a second time. Behind (its base is older than the log
     * keeps) or refused: the answer is -1, and it is sent what it missed, if anything, and rebases and retries.
     */
    @ClientCallable
    double push(double version, String stepsJson) {
        try {
            var steps = steps(stepsJson);
            var outcome = editing.push(projectId, (long) version, steps);
            if (!outcome.accepted()) {
                catchUp((long) version);
                return -1;
            }
            if (outcome.revision() == (long) version + steps.size()) {
                // Nobody's steps came between: the editor confirms its own from this answer (sync.ts).
                confirmedByAnswer = outcome.revision();
            }
            return outcome.revision();
        } catch (UserFacingException refused) {
            // A step that cannot be taken would be sent again for ever: say why and start again from the live text.
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            start(false);
            return -1;
        }
    }

    /**
     * Shows a margin's marks in the gutter (the browser maps them through the changes it makes or receives until the
     * next ones come); with a label key, the editor also offers a Comment button.
     */
    void offerComments(String labelKey) {
        commentLabel = labelKey;
        if (isAttached()) {
            labels();
        }
    }

    /** Shows these marks beside the lines they cover, replacing the ones shown. */
    void showMarks(ScriptMargin.Marks marks) {
        var json = JsonNodeFactory.instance.objectNode();
        json.put("version", (double) marks.revision());
        var list = json.putArray("marks");
        for (var mark : marks.marks()) {
            list.addObject().put("id", mark.id()).put("from", mark.from()).put("to", mark.to())
                    .put("colour", COLOURS[Math.floorMod(mark.colorIndex(), COLOURS.length)])
                    .put("count", mark.count()).put("resolved", mark.resolved()).put("gone", mark.gone());
        }
        getElement().callJsFunction("marks", json.toString());
    }

    /** Selects a range of the text at {@code revision} and scrolls to it. */
    void reveal(long revision, int from, int to) {
        getElement().callJsFunction("reveal", (double) revision, from, to);
    }

    Registration addCommentListener(Consumer<ScriptMargin.Selection> listener) {
        commentListeners.add(listener);
        return () -> commentListeners.remove(listener);
    }

    Registration addMarkListener(Consumer<String> listener) {
        markListeners.add(listener);
        return () -> markListeners.remove(listener);
    }

    /** The person asked to comment on their selection, in the positions of the synced revision. */
    @ClientCallable
    void comment(double version, double from, double to, String quote) {
        if (commentLabel == null || version < 0 || from < 0 || to < from || quote.length() > MAX_QUOTE) {
            return;
        }
        var selection = new ScriptMargin.Selection((long) version, (int) from, (int) to, quote);
        for (var listener : List.copyOf(commentListeners)) {
            listener.accept(selection);
        }
    }

    /** The person clicked a mark in the gutter. */
    @ClientCallable
    void openMark(String id) {
        if (id.length() > 100) {
            return;
        }
        for (var listener : List.copyOf(markListeners)) {
            listener.accept(id);
        }
    }

    @ClientCallable
    void pull(double version) {
        catchUp((long) version);
    }

    @ClientCallable
    @Nullable JsonNode recover(double version) {
        try {
            return editing.textAt(projectId, (long) version)
                    .map(text -> (JsonNode) JsonNodeFactory.instance.objectNode().put("text", text)
                            .put("version", version))
                    .orElse(null);
        } catch (UserFacingException refused) {
            return null;
        }
    }

    @ClientCallable
    void cursor(double version, double anchor, double head) {
        try {
            editing.placeCursor(projectId, editorId, (long) version, (int) anchor, (int) head);
        } catch (UserFacingException ignored) {
            // A cursor is a courtesy; a refused one (left the crew meanwhile) is simply not shown.
        }
    }

    private void catchUp(long version) {
        editing.since(projectId, version).ifPresentOrElse(
                missed -> getElement().callJsFunction("receive", (double) version, ScriptChanged.stepsJson(missed)),
                this::start);
    }

    private List<ScriptStep> steps(String json) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(json);
        } catch (RuntimeException malformed) {
            throw new org.filmfactory.screenplay.ScriptChangeRefused("screenplay.refused.unreadable-steps");
        }
        if (parsed == null || !parsed.isArray()) {
            throw new org.filmfactory.screenplay.ScriptChangeRefused("screenplay.refused.unreadable-steps");
        }
        var steps = new ArrayList<ScriptStep>();
        for (var node : parsed) {
            var client = node.get("c");
            var changes = node.get("ch");
            if (client == null || !client.isString() || changes == null || !changes.isArray()) {
                throw new org.filmfactory.screenplay.ScriptChangeRefused("screenplay.refused.unreadable-steps");
            }
            steps.add(new ScriptStep(client.asString(), changes.toString()));
        }
        return steps;
    }
}
