/** The "Make film" screen: one button, one progress bar for the whole path, the failure with Retry, the film made. */
@NullMarked
package org.filmfactory.factory.ui;

import org.jspecify.annotations.NullMarked;
