/*
 * The timeline's cut as the browser holds it: one compact JSON document from the server (cut.ui.Timeline) turned into
 * typed arrays, and the arithmetic the canvas, the preview and the keys need — which clips a stretch of the film
 * shows, which clip is under the playhead, the take time to show for a film frame, where a dragged clip lands and the
 * trims that I/O and a split at the playhead ask for. Pure functions, so node tests pin them at the boundaries.
 *
 * Where clips sit comes from the server (CutSnapshot.starts()), so the timeline and the render agree: a crossfade
 * overlaps the clip before it, a dip to black does not.
 */

/** How a clip starts after the one before it, as the server numbers it (cut.Transition's order). */
export const TRANSITIONS = ["CUT", "CROSSFADE", "DIP_TO_BLACK"] as const;
export type TransitionName = (typeof TRANSITIONS)[number];

/** Numbers per clip in the server's flat array: start, frames, in, out, transition, transition frames, media, flags. */
export const STRIDE = 8;
/** Flag bit: the clip's shot changed since the cut was made (Cuts.changedShots). */
export const FLAG_CHANGED = 1;
/** Flag bit: the clip has a take (else it shows a black slate naming the shot). */
export const FLAG_TAKE = 2;

/** A title or end card. */
export interface CardModel {
  readonly frames: number;
  readonly text: string;
  readonly background: string;
  readonly foreground: string;
}

/** The media of a take: its small still and its video (a `/media/...` address each). */
export interface MediaModel {
  readonly thumbnail: string;
  readonly video: string;
}

export interface CutModel {
  readonly revision: number;
  readonly fps: number;
  readonly count: number;
  readonly start: Int32Array;
  readonly frames: Int32Array;
  readonly inFrame: Int32Array;
  readonly outFrame: Int32Array;
  readonly transition: Int32Array;
  readonly transitionFrames: Int32Array;
  /** Index into `media`, or -1 for a clip without a take. */
  readonly media: Int32Array;
  readonly flags: Int32Array;
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly mediaList: readonly MediaModel[];
  readonly title: CardModel;
  readonly end: CardModel;
  /** Where the end card starts. */
  readonly endStart: number;
  /** The film's length in frames. */
  readonly length: number;
}

/** The server's document, as cut.ui.Timeline writes it. */
export interface CutDocument {
  rev: number;
  fps: number;
  c: number[];
  ids: string[];
  labels: string[];
  m: [string, string][];
  title: [number, string, string, string];
  end: [number, string, string, string];
  endStart: number;
  length: number;
}

const NO_CARD: CardModel = { frames: 0, text: "", background: "#000000", foreground: "#ffffff" };

function card(raw: [number, string, string, string] | undefined): CardModel {
  if (!raw) return NO_CARD;
  return { frames: raw[0] | 0, text: raw[1] ?? "", background: raw[2] ?? "#000000", foreground: raw[3] ?? "#ffffff" };
}

/** The model of a server document; an empty cut for anything that is not one. */
export function parseCut(json: string | null | undefined): CutModel {
  let doc: Partial<CutDocument> = {};
  try {
    doc = json ? (JSON.parse(json) as CutDocument) : {};
  } catch {
    doc = {};
  }
  const flat = Array.isArray(doc.c) ? doc.c : [];
  const count = Math.floor(flat.length / STRIDE);
  const column = (k: number) => {
    const a = new Int32Array(count);
    for (let i = 0; i < count; i++) a[i] = flat[i * STRIDE + k] | 0;
    return a;
  };
  const title = card(doc.title);
  const end = card(doc.end);
  const start = column(0);
  const frames = column(1);
  const endStart = typeof doc.endStart === "number" ? doc.endStart
    : count > 0 ? start[count - 1] + frames[count - 1] : title.frames;
  return {
    revision: typeof doc.rev === "number" ? doc.rev : -1,
    fps: typeof doc.fps === "number" && doc.fps > 0 ? doc.fps : 24,
    count,
    start,
    frames,
    inFrame: column(2),
    outFrame: column(3),
    transition: column(4),
    transitionFrames: column(5),
    media: column(6),
    flags: column(7),
    ids: Array.isArray(doc.ids) ? doc.ids : [],
    labels: Array.isArray(doc.labels) ? doc.labels : [],
    mediaList: (Array.isArray(doc.m) ? doc.m : []).map(([thumbnail, video]) => ({ thumbnail, video })),
    title,
    end,
    endStart,
    length: typeof doc.length === "number" ? doc.length : endStart + end.frames,
  };
}

/** One past the last frame of clip `i`. */
export function endOf(cut: CutModel, i: number): number {
  return cut.start[i] + cut.frames[i];
}

/**
 * The clips that show any frame of [from, to): indices `first` (inclusive) to `last` (exclusive), found by binary
 * search — starts and ends both only grow along the cut, so drawing a screenful of a 1 500-clip cut looks at only
 * the clips on screen.
 */
