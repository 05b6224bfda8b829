/**
 * The live screenplay of each project. Owns the live script that several writers type into at once
 * ({@link org.filmfactory.screenplay.ScriptEditing}: one authority per script in the cluster orders every change into
 * revisions; accepted steps are kept in the database), its history ({@link org.filmfactory.screenplay.ScriptHistory}:
 * automatic and named versions, diff, restore, who changed which line), import and export
 * ({@link org.filmfactory.screenplay.ScriptExchange}, which checks the member's rights, reads and writes the files
 * with the {@code fountain} library and turns its refusals into translated ones) and the co-editor screen. Publishes
 * {@code ScreenplayRevised} when the stored text catches up with typing, and the live updates
 * {@link org.filmfactory.collab.LiveUpdate.ScriptStepsAccepted} and
 * {@link org.filmfactory.collab.LiveUpdate.CursorMoved}.
 */
@ApplicationModule(allowedDependencies = {"fountain", "collab", "project", "project :: ui", "account",
        "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.screenplay;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
