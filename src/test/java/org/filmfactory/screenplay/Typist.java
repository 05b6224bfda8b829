package org.filmfactory.screenplay;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.internal.TextChange;

/**
 * A test's writer at the keyboard without a browser: types at the end of the script through a node's
 * {@link ScriptEditing}, one step per call, catching up when someone else was quicker — the protocol the browser's
 * editor speaks, with the simplest possible client.
 */
record Typist(ScriptEditing editing, ProjectId project, String clientId) {

    /** Types {@code text} at the end; returns the revision it became. */
    long type(String text) {
        for (int attempt = 0; attempt < 50; attempt++) {
            var draft = editing.open(project);
            int length = draft.text().length();
            var step = new ScriptStep(clientId, TextChange.of(length, length, length, text).toJson());
            var outcome = editing.push(project, draft.revision(), List.of(step));
            if (outcome.accepted()) {
                return outcome.revision();
            }
        }
        throw new IllegalStateException("never got a step in");
    }
}
