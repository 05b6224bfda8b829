/**
 * The project's music behind {@link org.filmfactory.cut.Music}: the choice in {@code cut_music}, uploaded tracks and
 * the beds made from them or from the built-in score, cached in the media store under {@code projects/<id>/music/}.
 */
@NullMarked
package org.filmfactory.cut.internal.music;

import org.jspecify.annotations.NullMarked;
