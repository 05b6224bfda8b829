/*
 * Frame notes on the take player: an index from frame to notes (for the overlay and for hit tests) and where each
 * note's marker goes on the seek bar. Markers are painted on one canvas, one path per colour, so thousands of notes
 * cost a few fills rather than thousands of DOM nodes. Pure functions, tested in node.
 */
import { colourOf, parseDrawing, type Drawing } from "./sketch";

/** A note as the server sends it (take.ui.FrameNote). */
export interface FrameNote {
  id: string;
  frame: number;
  colorIndex: number;
  label: string;
  drawing: string | null;
}

/** Reads the server's JSON list of notes, dropping entries without an id or a whole frame number of 0 or more. */
export function parseNotes(json: string | null | undefined): FrameNote[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const notes: FrameNote[] = [];
  for (const n of raw) {
    const frame = Number(n?.frame);
    if (typeof n?.id !== "string" || !Number.isInteger(frame) || frame < 0) continue;
    notes.push({
      id: n.id,
      frame,
      colorIndex: Number.isFinite(Number(n.colorIndex)) ? Number(n.colorIndex) : 0,
      label: typeof n.label === "string" ? n.label : "",
      drawing: typeof n.drawing === "string" ? n.drawing : null,
    });
  }
  return notes;
}

/** The notes by frame, with the frames in order and drawings parsed once, when first shown. */
export class NoteIndex {
  /** The frames that have notes, ascending, each once. */
  readonly frames: number[];
  private readonly byFrame = new Map<number, FrameNote[]>();
  private readonly drawings = new Map<number, Drawing[]>();
  private cut: { frames: number; list: number[] } | undefined;

  constructor(readonly notes: readonly FrameNote[]) {
    for (const n of notes) {
      const list = this.byFrame.get(n.frame);
      if (list) list.push(n);
      else this.byFrame.set(n.frame, [n]);
    }
    this.frames = [...this.byFrame.keys()].sort((a, b) => a - b);
  }

  get size(): number {
    return this.notes.length;
  }

  /** The notes on `frame`, in the order given. */
  at(frame: number): readonly FrameNote[] {
    return this.byFrame.get(frame) ?? [];
  }

  /** The noted frames below `frames` (all of them when `frames` is 0, unknown). */
  framesBefore(frames: number): readonly number[] {
    if (frames <= 0 || this.frames.length === 0 || this.frames[this.frames.length - 1] < frames) return this.frames;
    if (this.cut?.frames !== frames) this.cut = { frames, list: this.frames.filter((f) => f < frames) };
    return this.cut.list;
  }

  /** The drawings of the notes on `frame` (notes without one are left out). */
  drawingsAt(frame: number): readonly Drawing[] {
    let found = this.drawings.get(frame);
    if (!found) {
      found = this.at(frame).filter((n) => n.drawing).map((n) => parseDrawing(n.drawing));
      this.drawings.set(frame, found);
    }
    return found;
  }
}

/**
 * The seek bar's track in the marker canvas's pixels: a range input's thumb centre runs from `left + inset` at the
 * first frame to `left + width - inset` at the last.
 */
export interface Track {
  left: number;
  width: number;
  inset: number;
}

/** The x of frame `frame`'s marker for a take of `frames` frames (the thumb's centre when on that frame). */
export function markerX(frame: number, frames: number, track: Track): number {
  const run = Math.max(0, track.width - 2 * track.inset);
  const fraction = frames > 1 ? Math.min(1, Math.max(0, frame / (frames - 1))) : 0;
  return track.left + track.inset + fraction * run;
}

/**
 * The marker columns to paint, by colour: whole-pixel x positions, each at most once per colour (a thousand notes on
 * a 600 px bar become at most 600 rectangles per colour). Notes past the take's last frame are not marked.
 */
export function markerColumns(index: NoteIndex, frames: number, track: Track): Map<string, number[]> {
  const columns = new Map<string, Set<number>>();
  for (const n of index.notes) {
    if (frames > 0 && n.frame >= frames) continue;
    const colour = colourOf(n.colorIndex);
    let set = columns.get(colour);
    if (!set) columns.set(colour, (set = new Set()));
    set.add(Math.round(markerX(n.frame, frames, track)));
  }
  const out = new Map<string, number[]>();
  for (const [colour, set] of columns) out.set(colour, [...set].sort((a, b) => a - b));
  return out;
}

/**
 * The frame whose marker is nearest to x, within `reach` pixels, or -1. Binary search over the noted frames (their
 * markers are in the same order as the frames).
 */
export function markerAt(x: number, index: NoteIndex, frames: number, track: Track, reach = 5): number {
  const list = index.framesBefore(frames);
  if (list.length === 0) return -1;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markerX(list[mid], frames, track) < x) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Infinity;
  for (const i of [lo - 1, lo]) {
    if (i < 0 || i >= list.length) continue;
    const d = Math.abs(markerX(list[i], frames, track) - x);
    if (d <= reach && d < bestDistance) {
      best = list[i];
      bestDistance = d;
    }
  }
  return best;
}
