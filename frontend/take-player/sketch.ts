/*
 * Drawings on a take's picture: where the picture sits inside the <video> element, the conversion between points
 * relative to the picture (0..1 from its top-left corner, as review stores them) and pixels, the drawing's JSON form,
 * and painting strokes on a 2D canvas. Pure functions (the canvas is passed in), so node tests pin the geometry.
 *
 * The video element shows its picture with `object-fit: contain`: when the element's shape differs from the picture's,
 * the picture is centred with bars on two sides. Points are relative to the PICTURE, never to the element, so a note
 * drawn in a wide player lands on the same spot of the picture in a narrow one.
 */

/** The authors' colours, by collab's colour index (Attendee.colorOf, 0..6): the script editor's cursor colours. */
export const NOTE_COLOURS: readonly string[] = ["#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599",
  "#e03131"];

/** The colour of colour index `index` (any integer, wrapped into the palette). */
export function colourOf(index: number): string {
  const n = NOTE_COLOURS.length;
  const i = Number.isFinite(index) ? Math.trunc(index) : 0;
  return NOTE_COLOURS[((i % n) + n) % n];
}

/** The most strokes one drawing keeps, and points one stroke keeps (review's Drawing.MAX_STROKES / MAX_POINTS). */
export const MAX_STROKES = 64;
export const MAX_POINTS = 2000;

export type Tool = "point" | "freehand" | "arrow" | "rectangle" | "ellipse";
export const TOOLS: readonly Tool[] = ["point", "freehand", "arrow", "rectangle", "ellipse"];

/** A point relative to the picture: [x, y], each 0..1 from the top-left corner. */
export type RelPoint = [number, number];

export interface Stroke {
  tool: Tool;
  color: string;
  points: RelPoint[];
}

export interface Drawing {
  strokes: Stroke[];
}

/** A rectangle in pixels of the element (CSS pixels, from its top-left corner). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the picture of `pictureWidth` × `pictureHeight` is drawn inside an element of `boxWidth` × `boxHeight` under
 * `object-fit: contain`: scaled to fit whole, centred. Before the picture's size is known (0), the whole element.
 */
export function pictureRect(boxWidth: number, boxHeight: number, pictureWidth: number, pictureHeight: number): Rect {
  if (!(pictureWidth > 0 && pictureHeight > 0 && boxWidth > 0 && boxHeight > 0)) {
    return { x: 0, y: 0, width: Math.max(0, boxWidth), height: Math.max(0, boxHeight) };
  }
  const scale = Math.min(boxWidth / pictureWidth, boxHeight / pictureHeight);
  const width = pictureWidth * scale;
  const height = pictureHeight * scale;
  return { x: (boxWidth - width) / 2, y: (boxHeight - height) / 2, width, height };
}

/** `v` rounded to 4 decimals (a tenth of a pixel on a 4K picture): what is stored. */
export function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}

/** `v` within 0..1 (NaN becomes 0). */
export function clamp01(v: number): number {
  return v > 0 ? (v < 1 ? v : 1) : 0;
}

/** The point of the picture under the element's pixel (px, py): relative, clamped to the picture, 4 decimals. */
export function toRelative(px: number, py: number, picture: Rect): RelPoint {
  if (!(picture.width > 0 && picture.height > 0)) {
    return [0, 0];
  }
  return [round4(clamp01((px - picture.x) / picture.width)), round4(clamp01((py - picture.y) / picture.height))];
}

