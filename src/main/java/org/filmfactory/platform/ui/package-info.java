/**
 * The UI shell every view sits in: {@link org.filmfactory.platform.ui.MainLayout}, push, the locale switch and
 * the error handler that turns failures into translated notifications.
 */
@NamedInterface("ui")
@NullMarked
package org.filmfactory.platform.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
