package org.filmfactory.screenplay;

import java.util.List;
import org.filmfactory.collab.LiveUpdate;

/**
 * The live update that carries accepted steps to every open editor on every node: {@code subject} is the revision
 * the first step applies to, a line break, and the steps as JSON ({@code [{"c": clientId, "ch": changes}, …]}) —
 * the form the browser editor takes as it is. A lost update is noticed by the next one (its revision leaves a gap)
 * and the editor asks for what it missed.
 */
public final class ScriptChanged {

    public static final String LIVE_KIND = "script-steps";

    private ScriptChanged() {
    }

    static LiveUpdate of(long from, List<ScriptStep> steps) {
        var json = new StringBuilder(32 + steps.size() * 48).append(from).append('\n');
        json.append(stepsJson(steps));
        return new LiveUpdate(LIVE_KIND, json.toString());
    }

    /** Steps as the browser editor reads them; ids and changes are already checked, so they embed as they are. */
    public static String stepsJson(List<ScriptStep> steps) {
        var json = new StringBuilder(16 + steps.size() * 48).append('[');
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            json.append(i == 0 ? "" : ",").append("{\"c\":\"").append(step.clientId()).append("\",\"ch\":")
                    .append(step.changes()).append('}');
        }
        return json.append(']').toString();
    }

    /** The revision the first carried step applies to. */
    public static long from(LiveUpdate update) {
        var subject = update.subject();
        return Long.parseLong(subject.substring(0, subject.indexOf('\n')));
    }

    /** The carried steps as JSON. */
    public static String steps(LiveUpdate update) {
        var subject = update.subject();
        return subject.substring(subject.indexOf('\n') + 1);
    }
}
