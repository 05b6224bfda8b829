import { test } from "node:test";
import assert from "node:assert/strict";
import {
  frameAt,
  frameRate,
  seekTimeOf,
  shuttle,
  startOf,
  stepFrame,
  timecode,
} from "../../../frontend/take-player/frames";

const r24 = frameRate(24);
const r25 = frameRate(25);
const r30 = frameRate(30);
const r2997 = frameRate(29.97);

test("ntscRatesAreExactFractions", () => {
  assert.deepEqual(r2997, { num: 30000, den: 1001 });
  assert.deepEqual(frameRate(23.976), { num: 24000, den: 1001 });
  assert.deepEqual(frameRate(59.94), { num: 60000, den: 1001 });
  assert.deepEqual(r24, { num: 24, den: 1 });
  assert.throws(() => frameRate(0), RangeError);
});

test("timecodeAt24FramesASecond", () => {
  assert.equal(timecode(0, r24), "00:00:00:00");
  assert.equal(timecode(23, r24), "00:00:00:23");
  assert.equal(timecode(24, r24), "00:00:01:00");
  assert.equal(timecode(1439, r24), "00:00:59:23");
  assert.equal(timecode(1440, r24), "00:01:00:00");
  assert.equal(timecode(86399, r24), "00:59:59:23");
  assert.equal(timecode(86400, r24), "01:00:00:00");
});

test("timecodeAt25FramesASecond", () => {
  assert.equal(timecode(24, r25), "00:00:00:24");
  assert.equal(timecode(25, r25), "00:00:01:00");
  assert.equal(timecode(1500, r25), "00:01:00:00");
  assert.equal(timecode(89999, r25), "00:59:59:24");
  assert.equal(timecode(90000, r25), "01:00:00:00");
  // Hours wrap after a day.
  assert.equal(timecode(25 * 86400, r25), "00:00:00:00");
});

test("timecodeAt30FramesASecondDropsNothing", () => {
  assert.equal(timecode(29, r30), "00:00:00:29");
  assert.equal(timecode(30, r30), "00:00:01:00");
  assert.equal(timecode(1799, r30), "00:00:59:29");
  assert.equal(timecode(1800, r30), "00:01:00:00");
  assert.equal(timecode(18000, r30), "00:10:00:00");
});

test("timecodeAt2997DropsTwoNumbersAMinuteExceptEveryTenth", () => {
  assert.equal(timecode(29, r2997), "00:00:00;29");
  assert.equal(timecode(30, r2997), "00:00:01;00");
  assert.equal(timecode(1799, r2997), "00:00:59;29");
  assert.equal(timecode(1800, r2997), "00:01:00;02");
  assert.equal(timecode(3597, r2997), "00:01:59;29");
  assert.equal(timecode(3598, r2997), "00:02:00;02");
  assert.equal(timecode(17981, r2997), "00:09:59;29");
  assert.equal(timecode(17982, r2997), "00:10:00;00");
  assert.equal(timecode(17983, r2997), "00:10:00;01");
  assert.equal(timecode(19782, r2997), "00:11:00;02");
  assert.equal(timecode(107892, r2997), "01:00:00;00");
});

test("frameAtTimeIsTheFrameThatStartedAtOrBeforeIt", () => {
  assert.equal(frameAt(0, r24), 0);
  assert.equal(frameAt(-1, r24), 0);
  assert.equal(frameAt(1, r24), 24);
  assert.equal(frameAt(1 - 1e-3, r24), 23);
  assert.equal(frameAt(startOf(37, r25), r25), 37);
  assert.equal(frameAt(2, r30), 60);
  // 60 s of wall clock at 29.97 is frame 1798; frame 1800 starts at 60.06 s.
  assert.equal(frameAt(60, r2997), 1798);
  assert.equal(startOf(1800, r2997), 60.06);
  assert.equal(frameAt(60.06, r2997), 1800);
  for (const rate of [r24, r25, r30, r2997]) {
    for (let frame = 0; frame < 5000; frame += 7) {
      assert.equal(frameAt(startOf(frame, rate), rate), frame, `start of ${frame} at ${rate.num}/${rate.den}`);
      assert.equal(frameAt(seekTimeOf(frame, rate), rate), frame, `middle of ${frame} at ${rate.num}/${rate.den}`);
    }
  }
});

test("frameStepsStayInsideTheClip", () => {
  assert.equal(stepFrame(0, -1, 48), 0);
  assert.equal(stepFrame(0, 1, 48), 1);
  assert.equal(stepFrame(46, 1, 48), 47);
  assert.equal(stepFrame(47, 1, 48), 47);
  assert.equal(stepFrame(10, -3, 48), 7);
  assert.equal(stepFrame(5, 1, 0), 0);
});

test("jklShuttleDoublesAndTurns", () => {
  assert.equal(shuttle(0, "l"), 1);
  assert.equal(shuttle(1, "l"), 2);
  assert.equal(shuttle(4, "l"), 8);
  assert.equal(shuttle(8, "l"), 8);
  assert.equal(shuttle(2, "k"), 0);
  assert.equal(shuttle(0, "j"), -1);
  assert.equal(shuttle(-2, "j"), -4);
  assert.equal(shuttle(-8, "j"), -8);
  assert.equal(shuttle(4, "j"), -1);
  assert.equal(shuttle(-4, "l"), 1);
});
