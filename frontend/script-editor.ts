/*
 * <ff-script-editor>: the browser half of real-time script co-editing.
 *
 * A CodeMirror 6 editor for Fountain screenplays with a scene outline, remote cursors and the
 * @codemirror/collab protocol spoken with its server twin (screenplay.ui.ScriptEditor). This file is the entry that
 * the server twin's @JsModule loads; the parts live in script-editor/ (language, look, remote-cursors, sync,
 * offline-store, outline, element).
 *
 * Server -> element (public methods, called through element.callJsFunction):
 *   start(text, version, clientId, readOnly, storageKey[, keepUnsent=true])
 *                                  (re)create the document; first restores typing this tab had not sent
 *   receive(fromVersion, updatesJson)   accepted updates fromVersion+1, fromVersion+2, ... (answer pull with it,
 *                                  even when empty)
 *   cursors(json)                  the other people's cursors, the whole set: [{id, name, colour, anchor, head,
 *                                  version?}] — with `version` the positions are placed exactly, without it clamped
 *   setReadOnly(readOnly)
 *   labels(json)                   {saved, sending, offline, tooOld, outline, noScenes, recovering}; {n} or {0} = count
 * Element -> server (this.$server, each returns a Promise):
 *   push(version, updatesJson) -> boolean, pull(version), cursor(version, anchor, head),
 *   recover(version) -> {text, version} | null
 * Updates travel as JSON arrays of {"c": clientID, "ch": ChangeSet.toJSON()}.
 */
import { FfScriptEditor } from "./script-editor/element";

export { FfScriptEditor, type ScriptEditorLabels } from "./script-editor/element";
export { isSceneHeading } from "./script-editor/language";
export type { RemoteCursor } from "./script-editor/remote-cursors";

declare global {
  interface HTMLElementTagNameMap {
    "ff-script-editor": FfScriptEditor;
  }
}

if (!customElements.get("ff-script-editor")) {
  customElements.define("ff-script-editor", FfScriptEditor);
}
