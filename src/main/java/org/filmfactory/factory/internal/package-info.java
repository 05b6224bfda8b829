/**
 * "Make film" runs: their rows, the work-queue job that drives each run stage by stage, and the project section; and
 * what the factory lends other modules (the live script's text for render's publishing packages).
 */
@NullMarked
package org.filmfactory.factory.internal;

import org.jspecify.annotations.NullMarked;
