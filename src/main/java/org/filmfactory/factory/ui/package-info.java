/**
 * The factory's screens: "New film from an idea" (the idea's form, the prompt templates of a chosen project, and the
 * explanation of what to configure when no chat backend is set up).
 */
@NullMarked
package org.filmfactory.factory.ui;

import org.jspecify.annotations.NullMarked;
