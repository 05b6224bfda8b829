/**
 * What collab lends the project screens: the presence avatars and live refresh behind project's
 * {@code PresenceAvatars} and {@code ProjectFollower}.
 */
@NullMarked
package org.filmfactory.collab.ui;

import org.jspecify.annotations.NullMarked;
