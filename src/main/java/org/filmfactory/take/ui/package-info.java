/**
 * The take module's screens: the storyboard (the film as a grid of shots' selected takes, "generate all missing"
 * with one progress view, the project's jobs live), the shot page (player, take strip, script lines, prompt, upload,
 * two takes compared) and the owner's generation settings. Named interface {@code ui}: the player
 * ({@link org.filmfactory.take.ui.TakePlayer}) and what other modules add to the shot page
 * ({@link org.filmfactory.take.ui.ShotPageAddition}).
 */
@NamedInterface("ui")
@NullMarked
package org.filmfactory.take.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
