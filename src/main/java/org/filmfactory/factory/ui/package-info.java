/**
 * The factory's screens: "Make film" (one button, one progress bar for the whole path, the failure with Retry, the
 * film made) and "New film from an idea" (the idea's form, the prompt templates of a chosen project, and the
 * explanation of what to configure when no chat backend is set up).
 */
@NullMarked
package org.filmfactory.factory.ui;

import org.jspecify.annotations.NullMarked;
