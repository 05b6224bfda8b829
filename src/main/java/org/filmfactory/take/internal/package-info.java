/** Takes: storage, generation jobs, media handling, and serving their media to the browser. */
@NullMarked
package org.filmfactory.take.internal;

import org.jspecify.annotations.NullMarked;
