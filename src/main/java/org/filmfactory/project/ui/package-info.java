/**
 * The invitation landing page ({@code join/<token>}) and its accept step. The project pages themselves are live
 * and therefore live in {@code collab.ui}, which may depend on this module (not the other way round).
 */
@NullMarked
package org.filmfactory.project.ui;

import org.jspecify.annotations.NullMarked;
