import { test } from "node:test";
import assert from "node:assert/strict";
import {
  beginStroke,
  colourOf,
  drawingJson,
  extendStroke,
  MAX_POINTS,
  paintStroke,
  parseDrawing,
  pictureRect,
  toPixel,
  toRelative,
  type Pen,
  type RelPoint,
} from "../../../frontend/take-player/sketch";

test("aWidePictureInATallBoxHasBarsAboveAndBelow", () => {
  // 1920x1080 in 400x400: scaled to 400x225, centred vertically.
  assert.deepEqual(pictureRect(400, 400, 1920, 1080), { x: 0, y: 87.5, width: 400, height: 225 });
});

test("aTallPictureInAWideBoxHasBarsLeftAndRight", () => {
  // 1080x1920 in 900x560 (a wide player capped at 70vh): 315x560, centred horizontally.
  assert.deepEqual(pictureRect(900, 560, 1080, 1920), { x: 292.5, y: 0, width: 315, height: 560 });
});

test("aPictureOfTheBoxShapeFillsIt", () => {
  assert.deepEqual(pictureRect(320, 180, 1280, 720), { x: 0, y: 0, width: 320, height: 180 });
});

test("beforeThePictureSizeIsKnownTheWholeBoxIsThePicture", () => {
  assert.deepEqual(pictureRect(300, 200, 0, 0), { x: 0, y: 0, width: 300, height: 200 });
});

test("relativePointsRoundTripThroughPixelsAtTwoSizes", () => {
  const small = pictureRect(300, 533, 1080, 1920);
  const large = pictureRect(900, 560, 1080, 1920);
  for (const p of [[0, 0], [1, 1], [0.25, 0.75], [0.1234, 0.9876], [0.5, 0.5]] as RelPoint[]) {
    const [sx, sy] = toPixel(p, small);
    const [lx, ly] = toPixel(p, large);
    assert.deepEqual(toRelative(sx, sy, small), p, `small ${p}`);
    assert.deepEqual(toRelative(lx, ly, large), p, `large ${p}`);
  }
  // The same relative point sits in the bars-offset picture, not at the same share of the element.
  assert.deepEqual(toPixel([0.5, 0.25], large), [292.5 + 157.5, 140]);
  assert.deepEqual(toPixel([0.5, 0.25], small), [150, small.y + 0.25 * small.height]);
});

test("pointsOnTheBarsAreClampedToThePictureEdgeAndRoundedToFourDecimals", () => {
  const picture = pictureRect(900, 560, 1080, 1920);
  assert.deepEqual(toRelative(10, 600, picture), [0, 1]);
  assert.deepEqual(toRelative(899, -5, picture), [1, 0]);
  assert.deepEqual(toRelative(292.5 + 315 / 3, 560 / 7, picture), [0.3333, 0.1429]);
});

test("coloursFollowCollabsColourIndex", () => {
  assert.equal(colourOf(0), "#e8590c");
  assert.equal(colourOf(6), "#e03131");
  assert.equal(colourOf(7), "#e8590c");
  assert.equal(colourOf(-1), "#e03131");
});

test("drawingJsonRoundTripsAndDropsWhatCannotBeShown", () => {
  const json = '{"strokes":[{"tool":"arrow","color":"#1C7ED6","points":[[0.1,0.2],[1.5,-0.25]]},'
    + '{"tool":"laser","color":"#1c7ed6","points":[[0.1,0.2]]},'
    + '{"tool":"point","color":"red","points":[[0.1,0.2]]},'
    + '{"tool":"freehand","color":"#2f9e44","points":[[0.1,"x"],[0.3,0.4],[0.123456,0.5]]}]}';
  const drawing = parseDrawing(json);
  assert.deepEqual(drawing, {
    strokes: [
      { tool: "arrow", color: "#1c7ed6", points: [[0.1, 0.2], [1, 0]] },
      { tool: "freehand", color: "#2f9e44", points: [[0.3, 0.4], [0.1235, 0.5]] },
    ],
  });
  assert.equal(drawingJson(drawing), '{"strokes":[{"tool":"arrow","color":"#1c7ed6","points":[[0.1,0.2],[1,0]]},'
    + '{"tool":"freehand","color":"#2f9e44","points":[[0.3,0.4],[0.1235,0.5]]}]}');
  assert.deepEqual(parseDrawing("not json"), { strokes: [] });
  assert.deepEqual(parseDrawing(null), { strokes: [] });
});

test("shapesKeepStartAndEndFreehandKeepsItsPath", () => {
  let arrow = beginStroke("arrow", "#e8590c", [0.1, 0.1]);
  arrow = extendStroke(arrow, [0.2, 0.2]);
  arrow = extendStroke(arrow, [0.3, 0.4]);
  assert.deepEqual(arrow.points, [[0.1, 0.1], [0.3, 0.4]]);
  let line = beginStroke("freehand", "#e8590c", [0.1, 0.1]);
  line = extendStroke(line, [0.1001, 0.1]); // too close to keep
  line = extendStroke(line, [0.2, 0.1]);
  assert.deepEqual(line.points, [[0.1, 0.1], [0.2, 0.1]]);
  const point = extendStroke(beginStroke("point", "#e8590c", [0.5, 0.5]), [0.9, 0.9]);
  assert.deepEqual(point.points, [[0.5, 0.5]]);
  let long = beginStroke("freehand", "#e8590c", [0, 0]);
  for (let i = 1; i < MAX_POINTS + 50; i++) long = extendStroke(long, [(i % 2) * 0.5, i / 10000]);
  assert.equal(long.points.length, MAX_POINTS);
});

test("aRectangleIsPaintedAtThePicturesPixelsNotTheElements", () => {
  const calls: string[] = [];
  const pen = {
    strokeStyle: "", fillStyle: "", lineWidth: 0, lineCap: "butt", lineJoin: "miter",
    beginPath: () => calls.push("begin"),
    moveTo: (x: number, y: number) => calls.push(`move ${x} ${y}`),
    lineTo: (x: number, y: number) => calls.push(`line ${x} ${y}`),
    rect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${x} ${y} ${w} ${h}`),
    ellipse: (x: number, y: number, rx: number, ry: number) => calls.push(`ellipse ${x} ${y} ${rx} ${ry}`),
    arc: (x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`),
    closePath: () => calls.push("close"),
    stroke: () => calls.push("stroke"),
    fill: () => calls.push("fill"),
  } as unknown as Pen;
  const picture = pictureRect(900, 560, 1080, 1920);
  paintStroke(pen, { tool: "rectangle", color: "#0c8599", points: [[0.8, 0.75], [0.2, 0.25]] }, picture);
  paintStroke(pen, { tool: "ellipse", color: "#0c8599", points: [[0.2, 0.25], [0.8, 0.75]] }, picture);
  assert.deepEqual(calls, ["begin", "rect 355.5 140 189 280", "stroke", "begin", "ellipse 450 280 94.5 140", "stroke"]);
  assert.equal(pen.strokeStyle, "#0c8599");
  assert.equal(pen.lineWidth, 315 * 0.008);
});
