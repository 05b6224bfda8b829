import { test } from "node:test";
import assert from "node:assert/strict";
import { markerAt, markerColumns, markerX, NoteIndex, parseNotes, type FrameNote } from "../../../frontend/take-player/notes";

const note = (id: string, frame: number, colorIndex = 0, drawing: string | null = null): FrameNote =>
  ({ id, frame, colorIndex, label: id, drawing });

test("markersRunFromTheThumbsFirstToItsLastPosition", () => {
  const track = { left: 10, width: 216, inset: 8 };
  assert.equal(markerX(0, 101, track), 18);
  assert.equal(markerX(100, 101, track), 218);
  assert.equal(markerX(50, 101, track), 118);
  assert.equal(markerX(25, 101, track), 68);
  // One frame: everything at the start; past the end: at the end.
  assert.equal(markerX(0, 1, track), 18);
  assert.equal(markerX(500, 101, track), 218);
});

test("theIndexFindsNotesByFrameInOrder", () => {
  const index = new NoteIndex([note("a", 5), note("b", 2), note("c", 5), note("d", 99)]);
  assert.deepEqual(index.frames, [2, 5, 99]);
  assert.deepEqual(index.at(5).map((n) => n.id), ["a", "c"]);
  assert.deepEqual(index.at(4), []);
  assert.deepEqual(index.framesBefore(50), [2, 5]);
  assert.equal(index.size, 4);
});

test("drawingsAtAFrameLeaveOutNotesWithoutOne", () => {
  const index = new NoteIndex([
    note("a", 3, 1, '{"strokes":[{"tool":"point","color":"#1c7ed6","points":[[0.5,0.5]]}]}'),
    note("b", 3),
  ]);
  assert.deepEqual(index.drawingsAt(3), [{ strokes: [{ tool: "point", color: "#1c7ed6", points: [[0.5, 0.5]] }] }]);
  assert.deepEqual(index.drawingsAt(4), []);
});

test("aThousandNotesBecomeOneColumnListPerColourOnePerPixel", () => {
  const notes: FrameNote[] = [];
  for (let i = 0; i < 1000; i++) notes.push(note("n" + i, i * 3, i % 2));
  const track = { left: 0, width: 316, inset: 8 };
  const columns = markerColumns(new NoteIndex(notes), 3000, track);
  assert.deepEqual([...columns.keys()], ["#e8590c", "#1c7ed6"]);
  const first = columns.get("#e8590c")!;
  assert.equal(first[0], 8);
  assert.equal(first[first.length - 1], Math.round(markerX(2994, 3000, track)));
  assert.ok(first.every((x, i) => i === 0 || x > first[i - 1]), "ascending, each once");
  assert.equal(first.length, new Set(notes.filter((n) => n.colorIndex === 0)
    .map((n) => Math.round(markerX(n.frame, 3000, track)))).size);
  assert.ok(first.length <= 301);
});

test("notesPastTheLastFrameGetNoMarker", () => {
  const columns = markerColumns(new NoteIndex([note("a", 10), note("b", 100)]), 100, { left: 0, width: 116, inset: 8 });
  assert.deepEqual([...columns.entries()], [["#e8590c", [18]]]);
});

test("thePointerFindsTheNearestMarkerWithinReach", () => {
  const index = new NoteIndex([note("a", 10), note("b", 20), note("c", 90)]);
  const track = { left: 0, width: 116, inset: 8 }; // 101 frames: frame f at 8 + f
  assert.equal(markerAt(18, index, 101, track), 10);
  assert.equal(markerAt(22, index, 101, track), 10);
  assert.equal(markerAt(24, index, 101, track), 20);
  assert.equal(markerAt(60, index, 101, track), -1);
  assert.equal(markerAt(100, index, 101, track), 90);
  assert.equal(markerAt(0, new NoteIndex([]), 101, track), -1);
});

test("notesFromTheServerAreReadLeniently", () => {
  assert.deepEqual(parseNotes('[{"id":"a","frame":3,"colorIndex":2,"label":"Ann: look","drawing":null},'
    + '{"id":"b","frame":-1},{"frame":2},{"id":"c","frame":1.5},{"id":"d","frame":7,"label":5}]'), [
    { id: "a", frame: 3, colorIndex: 2, label: "Ann: look", drawing: null },
    { id: "d", frame: 7, colorIndex: 0, label: "", drawing: null },
  ]);
  assert.deepEqual(parseNotes("oops"), []);
});
