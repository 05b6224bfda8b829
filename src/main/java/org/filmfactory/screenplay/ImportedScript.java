package org.filmfactory.screenplay;

import org.jspecify.annotations.Nullable;

/**
 * A script file imported over the live script.
 *
 * @param draft the script as saved with the file's text
 * @param keptRevision the revision whose text the import replaced and the history keeps as a version, so restoring
 *     it undoes the import; null when there was no text to keep
 */
public record ImportedScript(ScriptDraft draft, @Nullable Long keptRevision) {
}
