/**
 * Films: render jobs on the cluster work queue that turn the cut into an MP4 for the short-video platforms (presets,
 * segments that survive a node's death and are reused after small changes, subtitles burned in, one sound mix),
 * the films kept per project, the platforms' preflight, and a publishing package per film and platform (cover,
 * title, description and hashtags from the script's title page, read through {@link
 * org.filmfactory.render.ScreenplaySource}, which the factory provides). Clips asked to be painted are drawn
 * straight into the film by the {@link org.filmfactory.render.ClipPainting} the factory provides (the offline
 * animatic). Publishes
 * {@link org.filmfactory.render.FilmRendered} and {@link org.filmfactory.render.RenderFailed}.
 */
@ApplicationModule(allowedDependencies = {"cut", "fountain", "collab", "project", "project :: ui",
        "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.render;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
