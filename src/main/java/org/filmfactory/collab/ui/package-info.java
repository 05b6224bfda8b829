/** The live project screens: the project list and the project room (crew, invitations, presence). */
@NullMarked
package org.filmfactory.collab.ui;

import org.jspecify.annotations.NullMarked;
