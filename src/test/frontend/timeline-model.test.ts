import { test } from "node:test";
import assert from "node:assert/strict";
import {
  clipAt,
  dropIndex,
  filmFrameOf,
  parseCut,
  peakOver,
  sourceTime,
  splitOffset,
  trimAtPlayhead,
  trimByDrag,
  visibleClips,
  type CutDocument,
} from "../../../frontend/timeline/model";

/**
 * A title card of 10 frames, then clips of 20 (in 5), 30 (crossfade 6 frames), 10 (dip to black 4), and an end card of
 * 12: starts as CutSnapshot.starts() makes them: 10, 30 - 6 = 24, 54.
 */
function sample(): CutDocument {
  return {
    rev: 7,
    fps: 24,
    c: [10, 20, 5, 25, 0, 0, 0, 3, 24, 30, 0, 30, 1, 6, 1, 2, 54, 10, 2, 12, 2, 4, -1, 0],
    ids: ["a", "b", "c"],
    labels: ["1.1", "1.2", "2.1"],
    m: [["/media/t0", "/media/v0"], ["/media/t1", "/media/v1"]],
    title: [10, "Tea", "#000000", "#ffffff"],
    end: [12, "The end", "#112233", "#ffffff"],
    endStart: 64,
    length: 76,
  };
}

test("parsesTheServersCompactDocument", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.equal(cut.revision, 7);
  assert.equal(cut.count, 3);
  assert.deepEqual([...cut.start], [10, 24, 54]);
  assert.deepEqual([...cut.frames], [20, 30, 10]);
  assert.deepEqual([...cut.inFrame], [5, 0, 2]);
  assert.deepEqual([...cut.outFrame], [25, 30, 12]);
  assert.deepEqual([...cut.transition], [0, 1, 2]);
  assert.deepEqual([...cut.transitionFrames], [0, 6, 4]);
  assert.deepEqual([...cut.media], [0, 1, -1]);
  assert.deepEqual([...cut.flags], [3, 2, 0]);
  assert.deepEqual(cut.mediaList[1], { thumbnail: "/media/t1", video: "/media/v1" });
  assert.deepEqual(cut.end, { frames: 12, text: "The end", background: "#112233", foreground: "#ffffff" });
  assert.equal(cut.endStart, 64);
  assert.equal(cut.length, 76);
});

test("anythingElseIsAnEmptyCut", () => {
  for (const bad of [null, "", "{", "[]", '{"c": "x"}']) {
    const cut = parseCut(bad);
    assert.equal(cut.count, 0);
    assert.equal(cut.length, 0);
  }
});

test("visibleClipsAreTheOnesOverlappingTheWindow", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.deepEqual(visibleClips(cut, 0, 10), { first: 0, last: 0 });
  assert.deepEqual(visibleClips(cut, 0, 11), { first: 0, last: 1 });
  assert.deepEqual(visibleClips(cut, 29, 30), { first: 0, last: 2 });
  assert.deepEqual(visibleClips(cut, 30, 54), { first: 1, last: 2 });
  assert.deepEqual(visibleClips(cut, 53, 55), { first: 1, last: 3 });
  assert.deepEqual(visibleClips(cut, 64, 76), { first: 3, last: 3 });
});

test("visibleClipsOfAFeatureLookAtAScreenfulOnly", () => {
  const n = 1500;
  const c: number[] = [];
  for (let i = 0; i < n; i++) c.push(i * 48, 48, 0, 48, 0, 0, -1, 0);
  const cut = parseCut(JSON.stringify({ rev: 1, fps: 24, c, ids: [], labels: [], m: [] }));
  assert.deepEqual(visibleClips(cut, 48 * 700 + 1, 48 * 710), { first: 700, last: 710 });
  assert.deepEqual(visibleClips(cut, 48 * 1499, 48 * 2000), { first: 1499, last: 1500 });
});

