/**
 * Being together in a project: the per-project live feed that reaches every node ({@link
 * org.filmfactory.collab.ProjectFeed}), who has the project open right now ({@link org.filmfactory.collab.Presence}),
 * and {@link org.filmfactory.collab.LiveFollower}, which ties a screen to the feed while it is attached. Implements
 * project's extension points for live project screens and presence avatars. Relays the project module's events to
 * the feed. Publishes no domain events: live updates only refresh screens and are never the only record of anything.
 */
@ApplicationModule(allowedDependencies = {"project", "account", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.collab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
