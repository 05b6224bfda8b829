/**
 * Review links' screens: the guest's page ({@code /review/<secret>}, open without an account) and the crew's list of
 * links for owners and directors.
 */
@NullMarked
package org.filmfactory.review.ui.links;

import org.jspecify.annotations.NullMarked;
