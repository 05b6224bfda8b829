package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The authority's half of @codemirror/collab ({@code rebaseUpdates} in {@code src/collab.ts}), ported over
 * {@link TextChange}: an editor's updates based on an older revision, moved over the updates accepted since, so
 * they apply to the current text.
 *
 * <p>The authority must compute exactly what the editor computes when those updates reach it ({@code
 * receiveUpdates}), or the two texts part. Mapping over a composed change is not always the same as mapping over its
 * parts one after the other (an insertion where someone deleted everything and typed it again lands before or after
 * the retyped text depending on it), and the browser editor receives steps one at a time; so the authority moves
 * updates over one accepted step at a time too ({@link #rebaseStepwise}).
 */
final class CollabRebase {

    /** An update as collab sends it: the editor it comes from and its change. */
    record Update(String clientId, TextChange changes) {
    }

    /**
     * What is left of {@code updates} to accept after {@code over}.
     *
     * @param skipped how many leading updates were already among {@code over} (sent again by an editor that had not
     *     yet heard they were accepted): they are dropped
     * @param rebased the rest, moved over the foreign updates so that they apply after {@code over}
     */
    record Rebased(int skipped, List<Update> rebased) {
    }

    private CollabRebase() {
    }

    /**
     * {@link #rebaseUpdates} over each of {@code over} in turn: what an editor that receives {@code over} one step at
     * a time, as the browser does, makes of its unconfirmed {@code updates}.
     */
    static Rebased rebaseStepwise(List<Update> updates, List<Update> over) {
        int skipped = 0;
        var rest = updates;
        for (var step : over) {
            var once = rebaseUpdates(rest, List.of(step));
            skipped += once.skipped();
            rest = once.rebased();
        }
        return new Rebased(skipped, rest);
    }

    /**
     * {@code rebaseUpdates(updates, over)}: {@code updates} start from the document {@code over} starts from. An
     * update in {@code over} from the same editor as the next of {@code updates} is taken to be that update, already
     * accepted — collab's own rule: an editor sends its unconfirmed updates in order, always all of them.
     */
    static Rebased rebaseUpdates(List<Update> updates, List<Update> over) {
        if (over.isEmpty() || updates.isEmpty()) {
            return new Rebased(0, updates);
        }
        @Nullable TextChange changes = null;
        int skip = 0;
        for (var update : over) {
            var other = skip < updates.size() ? updates.get(skip) : null;
            if (other != null && other.clientId().equals(update.clientId())) {
                if (changes != null) {
                    changes = changes.map(other.changes(), true);
                }
                skip++;
            } else {
                changes = changes == null ? update.changes() : changes.compose(update.changes());
            }
        }
        var rest = updates.subList(skip, updates.size());
        if (changes == null) {
            return new Rebased(skip, List.copyOf(rest));
        }
        var rebased = new ArrayList<Update>(rest.size());
        for (var update : rest) {
            rebased.add(new Update(update.clientId(), update.changes().map(changes, false)));
            changes = changes.map(update.changes(), true);
        }
        return new Rebased(skip, List.copyOf(rebased));
    }
}
