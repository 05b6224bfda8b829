package org.filmfactory.review.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.filmfactory.review.CommentTarget.OnScript;
import org.filmfactory.screenplay.ScriptTrail;

/**
 * Follows comments on script lines to where their text is now. A comment keeps the range it was made on, at the
 * revision it was made; reading it back maps that range through every step accepted since, as the co-editor maps a
 * selection through incoming changes (CodeMirror's {@code mapPos}): text typed just before or just after the range
 * stays outside it, text typed inside it joins it, and a step that removes every character the range still has
 * leaves it {@code gone} — a point where its text was, followed on through later steps. A range made before the
 * earliest step still kept is found again by its quoted text in the live script, the occurrence nearest its old
 * place; when the quote is nowhere, it is gone.
 *
 * <p>All comments of a script are mapped in one pass over the steps. Plain code: no Spring, no I/O.
 */
final class ScriptAnchoring {

    private ScriptAnchoring() {
    }

    /**
     * Where each anchor is in the live script: the results in the order given, at {@code trail.revision()}, with
     * their quotes as they were made.
     */
    static List<OnScript> follow(List<OnScript> anchors, ScriptTrail trail) {
        var results = new OnScript[anchors.size()];
        var followed = new ArrayList<Following>();
        for (int i = 0; i < anchors.size(); i++) {
            var anchor = anchors.get(i);
            if (anchor.revision() >= trail.since() && anchor.revision() <= trail.revision()) {
                followed.add(new Following(i, anchor));
            } else {
                results[i] = refind(anchor, trail);
            }
        }
        followed.sort(Comparator.comparingLong(f -> f.revision));
        var steps = trail.steps();
        int next = 0;
        var active = new ArrayList<Following>(followed.size());
        for (int s = 0; s < steps.size(); s++) {
            long revision = trail.since() + s;
            while (next < followed.size() && followed.get(next).revision == revision) {
                active.add(followed.get(next++));
            }
            var places = steps.get(s);
            if (places.isEmpty()) {
                continue;
            }
            for (var anchor : active) {
                anchor.through(places);
            }
        }
        for (var anchor : followed) {
            int length = trail.text().length();
            results[anchor.index] = new OnScript(trail.revision(), Math.min(anchor.from, length),
                    Math.min(anchor.to, length), anchor.quote, anchor.gone);
        }
        return Arrays.asList(results);
    }

    /** The quote found again in the live text nearest where it was; gone (at its old place) when it is not there. */
    static OnScript refind(OnScript anchor, ScriptTrail trail) {
        var text = trail.text();
        var quote = anchor.quote();
        int was = Math.min(anchor.from(), text.length());
        if (quote.isEmpty()) {
            return new OnScript(trail.revision(), was, was, quote, anchor.gone());
        }
        int best = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - anchor.from()) < Math.abs(best - anchor.from())) {
                best = at;
            }
            if (at > anchor.from()) {
                // Later occurrences are only further away.
                break;
            }
        }
        if (best < 0) {
            return new OnScript(trail.revision(), was, was, quote, true);
        }
        return new OnScript(trail.revision(), best, best + quote.length(), quote, false);
    }

    /**
     * Where {@code pos} goes through one step's replaced places (in document order), as CodeMirror's
     * {@code ChangeSet.mapPos}: {@code assoc < 0} keeps it before text inserted right there, {@code assoc > 0} puts
     * it after; a position inside a replaced stretch goes to its start ({@code assoc < 0}) or end.
     */
    static int mapPos(int pos, int assoc, List<ScriptTrail.Replaced> places) {
        int delta = 0;
        for (var place : places) {
            if (place.from() > pos) {
                break;
            }
            int length = place.to() - place.from();
            if (place.to() > pos || place.to() == pos && assoc < 0 && length == 0) {
                int start = place.from() + delta;
                return pos == place.from() || assoc < 0 ? start : start + place.inserted();
            }
            delta += place.inserted() - length;
        }
        return pos + delta;
    }

    /** One anchor on its way through the steps. */
    private static final class Following {

        final int index;
        final long revision;
        final String quote;
        int from;
        int to;
        boolean gone;

        Following(int index, OnScript anchor) {
            this.index = index;
            this.revision = anchor.revision();
            this.quote = anchor.quote();
            this.from = Math.min(anchor.from(), anchor.to());
            this.to = Math.max(anchor.from(), anchor.to());
            this.gone = anchor.gone();
        }

        void through(List<ScriptTrail.Replaced> places) {
            if (gone || from == to) {
                from = mapPos(from, -1, places);
                to = from;
                return;
            }
            int removed = 0;
            for (var place : places) {
                if (place.from() >= to) {
                    break;
                }
                removed += Math.max(0, Math.min(place.to(), to) - Math.max(place.from(), from));
            }
            if (removed >= to - from) {
                gone = true;
                from = mapPos(from, -1, places);
                to = from;
                return;
            }
            int newFrom = mapPos(from, 1, places);
            int newTo = mapPos(to, -1, places);
            from = newFrom;
            to = Math.max(newFrom, newTo);
        }
    }
}
