/**
 * The take module's screens: the storyboard, the shot page, and the owner's generation settings.
 */
@NullMarked
package org.filmfactory.take.ui;

import org.jspecify.annotations.NullMarked;
