package org.filmfactory.screenplay.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The script editors open on this node, by editor id, so that typing sent as a plain request
 * ({@link ScriptStepsEndpoint}) reaches its editor's server twin. An editor id is a random 128-bit value that only its
 * page and this node know; a twin takes steps only from the person it was opened for.
 */
@Component
class ScriptEditorsHere {

    private final Map<String, ScriptEditor> editors = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    ScriptEditorsHere(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void opened(ScriptEditor editor) {
        editors.put(editor.editorId(), editor);
    }

    void closed(ScriptEditor editor) {
        editors.remove(editor.editorId(), editor);
    }

    @Nullable ScriptEditor find(String editorId) {
        return editors.get(editorId);
    }

    /** Who is signed in on this thread (the page opening an editor, or the request bringing its steps). */
    Optional<UserId> person() {
        return currentUser.find().map(profile -> profile.id());
    }
}
