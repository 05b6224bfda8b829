/**
 * Review screens: the project's activity feed, and what waits for the signed-in person in the project's room.
 */
@NullMarked
package org.filmfactory.review.ui;

import org.jspecify.annotations.NullMarked;
