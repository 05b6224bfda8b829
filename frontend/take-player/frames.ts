/*
 * Frame arithmetic of the take player: frame numbers from playback times and back, SMPTE timecode from integer
 * frames, and the J/K/L shuttle. Pure functions, so node tests pin them at exact boundaries.
 *
 * A frame rate is a rational number: 29.97 is 30000/1001 (NTSC), so frame n starts at n * 1001 / 30000 s exactly
 * and never drifts the way a rounded 29.97 would.
 */

/** A frame rate as frames per `den` seconds: 24/1, 25/1, 30000/1001. */
export interface FrameRate {
  readonly num: number;
  readonly den: number;
}

/** The rate for a figure as people write it: 24, 25, 30, 29.97, 23.976, 59.94 (the NTSC ones become n*1000/1001). */
export function frameRate(fps: number): FrameRate {
  if (!Number.isFinite(fps) || fps <= 0) {
    throw new RangeError("frame rate must be positive: " + fps);
  }
  if (Number.isInteger(fps)) {
    return { num: fps, den: 1 };
  }
  const ntsc = Math.round(fps * 1.001);
  if (Math.abs((ntsc * 1000) / 1001 - fps) < 0.005) {
    return { num: ntsc * 1000, den: 1001 };
  }
  // Any other fraction: to the millisecond-frame, e.g. 12.5 -> 12500/1000.
  return { num: Math.round(fps * 1000), den: 1000 };
}

/** Frames per second as a number (for display). */
export function fpsOf(rate: FrameRate): number {
  return rate.num / rate.den;
}

/** The nominal whole rate that timecode counts in: 30 for 29.97, 24 for 23.976. */
export function nominalFps(rate: FrameRate): number {
  return Math.round(rate.num / rate.den);
}

/**
 * Whether timecode drops frame numbers to stay in step with the clock: 29.97 and 59.94 (SMPTE 12M drop-frame).
 * 23.976 counts without dropping, as editing systems do.
 */
export function dropsFrames(rate: FrameRate): boolean {
  const nominal = nominalFps(rate);
  return rate.den === 1001 && nominal % 30 === 0;
}

/** The frame shown at `seconds` into the clip (the one that started at or before it), from 0. */
export function frameAt(seconds: number, rate: FrameRate): number {
  if (!(seconds > 0)) {
    return 0;
  }
  // A small tolerance: a time computed as n * den / num may come back a hair under n after float rounding.
  return Math.floor((seconds * rate.num) / rate.den + 1e-6);
}

/** Where frame `frame` starts, in seconds. */
export function startOf(frame: number, rate: FrameRate): number {
  return (frame * rate.den) / rate.num;
}

/**
 * The time to seek to for showing `frame`: the middle of the frame, so the decoder's rounding of either edge cannot
 * show its neighbour.
 */
export function seekTimeOf(frame: number, rate: FrameRate): number {
  return ((frame + 0.5) * rate.den) / rate.num;
}

/** `frame` moved by `delta` frames, kept within a clip of `frames` frames (0 .. frames - 1). */
export function stepFrame(frame: number, delta: number, frames: number): number {
  if (frames <= 0) {
    return 0;
  }
  return Math.min(frames - 1, Math.max(0, frame + delta));
}

function two(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/**
 * SMPTE timecode of a frame number counted from 00:00:00:00. Non-drop rates give HH:MM:SS:FF counting `nominal`
 * frames a second; drop-frame rates (29.97, 59.94) skip frame numbers 0 and 1 (0–3 at 59.94) at the start of every
 * minute except each tenth, and are written with a semicolon before the frames: HH:MM:SS;FF. Hours wrap at 24.
 */
export function timecode(frame: number, rate: FrameRate): string {
  const nominal = nominalFps(rate);
  let f = Math.max(0, Math.floor(frame));
  let separator = ":";
  if (dropsFrames(rate)) {
    separator = ";";
    const drop = (nominal / 30) * 2;
    const perMinute = nominal * 60 - drop;
    const perTenMinutes = nominal * 600 - drop * 9;
    const tens = Math.floor(f / perTenMinutes);
    const rest = f % perTenMinutes;
    // The first minute of every ten keeps all its numbers; each of the other nine loses `drop` of them.
    const extra = rest < drop ? 0 : Math.floor((rest - drop) / perMinute);
    f += drop * 9 * tens + drop * extra;
  }
  const frames = f % nominal;
  const totalSeconds = Math.floor(f / nominal);
  const seconds = totalSeconds % 60;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600) % 24;
  return two(hours) + ":" + two(minutes) + ":" + two(seconds) + separator + two(frames);
}

/** The largest shuttle speed, either way. */
export const MAX_SHUTTLE = 8;

/**
 * The playing speed after a J, K or L key, as in editing systems: L plays forward, again doubles the speed (up to
 * 8×); J the same backwards; K stops. Pressing the other direction while shuttling starts again at 1× that way.
 */
export function shuttle(speed: number, key: "j" | "k" | "l"): number {
  switch (key) {
    case "k":
      return 0;
    case "l":
      return speed <= 0 ? 1 : Math.min(MAX_SHUTTLE, speed * 2);
    case "j":
      return speed >= 0 ? -1 : Math.max(-MAX_SHUTTLE, speed * 2);
  }
}
