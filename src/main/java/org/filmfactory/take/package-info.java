/**
 * Everything made for a shot: numbered, immutable takes (generated or uploaded) with one selected take per shot, the
 * {@link org.filmfactory.take.ShotGenerator} SPI (the built-in offline animatic by default, AI image/video backends
 * when the owner configures them), generation as jobs on the cluster work queue, the storyboard and the shot page.
 * Reads need {@code VIEW}; generating, uploading and selecting need {@code GENERATE}.
 */
@ApplicationModule(allowedDependencies = {"breakdown", "collab", "project", "project :: ui",
        "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.take;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
