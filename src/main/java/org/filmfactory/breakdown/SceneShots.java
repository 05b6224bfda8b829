package org.filmfactory.breakdown;

/** A scene with how many shots it has on the shot list, without the shots themselves. */
public record SceneShots(BreakdownScene scene, int shots) {
}
