package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A browser editor as tests need it: the client half of @codemirror/collab ({@code src/collab.ts}) and the undo half
 * of @codemirror/commands' history ({@code src/history.ts}), ported over a plain String document.
 *
 * <p>Each local edit is its own undo step, as if typed more than 500 ms apart (the history's grouping is left out);
 * redo and selections are left out too. Remote changes are not undoable; like the history's {@code addMapping} they
 * move the undo steps so that undo only takes back this writer's own changes.
 */
final class SimulatedWriter {

    /** An update as the authority stores and broadcasts it. */
    record Update(String clientId, TextChange changes) {
    }

    /** A history event: the inverse of a local change, and the remote changes to map the events below it over. */
    private record UndoStep(TextChange changes, @Nullable TextChange mapped) {
    }

    // history.ts: minDepth 100, and the branch is cut back only once it is 20 over.
    private static final int UNDO_DEPTH = 100;

    private final String clientId;
    private String text;
    private int version;
    private List<Update> unconfirmed = List.of();
    private final List<UndoStep> done = new ArrayList<>();

    SimulatedWriter(String clientId, String text, int version) {
        this.clientId = clientId;
        this.text = text;
        this.version = version;
    }

    String clientId() {
        return clientId;
    }

    String text() {
        return text;
    }

    /** collab's {@code getSyncedVersion}: how many of the authority's updates this writer has received. */
    int syncedVersion() {
        return version;
    }

    /** collab's {@code sendableUpdates}: local updates the authority has not confirmed, oldest first. */
    List<Update> sendableUpdates() {
        return unconfirmed;
    }

    /** Typing: replace {@code from}–{@code to} with {@code insert}. */
    void edit(int from, int to, String insert) {
        var change = TextChange.of(text.length(), from, to, insert);
        if (change.isEmpty()) {
            return;
        }
        if (done.size() + 1 > UNDO_DEPTH + 20) {
            done.subList(0, done.size() - UNDO_DEPTH - 1).clear();
        }
        done.add(new UndoStep(Changes.invert(change, text), null));
        applyLocal(change);
    }

    /** history's {@code undo}: takes back this writer's latest change still standing; false when there is none. */
    boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        var step = done.removeLast();
        if (step.mapped() != null) {
            addMapping(step.mapped());
        }
        applyLocal(step.changes());
        return true;
    }

    /**
     * collab's {@code receiveUpdates}: the authority's next updates, starting at {@link #syncedVersion()}. A prefix
     * of this writer's own updates confirms its unconfirmed ones; the rest are rebased over the foreign changes.
     */
    void receiveUpdates(List<Update> updates) {
        @Nullable TextChange changes = null;
        int own = 0;
        for (var update : updates) {
            var ours = own < unconfirmed.size() ? unconfirmed.get(own) : null;
            if (ours != null && ours.clientId().equals(update.clientId())) {
                if (changes != null) {
                    changes = changes.map(ours.changes(), true);
                }
                own++;
            } else {
                changes = changes == null ? update.changes() : changes.compose(update.changes());
            }
        }
        version += updates.size();
        var rest = unconfirmed.subList(own, unconfirmed.size());
        if (changes == null) {
            unconfirmed = List.copyOf(rest);
            return;
        }
        var rebased = new ArrayList<Update>(rest.size());
        for (var update : rest) {
            rebased.add(new Update(clientId, update.changes().map(changes, false)));
            changes = changes.map(update.changes(), true);
        }
        unconfirmed = List.copyOf(rebased);
        text = changes.apply(text);
        if (!changes.isEmpty()) {
            addMapping(changes);
        }
    }

    private void applyLocal(TextChange change) {
        text = change.apply(text);
        var pending = new ArrayList<>(unconfirmed);
        pending.add(new Update(clientId, change));
        unconfirmed = List.copyOf(pending);
    }

    /**
     * history's {@code addMappingToBranch}: moves the top undo step over a change not in the history and keeps, for
     * the steps below, what they must later be moved over; a step mapped away entirely is dropped.
     */
    private void addMapping(TextChange mapping) {
        while (!done.isEmpty()) {
            var top = done.removeLast();
            var mappedChanges = top.changes().map(mapping, false);
            var before = mapping.map(top.changes(), true);
            var fullMapping = top.mapped() == null ? before : top.mapped().compose(before);
            if (!mappedChanges.isEmpty()) {
                done.add(new UndoStep(mappedChanges, fullMapping));
                return;
            }
            mapping = fullMapping;
        }
    }
}