/** The element's pixel of a point relative to the picture. */
export function toPixel(point: RelPoint, picture: Rect): [number, number] {
  return [picture.x + point[0] * picture.width, picture.y + point[1] * picture.height];
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Reads a drawing's JSON leniently, for showing: unknown tools, bad colours and points that are not two numbers are
 * dropped, coordinates clamped to the picture, at most MAX_STROKES strokes of MAX_POINTS points. Never throws; a
 * drawing that cannot be read is empty. (The server validates strictly before storing.)
 */
export function parseDrawing(json: string | null | undefined): Drawing {
  if (!json) {
    return { strokes: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { strokes: [] };
  }
  const list = (raw as { strokes?: unknown })?.strokes;
  if (!Array.isArray(list)) {
    return { strokes: [] };
  }
  const strokes: Stroke[] = [];
  for (const s of list) {
    if (strokes.length >= MAX_STROKES) break;
    const tool = (s as Stroke)?.tool;
    const color = (s as Stroke)?.color;
    const points = (s as Stroke)?.points;
    if (!TOOLS.includes(tool) || typeof color !== "string" || !COLOUR.test(color) || !Array.isArray(points)) {
      continue;
    }
    const kept: RelPoint[] = [];
    for (const p of points) {
      if (kept.length >= MAX_POINTS) break;
      if (Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
        kept.push([round4(clamp01(p[0])), round4(clamp01(p[1]))]);
      }
    }
    if (kept.length > 0) {
      strokes.push({ tool, color: color.toLowerCase(), points: kept });
    }
  }
  return { strokes };
}

/** The drawing's JSON form: {"strokes":[{"tool":…,"color":"#rrggbb","points":[[x,y],…]}]}. */
export function drawingJson(drawing: Drawing): string {
  return JSON.stringify({
    strokes: drawing.strokes.map((s) => ({ tool: s.tool, color: s.color, points: s.points.map((p) => [p[0], p[1]]) })),
  });
}

/** How many points a shape keeps while it is being drawn: one for a point, start and end for the box shapes. */
function isTwoPoint(tool: Tool): boolean {
  return tool === "arrow" || tool === "rectangle" || tool === "ellipse";
}

/** A new stroke where the pointer went down. */
export function beginStroke(tool: Tool, color: string, at: RelPoint): Stroke {
  return { tool, color, points: isTwoPoint(tool) ? [at, at] : [at] };
}

/**
 * The stroke after the pointer moved to `at`: a freehand line gains the point when it moved at least `minStep` (of the
 * picture) from the last one, up to MAX_POINTS; arrows, rectangles and ellipses move their end; a point stays put.
 */
export function extendStroke(stroke: Stroke, at: RelPoint, minStep = 0.002): Stroke {
  switch (stroke.tool) {
    case "point":
      return stroke;
    case "freehand": {
      const last = stroke.points[stroke.points.length - 1];
      if (stroke.points.length >= MAX_POINTS || Math.hypot(at[0] - last[0], at[1] - last[1]) < minStep) {
        return stroke;
      }
      return { ...stroke, points: [...stroke.points, at] };
    }
    default:
      return { ...stroke, points: [stroke.points[0], at] };
  }
}

/** The line width for a picture of this size: thin on a phone, thicker on a wall, the same share of the picture. */
export function lineWidthFor(picture: Rect): number {
  return Math.max(1.5, Math.min(picture.width, picture.height) * 0.008);
}

/** The part of CanvasRenderingContext2D the painter uses (so tests can record calls). */
export interface Pen {
  strokeStyle: string | CanvasGradient | CanvasPattern;
  fillStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
  stroke(): void;
  fill(): void;
}

/** Paints one stroke over the picture at `picture` (element pixels). */
export function paintStroke(pen: Pen, stroke: Stroke, picture: Rect) {
  const width = lineWidthFor(picture);
  const px = stroke.points.map((p) => toPixel(p, picture));
  pen.strokeStyle = stroke.color;
  pen.fillStyle = stroke.color;
  pen.lineWidth = width;
  pen.lineCap = "round";
  pen.lineJoin = "round";
  pen.beginPath();
  switch (stroke.tool) {
    case "point": {
      const [x, y] = px[0];
      pen.arc(x, y, width * 2.5, 0, Math.PI * 2);
      pen.fill();
      return;
    }
    case "freehand":
      pen.moveTo(px[0][0], px[0][1]);
      if (px.length === 1) {
        pen.lineTo(px[0][0] + 0.01, px[0][1]);
      }
      for (let i = 1; i < px.length; i++) pen.lineTo(px[i][0], px[i][1]);
      pen.stroke();
      return;
    case "rectangle": {
      const [a, b] = [px[0], px[px.length - 1]];
      pen.rect(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]));
      pen.stroke();
      return;
    }
    case "ellipse": {
      const [a, b] = [px[0], px[px.length - 1]];
      pen.ellipse((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Math.abs(b[0] - a[0]) / 2, Math.abs(b[1] - a[1]) / 2, 0, 0,
        Math.PI * 2);
      pen.stroke();
      return;
    }
    case "arrow": {
      const [a, b] = [px[0], px[px.length - 1]];
      pen.moveTo(a[0], a[1]);
      pen.lineTo(b[0], b[1]);
      pen.stroke();
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (length > 0) {
        const head = Math.min(length * 0.4, width * 5);
        const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
        pen.beginPath();
        pen.moveTo(b[0], b[1]);
        pen.lineTo(b[0] - head * Math.cos(angle - Math.PI / 7), b[1] - head * Math.sin(angle - Math.PI / 7));
        pen.lineTo(b[0] - head * Math.cos(angle + Math.PI / 7), b[1] - head * Math.sin(angle + Math.PI / 7));
        pen.closePath();
        pen.fill();
      }
      return;
    }
  }
}

/** Paints every stroke of `drawing`. */
export function paintDrawing(pen: Pen, drawing: Drawing, picture: Rect) {
  for (const s of drawing.strokes) paintStroke(pen, s, picture);
}
