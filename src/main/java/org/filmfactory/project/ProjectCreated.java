package org.filmfactory.project;

import org.filmfactory.account.UserId;

/**
 * A project was started; its creator is its first owner. Published inside the transaction that made the change.
 *
 * @param demo whether the studio made it as its demo, so other modules can fill in demo material
 */
public record ProjectCreated(ProjectId projectId, UserId owner, String name, ScriptLanguage language, boolean demo) {
}
