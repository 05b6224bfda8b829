/**
 * The screenplay: reading Fountain text into a {@link org.filmfactory.screenplay.ParsedScript} (title page, the
 * sealed family of {@link org.filmfactory.screenplay.ScriptElement}s with their source lines, scenes with their
 * speaking characters and a page-eighths estimate, warnings), turning uploaded bytes into script text or a
 * translated refusal ({@link org.filmfactory.screenplay.ScriptSource}), and the {@code breakdown} command-line
 * entry. Parsing is pure and linear in the size of the script, so the editor can re-parse on every change. The
 * rules followed, and where they differ from other Fountain parsers, are in {@code docs/screenplay-fountain.md}.
 * Owns the live script that several writers type into at once ({@link org.filmfactory.screenplay.ScriptEditing}:
 * one authority per script in the cluster orders every change into revisions; accepted steps are kept in the
 * database), its history ({@link org.filmfactory.screenplay.ScriptHistory}: automatic and named versions, diff,
 * restore, who changed which line), import and export ({@link org.filmfactory.screenplay.ScriptExchange}) and the
 * co-editor screen. Publishes {@code ScreenplayRevised} when the stored text catches up with typing, and the live
 * updates {@link org.filmfactory.collab.LiveUpdate.ScriptStepsAccepted} and
 * {@link org.filmfactory.collab.LiveUpdate.CursorMoved}.
 */
@ApplicationModule(allowedDependencies = {"collab", "project", "project :: ui", "account", "platform",
        "platform :: ui"})
@NullMarked
package org.filmfactory.screenplay;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
