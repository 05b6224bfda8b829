package org.filmfactory.breakdown.internal;

import java.util.List;

/** A scene as the rules read it from the current script, with its shots in script order. */
public record DerivedScene(SceneFacts facts, List<DerivedShot> shots) {

    public DerivedScene {
        shots = List.copyOf(shots);
    }
}
