package org.filmfactory.screenplay;

/**
 * One change to the script as the editor in the browser makes it: the CodeMirror change set in its JSON form,
 * and the editor that made it (so the editor recognises its own changes when they come back accepted).
 *
 * @param clientId the sending editor's id: letters, digits, {@code -} and {@code _}, at most 64
 * @param changes the change set as JSON ({@code [5, [0, "abc"], 10]}: keep 5, insert "abc", keep 10), positions in
 *     UTF-16 code units of the text it applies to
 */
public record ScriptStep(String clientId, String changes) {
}
