/** Takes: storage, generation jobs, and serving their media to the browser. */
@NullMarked
package org.filmfactory.take.internal;

import org.jspecify.annotations.NullMarked;
