import { test } from "node:test";
import assert from "node:assert/strict";
import { EditorState, Transaction } from "@codemirror/state";
import { collab } from "@codemirror/collab";
import { marksField, marksIn, placeMarks, readMarks, setMarks, toServer } from "../../../frontend/script-editor/margin-marks";

const SCRIPT = "INT. KITCHEN - NIGHT\n\nANNA pours tea.\n\nANNA\n很晚了。\n";

function editor(version: number): EditorState {
  return EditorState.create({ doc: SCRIPT, extensions: [collab({ startVersion: version, clientID: "me" }), marksField] });
}

function marked(state: EditorState, version: number): EditorState {
  const incoming = readMarks({ version, marks: [{ id: "c1", from: 22, to: 37, colour: "#1c7ed6", count: 2 }] });
  assert.ok(incoming);
  return state.update({ effects: setMarks.of(placeMarks(state, incoming)) }).state;
}

function textOf(state: EditorState): string[] {
  return marksIn(state).map((m) => (m.gone ? "gone@" + m.from : state.sliceDoc(m.from, m.to)));
}

test("aMarkStaysOnItsTextAsLinesAreTypedAboveItHereOrElsewhere", () => {
  let state = marked(editor(3), 3);
  state = state.update({ changes: { from: 0, insert: "FADE IN:\n\n" } }).state;
  state = state.update({ changes: { from: 10, insert: "淡入\n" }, annotations: Transaction.remote.of(true) }).state;
  assert.deepEqual(textOf(state), ["ANNA pours tea."]);
  assert.deepEqual(marksIn(state).map((m) => [m.from, m.to]), [[35, 50]]);
});

test("typingRightAtTheEdgesStaysOutsideAndDeletingAllOfItLeavesItGone", () => {
  let state = marked(editor(0), 0);
  state = state.update({ changes: [{ from: 22, insert: "(" }, { from: 37, insert: ")" }] }).state;
  assert.deepEqual(textOf(state), ["ANNA pours tea."]);
  state = state.update({ changes: { from: 23, to: 38 } }).state;
  assert.deepEqual(textOf(state), ["gone@23"]);
  state = state.update({ changes: { from: 0, insert: "X" } }).state;
  assert.deepEqual(textOf(state), ["gone@24"]);
});

test("marksForTheSyncedVersionAreMovedOverThisTabsUnsentTyping", () => {
  // Typed here, not yet sent: the server's positions do not include it.
  let state = editor(5).update({ changes: { from: 0, insert: "TITLE\n" } }).state;
  state = marked(state, 5);
  assert.deepEqual(textOf(state), ["ANNA pours tea."]);
  const back = toServer(state, 28, 43);
  assert.deepEqual(back, { version: 5, from: 22, to: 37 });
});

test("unreadableMarksAreRefusedAndBadColoursReplaced", () => {
  assert.equal(readMarks("nope"), null);
  assert.equal(readMarks({ version: 1 }), null);
  const read = readMarks({ version: 2, marks: [{ id: 7, from: -4, to: -9, colour: "red;background:url(x)" }, null] });
  assert.deepEqual(read, {
    version: 2,
    marks: [{ id: "7", from: 0, to: 0, colour: "#6366f1", count: 1, resolved: false, gone: false }],
  });
});
