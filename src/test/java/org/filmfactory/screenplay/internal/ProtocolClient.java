package org.filmfactory.screenplay.internal;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.PushOutcome;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;

/**
 * An editor without a browser that speaks the browser's protocol to a node's {@link ScriptEditing}: push what is
 * sendable at the synced revision, take the steps accepted since, one at a time, rebasing its own — exactly the
 * collab client's moves, done by {@link SimulatedWriter}.
 */
final class ProtocolClient {

    private final ScriptEditing editing;
    private final ProjectId project;
    private final String clientId;
    private SimulatedWriter writer;
    /** The length of the text at the synced revision: the length every received step applies to. */
    private int syncedLength;

    ProtocolClient(ScriptEditing editing, ProjectId project, String clientId) {
        this.editing = editing;
        this.project = project;
        this.clientId = clientId;
        reconnect();
    }

    /** Starts again from the live text, as a reloaded page does (unsent typing is dropped here). */
    void reconnect() {
        var draft = editing.open(project);
        writer = new SimulatedWriter(clientId, draft.text(), (int) draft.revision());
        syncedLength = draft.text().length();
    }

    SimulatedWriter writer() {
        return writer;
    }

    /** Pushes what is sendable; returns the outcome, or null when there was nothing to send. */
    PushOutcome push() {
        var sendable = writer.sendableUpdates();
        if (sendable.isEmpty()) {
            return null;
        }
        var steps = sendable.stream().map(u -> new ScriptStep(clientId, u.changes().toJson())).toList();
        return editing.push(project, writer.syncedVersion(), steps);
    }

    /** Takes every step accepted after the synced revision; false when the log no longer has them. */
    boolean catchUp() {
        var missed = editing.since(project, writer.syncedVersion());
        if (missed.isEmpty()) {
            return false;
        }
        for (var step : missed.get()) {
            var change = TextChange.fromJson(step.changes(), syncedLength);
            syncedLength = change.newLength();
            writer.receiveUpdates(List.of(new SimulatedWriter.Update(step.clientId(), change)));
        }
        return true;
    }

    /** Pushes and catches up until everything this client typed is accepted. */
    void settle() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            push();
            if (!catchUp()) {
                reconnect();
            }
            if (writer.sendableUpdates().isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException(clientId + " could not get its steps in");
    }
}
