/** "Make film" runs: their rows, the work-queue job that drives each run stage by stage, and the project section. */
@NullMarked
package org.filmfactory.factory.internal;

import org.jspecify.annotations.NullMarked;
