/**
 * Being together in a project: the per-project live feed that reaches every node ({@link
 * org.filmfactory.collab.ProjectFeed}), who has the project open right now ({@link org.filmfactory.collab.Presence}),
 * and the project screens that must stay live — the project list and the project room with its crew, invitations
 * and presence avatars. Relays the project module's events to the feed. Publishes no domain events: live updates
 * only refresh screens and are never the only record of anything.
 */
@ApplicationModule(allowedDependencies = {"project", "account", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.collab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
