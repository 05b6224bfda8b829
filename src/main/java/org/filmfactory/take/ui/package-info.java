/**
 * The take module's screens: the storyboard (the film as a grid of shots' selected takes, "generate all missing"
 * with one progress view, the project's jobs live), the shot page (player, take strip, script lines, prompt, upload,
 * two takes compared) and the owner's generation settings.
 */
@NullMarked
package org.filmfactory.take.ui;

import org.jspecify.annotations.NullMarked;
