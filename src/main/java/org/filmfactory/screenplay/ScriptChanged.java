package org.filmfactory.screenplay;

import java.util.List;
import org.filmfactory.collab.LiveUpdate;

/**
 * Accepted script steps as they travel: as a live update to every open editor on every node, and as the JSON the
 * browser editor takes as it is ({@code [{"c": clientId, "ch": changes}, …]}). A lost update is noticed by the next
 * one (its revision leaves a gap) and the editor asks for what it missed.
 */
public final class ScriptChanged {

    private ScriptChanged() {
    }

    static LiveUpdate.ScriptStepsAccepted of(long from, List<ScriptStep> steps) {
        return new LiveUpdate.ScriptStepsAccepted(from,
                steps.stream().map(step -> new LiveUpdate.AcceptedStep(step.clientId(), step.changes())).toList());
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

    /** The steps a live update carries, as the browser editor reads them. */
    public static String stepsJson(LiveUpdate.ScriptStepsAccepted update) {
        return stepsJson(update.steps().stream().map(step -> new ScriptStep(step.clientId(), step.changes())).toList());
    }
}
