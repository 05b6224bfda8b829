/**
 * The activity feed's store and the listeners that fill it from other modules' domain events.
 */
@NullMarked
package org.filmfactory.review.internal.activity;

import org.jspecify.annotations.NullMarked;
