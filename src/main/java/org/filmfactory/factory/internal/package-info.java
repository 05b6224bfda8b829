/**
 * "Make film" runs: their rows, the work-queue job that drives each run stage by stage, and the project section; the
 * production line (batches' rows, the keeper on every node that starts and follows their runs, the topic that tells
 * the batch pages of changes, the job that writes an idea's screenplay); and
 * what the factory lends other modules (the live script's text for render's publishing packages).
 */
@NullMarked
package org.filmfactory.factory.internal;

import org.jspecify.annotations.NullMarked;
