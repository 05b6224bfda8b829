/**
 * Scenes and the shot list: derived from the screenplay by the rules in {@code docs/breakdown-rules.md}, then shaped
 * by directors (type, duration, camera move, description, order, splits, merges, additions, deletions). Every saved
 * script revision is broken down again; scenes and shots keep their ids through rewrites (matched by content, not by
 * position), and directors' choices win over the rules and survive later saves. Reads need {@code VIEW}, edits
 * {@code EDIT_SHOTS}. Publishes {@link org.filmfactory.breakdown.ShotListChanged} and its live update
 * ({@link org.filmfactory.collab.LiveUpdate.ShotListChanged}).
 */
@ApplicationModule(allowedDependencies = {"screenplay", "screenplay :: ui", "fountain", "collab", "project",
        "project :: ui", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.breakdown;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