export function visibleClips(cut: CutModel, from: number, to: number): { first: number; last: number } {
  const n = cut.count;
  // first clip whose end is past `from`
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(cut, mid) > from) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // first clip that starts at or after `to`
  lo = first;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cut.start[mid] >= to) hi = mid;
    else lo = mid + 1;
  }
  return { first, last: Math.max(first, lo) };
}

/**
 * The clip on screen at film frame `frame`: the last one that has started and not ended (during a crossfade the
 * incoming clip), or -1 on the title card, the end card, or past the end.
 */
export function clipAt(cut: CutModel, frame: number): number {
  let lo = 0;
  let hi = cut.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cut.start[mid] <= frame) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && frame < endOf(cut, i) ? i : -1;
}

/**
 * Where to seek clip `i`'s take to show film frame `frame`: the middle of the take's frame (in point + offset), so
 * every browser shows exactly that frame. Seconds, at the cut's frame rate (the take is shown at the project's rate
 * by time).
 */
export function sourceTime(cut: CutModel, i: number, frame: number): number {
  const offset = Math.min(cut.frames[i] - 1, Math.max(0, frame - cut.start[i]));
  return (cut.inFrame[i] + offset + 0.5) / cut.fps;
}

/** The film frame that a take time shows in clip `i` (inverse of {@link sourceTime}), kept within the clip. */
export function filmFrameOf(cut: CutModel, i: number, seconds: number): number {
  const takeFrame = Math.floor(seconds * cut.fps + 1e-6);
  const offset = Math.min(cut.frames[i] - 1, Math.max(0, takeFrame - cut.inFrame[i]));
  return cut.start[i] + offset;
}

/**
 * The index a clip dragged to film frame `frame` should get (CutEdit.Move's toIndex, counted in the list without
 * the clip): before the first clip whose middle lies past the drop point.
 */
export function dropIndex(cut: CutModel, dragged: number, frame: number): number {
  let index = 0;
  for (let i = 0; i < cut.count; i++) {
    if (i === dragged) continue;
    if (cut.start[i] + cut.frames[i] / 2 <= frame) index++;
    else break;
  }
  return index;
}

/** A trim as CutEdit.Trim takes it: in and out frames of the take (out exclusive). */
export interface Trim {
  readonly inFrame: number;
  readonly outFrame: number;
}

/**
 * I and O at the playhead: the in point moves to the take frame under the playhead (the clip then starts there), the
 * out point to one past it. Null when the playhead is not in clip `i` or the clip would end up empty.
 */
export function trimAtPlayhead(cut: CutModel, i: number, frame: number, which: "in" | "out"): Trim | null {
  if (i < 0 || i >= cut.count || frame < cut.start[i] || frame >= endOf(cut, i)) return null;
  const takeFrame = cut.inFrame[i] + (frame - cut.start[i]);
  if (which === "in") {
    return takeFrame < cut.outFrame[i] ? { inFrame: takeFrame, outFrame: cut.outFrame[i] } : null;
  }
  return takeFrame + 1 > cut.inFrame[i] ? { inFrame: cut.inFrame[i], outFrame: takeFrame + 1 } : null;
}

/**
 * A trim by dragging an edge of clip `i` by `delta` film frames: the in point (left edge) or the out point (right
 * edge) moves, kept at least one frame apart and the in point at 0 or later. (The server checks the take's end.)
 */
export function trimByDrag(cut: CutModel, i: number, edge: "in" | "out", delta: number): Trim {
  const inFrame = cut.inFrame[i];
  const outFrame = cut.outFrame[i];
  if (edge === "in") {
    return { inFrame: Math.min(outFrame - 1, Math.max(0, inFrame + delta)), outFrame };
  }
  return { inFrame, outFrame: Math.max(inFrame + 1, outFrame + delta) };
}

/** CutEdit.Split's frame for a split at the playhead (1 .. frames-1 after the in point), or -1 when none fits. */
export function splitOffset(cut: CutModel, i: number, frame: number): number {
  if (i < 0 || i >= cut.count) return -1;
  const at = frame - cut.start[i];
  return at >= 1 && at <= cut.frames[i] - 1 ? at : -1;
}

/** Zoom levels in pixels per frame: from a feature on a phone screen to single frames. */
export const MIN_ZOOM = 1 / 64;
export const MAX_ZOOM = 24;

export function clampZoom(pixelsPerFrame: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, pixelsPerFrame));
}

/** Peaks of a waveform: values 0..255, `framesPer` film frames each, from film frame `from`. */
export interface Peaks {
  readonly from: number;
  readonly framesPer: number;
  readonly values: readonly number[];
}

/** The largest peak (0..1) over film frames [a, b), for one pixel column of the track. */
export function peakOver(peaks: Peaks, a: number, b: number): number {
  if (peaks.values.length === 0 || peaks.framesPer <= 0) return 0;
  const first = Math.max(0, Math.floor((a - peaks.from) / peaks.framesPer));
  const last = Math.min(peaks.values.length, Math.ceil((b - peaks.from) / peaks.framesPer));
  let max = 0;
  for (let k = first; k < last; k++) if (peaks.values[k] > max) max = peaks.values[k];
  return max / 255;
}
