/**
 * How the breakdown is made and kept: the shot rules ({@link org.filmfactory.breakdown.internal.ShotRules}), the
 * matching that carries scene and shot ids across script revisions
 * ({@link org.filmfactory.breakdown.internal.Rederivation}), director edits as pure changes of the stored state, and
 * the tables behind them.
 */
@NullMarked
package org.filmfactory.breakdown.internal;

import org.jspecify.annotations.NullMarked;
