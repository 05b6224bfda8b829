/**
 * What every module stands on: the embedded Hazelcast member and its settings, translations for English and
 * Chinese, the {@link java.time.Clock}, the node's identity, and {@link org.filmfactory.platform.UserFacingException}
 * for failures a user can understand; the {@link org.filmfactory.platform.MediaStore} (local folder or S3) and the
 * {@link org.filmfactory.platform.MediaProbe}; the cluster-wide {@link org.filmfactory.platform.WorkQueue} for long
 * jobs. {@code platform.ui} (named interface {@code ui}) holds the UI shell: main
 * layout, push, locale switch and the one error handler. Publishes no events.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.filmfactory.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
