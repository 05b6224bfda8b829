/**
 * Comments and approvals in the database, the state machine of a shot's approval, the safe renderer of comment text,
 * the listener that moves a shot into review when a take is selected, the live relay and the storyboard's marks.
 */
@NullMarked
package org.filmfactory.review.internal;

import org.jspecify.annotations.NullMarked;
