/**
 * The film engine behind {@link org.filmfactory.render.FilmEngine}: a {@link org.filmfactory.render.RenderPlan} split
 * into segments keyed by what shapes their pictures, each drawn in Java2D (clips, transitions, cards, burned
 * subtitles) and encoded through the platform's {@link org.filmfactory.platform.VideoEncoder}, joined by packet copy,
 * with the sound mixed and encoded once; subtitles also written as SRT and WebVTT.
 */
@NullMarked
package org.filmfactory.render.internal.engine;

import org.jspecify.annotations.NullMarked;
