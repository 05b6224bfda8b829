/**
 * The Films screen: render with a preset, live progress of the project's renders from every node, the films kept
 * with their player, downloads, preflight verdicts and the platforms' safe zones.
 */
@NullMarked
package org.filmfactory.render.ui;

import org.jspecify.annotations.NullMarked;
