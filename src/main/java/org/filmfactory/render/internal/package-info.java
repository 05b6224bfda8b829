/**
 * Renders and films in the database, the {@code render.film} job on the work queue (frozen plan → engine → stored
 * film), the segment cache in the media store, serving films to the browser, and the films' section of a project.
 */
@NullMarked
package org.filmfactory.render.internal;

import org.jspecify.annotations.NullMarked;
