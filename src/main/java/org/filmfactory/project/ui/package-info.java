/**
 * The project screens: the list of the person's projects, the project room (crew, invitations, settings), the
 * invitation landing page, and the {@link org.filmfactory.project.ui.ProjectShell} every project section sits in.
 * Live refresh and presence avatars come through {@link org.filmfactory.project.ProjectFollower} and
 * {@link org.filmfactory.project.PresenceAvatars}, which collab implements (it depends on this module, not the
 * other way round). Named interface {@code ui}: other modules' sections use the shell as their layout.
 */
@NamedInterface("ui")
@NullMarked
package org.filmfactory.project.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
