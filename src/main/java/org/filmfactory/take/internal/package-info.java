/**
 * Takes in the database, the generation job, media handling and serving media to the browser, and the project's
 * generation settings (AI backends, keys, usage and budget).
 */
@NullMarked
package org.filmfactory.take.internal;

import org.jspecify.annotations.NullMarked;