test("clipAtThePlayheadIsTheIncomingClipDuringACrossfade", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.equal(clipAt(cut, 9), -1);
  assert.equal(clipAt(cut, 10), 0);
  assert.equal(clipAt(cut, 23), 0);
  assert.equal(clipAt(cut, 24), 1);
  assert.equal(clipAt(cut, 29), 1);
  assert.equal(clipAt(cut, 53), 1);
  assert.equal(clipAt(cut, 54), 2);
  assert.equal(clipAt(cut, 63), 2);
  assert.equal(clipAt(cut, 64), -1);
});

test("sourceTimeIsTheMiddleOfTheTakesFrame", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.equal(sourceTime(cut, 0, 10), 5.5 / 24);
  assert.equal(sourceTime(cut, 0, 29), 24.5 / 24);
  assert.equal(sourceTime(cut, 2, 57), 5.5 / 24);
  assert.equal(filmFrameOf(cut, 0, 5.5 / 24), 10);
  assert.equal(filmFrameOf(cut, 0, 24.5 / 24), 29);
  assert.equal(filmFrameOf(cut, 0, 99), 29);
  assert.equal(filmFrameOf(cut, 2, 5.5 / 24), 57);
});

test("aDraggedClipLandsBeforeTheFirstClipWhoseMiddleIsPastTheDrop", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.equal(dropIndex(cut, 0, 0), 0);
  assert.equal(dropIndex(cut, 0, 40), 1);
  assert.equal(dropIndex(cut, 0, 70), 2);
  assert.equal(dropIndex(cut, 2, 0), 0);
  assert.equal(dropIndex(cut, 2, 20), 1);
  assert.equal(dropIndex(cut, 1, 58), 1);
  assert.equal(dropIndex(cut, 1, 59), 2);
});

test("inAndOutAtThePlayhead", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.deepEqual(trimAtPlayhead(cut, 0, 12, "in"), { inFrame: 7, outFrame: 25 });
  assert.deepEqual(trimAtPlayhead(cut, 0, 12, "out"), { inFrame: 5, outFrame: 8 });
  assert.deepEqual(trimAtPlayhead(cut, 0, 10, "out"), { inFrame: 5, outFrame: 6 });
  assert.deepEqual(trimAtPlayhead(cut, 0, 29, "in"), { inFrame: 24, outFrame: 25 });
  assert.equal(trimAtPlayhead(cut, 0, 30, "in"), null);
  assert.equal(trimAtPlayhead(cut, 0, 9, "out"), null);
  assert.equal(trimAtPlayhead(cut, -1, 12, "in"), null);
});

test("dragTrimsKeepAFrameAndTheStart", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.deepEqual(trimByDrag(cut, 0, "in", 3), { inFrame: 8, outFrame: 25 });
  assert.deepEqual(trimByDrag(cut, 0, "in", -9), { inFrame: 0, outFrame: 25 });
  assert.deepEqual(trimByDrag(cut, 0, "in", 40), { inFrame: 24, outFrame: 25 });
  assert.deepEqual(trimByDrag(cut, 0, "out", -4), { inFrame: 5, outFrame: 21 });
  assert.deepEqual(trimByDrag(cut, 0, "out", -40), { inFrame: 5, outFrame: 6 });
});

test("splitsOnlyInsideAClip", () => {
  const cut = parseCut(JSON.stringify(sample()));
  assert.equal(splitOffset(cut, 0, 10), -1);
  assert.equal(splitOffset(cut, 0, 11), 1);
  assert.equal(splitOffset(cut, 0, 29), 19);
  assert.equal(splitOffset(cut, 0, 30), -1);
  assert.equal(splitOffset(cut, -1, 12), -1);
});

test("peaksOverAPixelColumn", () => {
  const peaks = { from: 10, framesPer: 2, values: [0, 51, 255, 102] };
  assert.equal(peakOver(peaks, 0, 10), 0);
  assert.equal(peakOver(peaks, 10, 12), 0);
  assert.equal(peakOver(peaks, 12, 14), 51 / 255);
  assert.equal(peakOver(peaks, 11, 15), 1);
  assert.equal(peakOver(peaks, 16, 40), 102 / 255);
  assert.equal(peakOver({ from: 0, framesPer: 1, values: [] }, 0, 10), 0);
});
