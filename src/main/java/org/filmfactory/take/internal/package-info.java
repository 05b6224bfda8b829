/** Takes in the database, the generation job, media handling and settings of the take module. */
@NullMarked
package org.filmfactory.take.internal;

import org.jspecify.annotations.NullMarked;
