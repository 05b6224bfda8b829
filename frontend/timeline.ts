/*
 * <ff-timeline>: the cut's timeline (server twin: cut.ui.Timeline).
 *
 * Property `cutJson`: the cut as one compact JSON document (timeline/model.ts, CutDocument): every clip is eight
 * numbers in one array, so a 1 500-clip cut is one small message and no server component per clip. Property
 * `tracksJson`: the voice lines ({start, frames, overrun, text, peaks}) and the music bed's peaks. Attributes:
 * `editable` (the person may edit the cut), `selected` (the selected clip's id), `labels` (translated texts, JSON).
 *
 * One canvas, as wide as the window onto the timeline, draws only what is visible: the ruler with timecode, the
 * picture track with a filmstrip of thumbnails (title and end cards, badges on clips whose shot changed), the voice
 * track (each line a block with its waveform; lines that run past their clip are red) and the music track with its
 * waveform, and the playhead. A <video> above previews the cut frame by frame: the clip under the playhead, sought to
 * the middle of its take frame, switching source at clip boundaries.
 *
 * Keys (anywhere but in a text field): Space play/pause, J/K/L shuttle, ←/→ one frame, I/O in and out at the
 * playhead, S split at the playhead, Delete ripple delete, Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo, +/- zoom.
 * Editing with the pointer: drag a clip to reorder, drag its edges to trim.
 *
 * Events to the server: `timeline-edit` (detail.json: {rev, kind, clip, ...}), `timeline-select` (detail.id),
 * `timeline-undo`, `timeline-redo`. The server answers with a new `cutJson`; it alone decides (a refused edit changes
 * nothing here).
 */
import { frameRate, shuttle, timecode, type FrameRate } from "./take-player/frames";
import { PAUSE_ICON, PLAY_ICON } from "./take-player/icons";
import {
  clampZoom,
  clipAt,
  dropIndex,
  endOf,
  FLAG_CHANGED,
  FLAG_TAKE,
  parseCut,
  peakOver,
  sourceTime,
  splitOffset,
  trimAtPlayhead,
  trimByDrag,
  visibleClips,
  type CutModel,
  type Peaks,
} from "./timeline/model";

export * from "./timeline/model";

interface VoiceLine {
  start: number;
  frames: number;
  overrun: boolean;
  text: string;
  peaks: Peaks;
}

interface Tracks {
  voice: VoiceLine[];
  music: Peaks;
}

const DEFAULT_LABELS: Record<string, string> = {
  play: "Play",
  pause: "Pause",
  back: "Previous frame",
  forward: "Next frame",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  split: "Split",
  delete: "Delete",
  undo: "Undo",
  redo: "Redo",
  picture: "Picture",
  voice: "Voice",
  music: "Music",
  noTake: "No take",
  changed: "Changed",
  overrun: "Runs past its shot",
};

const RULER = 20;
const PICTURE = 56;
const VOICE = 34;
const MUSIC = 30;
const GAP = 4;
const HEIGHT = RULER + PICTURE + GAP + VOICE + GAP + MUSIC + 2;
const EDGE = 6;
/** At most this many thumbnails are drawn along one clip. */
const TILES_PER_CLIP = 24;

const CSS = `
:host { display: block; min-width: 0; max-width: 100%; color: var(--lumo-body-text-color, #111);
  font-family: var(--lumo-font-family, sans-serif); }
.preview { position: relative; margin: 0 auto 6px; background: #000; max-height: 36vh; max-width: 100%;
  display: flex; align-items: center; justify-content: center; overflow: hidden; border-radius: 6px; }
video { display: block; width: 100%; height: 100%; object-fit: contain; background: #000; }
.card, .slate { position: absolute; inset: 0; display: none; align-items: center; justify-content: center;
  text-align: center; white-space: pre-line; padding: 8%; font-size: 1.1em; overflow-wrap: anywhere; }
.slate { background: #111; color: #ddd; }
.preview.card-on .card, .preview.slate-on .slate { display: flex; }
.preview.card-on video, .preview.slate-on video { visibility: hidden; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; padding: 4px 0; }
.bar button { font: inherit; font-size: 0.875em; min-width: 2.4em; min-height: 2.2em; padding: 2px 8px;
  border-radius: 4px; cursor: pointer; border: 1px solid var(--lumo-contrast-30pct, #bbb);
  background: var(--lumo-base-color, #fff); color: inherit; }
.bar button[disabled] { opacity: 0.45; cursor: default; }
.readout { font-family: ui-monospace, "Noto Sans Mono", monospace; font-variant-numeric: tabular-nums;
  padding: 0 6px; }
.scroller { position: relative; overflow-x: auto; overflow-y: hidden; max-width: 100%;
  border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: 4px; background: var(--lumo-base-color, #fff);
  -webkit-overflow-scrolling: touch; }
.inner { position: relative; height: ${HEIGHT}px; }
canvas { position: sticky; left: 0; display: block; touch-action: pan-x; }
`;

function inTextField(e: Event): boolean {
  const target = e.composedPath()[0] as HTMLElement | undefined;
  if (!target || !target.tagName) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

function parsePeaks(raw: unknown, from: number): Peaks {
  const p = (raw ?? {}) as { from?: number; per?: number; v?: number[] };
  return {
    from: typeof p.from === "number" ? p.from : from,
    framesPer: typeof p.per === "number" && p.per > 0 ? p.per : 1,
    values: Array.isArray(p.v) ? p.v : [],
  };
}

export function parseTracks(json: string | null | undefined): Tracks {
  try {
    const doc = json ? JSON.parse(json) : {};
    const voice: VoiceLine[] = (Array.isArray(doc.voice) ? doc.voice : []).map(
      (l: { s: number; f: number; o: boolean; t: string; p: unknown }) => ({
        start: l.s | 0,
        frames: Math.max(1, l.f | 0),
        overrun: !!l.o,
        text: String(l.t ?? ""),
        peaks: parsePeaks(l.p, l.s | 0),
      }),
    );
    voice.sort((a, b) => a.start - b.start);
    return { voice, music: parsePeaks(doc.music, 0) };
  } catch {
    return { voice: [], music: { from: 0, framesPer: 1, values: [] } };
  }
}

type Drag =
  | { kind: "move"; clip: number; x0: number; x: number; pointer: number; moved: boolean }
  | { kind: "trim"; clip: number; edge: "in" | "out"; x0: number; x: number; pointer: number }
  | { kind: "scrub"; pointer: number };

export class FfTimeline extends HTMLElement {
  static get observedAttributes() {
    return ["labels", "editable", "selected"];
  }

  private readonly root: ShadowRoot;
  private readonly video: HTMLVideoElement;
  private readonly preview: HTMLDivElement;
  private readonly cardOut: HTMLDivElement;
  private readonly slateOut: HTMLDivElement;
  private readonly scroller: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly readout: HTMLSpanElement;
  private readonly buttons: Record<string, HTMLButtonElement> = {};
  private labels: Record<string, string> = DEFAULT_LABELS;
  private cut: CutModel = parseCut(null);
  private cutSource = "";
  private tracks: Tracks = parseTracks(null);
  private tracksSource = "";
  private rate: FrameRate = frameRate(24);
  private zoom = 2;
  private playheadFrame = 0;
  private speed = 0;
  private playStart = 0;
  private playFrom = 0;
  private tick = 0;
  private drawQueued = 0;
  private currentVideo = "";
  private pendingTime = -1;
  private selectedId = "";
  private drag: Drag | null = null;
  private readonly thumbnails = new Map<string, HTMLImageElement | null>();
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly resizes = new ResizeObserver(() => this.layout());
  private width = 0;
  private aspect = "9 / 16";

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.root.innerHTML = `<style>${CSS}</style>
      <div class="preview" part="preview">
        <video playsinline preload="auto"></video>
        <div class="card"></div>
        <div class="slate"></div>
      </div>
      <div class="bar" part="bar">
        <button type="button" data-action="back">◁</button>
        <button type="button" data-action="play">${PLAY_ICON}</button>
        <button type="button" data-action="forward">▷</button>
        <span class="readout">00:00:00:00</span>
        <button type="button" data-action="zoomOut">−</button>
        <button type="button" data-action="zoomIn">+</button>
        <button type="button" data-action="split" data-edit>✂</button>
        <button type="button" data-action="delete" data-edit>⌫</button>
        <button type="button" data-action="undo" data-edit>↶</button>
        <button type="button" data-action="redo" data-edit>↷</button>
      </div>
      <div class="scroller" part="scroller"><div class="inner"><canvas></canvas></div></div>`;
    const q = <T extends Element>(s: string) => this.root.querySelector(s) as T;
    this.video = q<HTMLVideoElement>("video");
    this.preview = q<HTMLDivElement>(".preview");
    this.cardOut = q<HTMLDivElement>(".card");
    this.slateOut = q<HTMLDivElement>(".slate");
    this.scroller = q<HTMLDivElement>(".scroller");
    this.inner = q<HTMLDivElement>(".inner");
    this.canvas = q<HTMLCanvasElement>("canvas");
    this.readout = q<HTMLSpanElement>(".readout");
    for (const button of this.root.querySelectorAll<HTMLButtonElement>("button[data-action]")) {
      const action = button.dataset.action!;
      this.buttons[action] = button;
      button.addEventListener("click", () => this.act(action));
    }
    this.scroller.addEventListener("scroll", () => this.queueDraw());
    this.scroller.addEventListener("wheel", (e) => this.wheel(e), { passive: false });
    this.canvas.addEventListener("pointerdown", (e) => this.pointerDown(e));
    this.canvas.addEventListener("pointermove", (e) => this.pointerMove(e));
    this.canvas.addEventListener("pointerup", (e) => this.pointerUp(e));
    this.canvas.addEventListener("pointercancel", () => {
      this.drag = null;
      this.queueDraw();
    });
    this.video.addEventListener("loadedmetadata", () => {
      if (this.pendingTime >= 0) {
        this.video.currentTime = this.pendingTime;
        this.pendingTime = -1;
      }
    });
    // Properties set before this element was defined sit on the instance and would hide the setters.
    for (const name of ["cutJson", "tracksJson"] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const early = (this as unknown as Record<string, string>)[name];
        delete (this as unknown as Record<string, string | undefined>)[name];
        this[name] = early;
      }
    }
    this.applyLabels();
    this.applyEditable();
  }

  connectedCallback() {
    document.addEventListener("keydown", this.onKey);
    this.resizes.observe(this.scroller);
    this.layout();
  }

  disconnectedCallback() {
    document.removeEventListener("keydown", this.onKey);
    this.resizes.disconnect();
    this.setSpeed(0);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    switch (name) {
      case "labels":
        try {
          this.labels = { ...DEFAULT_LABELS, ...(value ? JSON.parse(value) : {}) };
        } catch {
          this.labels = DEFAULT_LABELS;
        }
        this.applyLabels();
        this.queueDraw();
        break;
      case "editable":
        this.applyEditable();
        break;
      case "selected":
        this.selectedId = value ?? "";
        this.queueDraw();
        break;
    }
  }

  // ------------------------------------------------------------------------------------------------- state in

  get cutJson(): string {
    return this.cutSource;
  }

  set cutJson(json: string) {
    this.cutSource = json ?? "";
    this.cut = parseCut(this.cutSource);
    try {
      const doc = JSON.parse(this.cutSource || "{}");
      if (doc.w > 0 && doc.h > 0) this.aspect = doc.w + " / " + doc.h;
    } catch {
      // parseCut has made it an empty cut already
    }
    this.rate = frameRate(this.cut.fps);
    this.setAttribute("data-revision", String(this.cut.revision));
    this.setAttribute("data-clips", String(this.cut.count));
    this.setAttribute("data-length", String(this.cut.length));
    this.preview.style.aspectRatio = this.aspect;
    if (this.playheadFrame >= Math.max(1, this.cut.length)) this.playheadFrame = Math.max(0, this.cut.length - 1);
    this.layout();
    this.showPreview(this.playheadFrame, true);
  }

  get tracksJson(): string {
    return this.tracksSource;
  }

  set tracksJson(json: string) {
    this.tracksSource = json ?? "";
    this.tracks = parseTracks(this.tracksSource);
    this.setAttribute("data-voice-lines", String(this.tracks.voice.length));
    this.setAttribute("data-overruns", String(this.tracks.voice.filter((l) => l.overrun).length));
    this.queueDraw();
  }

  // ------------------------------------------------------------------------------------------------- playhead

  /** The film frame under the playhead. */
  get playhead(): number {
    return this.playheadFrame;
  }

  /** The shuttle speed: 0 stopped, 1 playing, 2..8 faster, negative backwards. */
  get playingSpeed(): number {
    return this.speed;
  }

  /** Pixels per frame. */
  get pixelsPerFrame(): number {
    return this.zoom;
  }

  set pixelsPerFrame(value: number) {
    this.setZoom(value, this.playheadFrame);
  }

  /** Stops and shows film frame `frame` (kept within the film), scrolling it into view. */
  showFrame(frame: number) {
    this.setSpeed(0);
    this.movePlayhead(frame, true);
  }

  /** Scrolls so film frame `frame` is at the left edge of the timeline. */
  scrollToFrame(frame: number) {
    this.scroller.scrollLeft = Math.max(0, frame * this.zoom);
    this.draw();
  }

  /** The ids of the clips drawn by the last paint, for tests and assistive text. */
  drawnClipIds(): string[] {
    const { first, last } = this.visible();
    return this.cut.ids.slice(first, last);
  }

  private movePlayhead(frame: number, reveal: boolean) {
    const last = Math.max(0, this.cut.length - 1);
    this.playheadFrame = Math.min(last, Math.max(0, Math.floor(Number.isFinite(frame) ? frame : 0)));
    if (reveal) this.reveal(this.playheadFrame);
    this.showPreview(this.playheadFrame, this.speed === 0);
    this.queueDraw();
  }

  private reveal(frame: number) {
    const x = frame * this.zoom;
    const left = this.scroller.scrollLeft;
    const width = this.scroller.clientWidth || this.width;
    if (x < left || x > left + width - 8) {
      this.scroller.scrollLeft = Math.max(0, x - width / 3);
    }
  }

  /**
   * Shows film frame `frame` in the preview: a card, the slate of a clip without a take, or the clip's take sought
   * to the middle of its frame (when `exact`; while playing the video runs on by itself).
   */
  private showPreview(frame: number, exact: boolean) {
    const cut = this.cut;
    this.readout.textContent = timecode(frame, this.rate);
    this.setAttribute("data-playhead", String(frame));
    const i = clipAt(cut, frame);
    this.setAttribute("data-clip", i >= 0 ? cut.ids[i] ?? "" : "");
    this.preview.classList.remove("card-on", "slate-on");
    if (i < 0) {
      const card = frame < cut.title.frames ? cut.title : frame >= cut.endStart && cut.end.frames > 0 ? cut.end : null;
      this.video.pause();
      this.preview.classList.add("card-on");
      this.cardOut.textContent = card ? card.text : "";
      this.cardOut.style.background = card ? card.background : "#000";
      this.cardOut.style.color = card ? card.foreground : "#fff";
      this.setAttribute("data-source", "");
      return;
    }
    const media = cut.media[i] >= 0 ? cut.mediaList[cut.media[i]] : undefined;
    if (!media || !(cut.flags[i] & FLAG_TAKE)) {
      this.video.pause();
      this.preview.classList.add("slate-on");
      this.slateOut.textContent = (cut.labels[i] ?? "") + "\n" + this.labels.noTake;
      this.setAttribute("data-source", "");
      return;
    }
    const time = sourceTime(cut, i, frame);
    const switched = this.currentVideo !== media.video;
    if (switched) {
      this.currentVideo = media.video;
      this.video.src = media.video;
      this.pendingTime = time;
    }
    this.setAttribute("data-source", media.video);
    this.setAttribute("data-source-time", String(time));
    if (exact || switched) {
      if (this.video.readyState >= HTMLMediaElement.HAVE_METADATA) {
        this.video.currentTime = time;
      } else {
        this.pendingTime = time;
      }
    } else if (Math.abs(this.video.currentTime - time) > 3 / cut.fps) {
      this.video.currentTime = time;
    }
    if (this.speed > 0) {
      this.video.playbackRate = this.speed;
      if (this.video.paused) this.video.play().catch(() => undefined);
    } else if (!this.video.paused) {
      this.video.pause();
    }
  }

  private setSpeed(speed: number) {
    this.speed = speed;
    this.setAttribute("data-speed", String(speed));
    cancelAnimationFrame(this.tick);
    this.tick = 0;
    this.buttons.play.innerHTML = speed === 0 ? PLAY_ICON : PAUSE_ICON;
    this.buttons.play.title = speed === 0 ? this.labels.play : this.labels.pause;
    this.buttons.play.setAttribute("aria-label", this.buttons.play.title);
    if (speed === 0) {
      this.video.pause();
      this.showPreview(this.playheadFrame, true);
      return;
    }
    if (this.playheadFrame >= this.cut.length - 1 && speed > 0) this.playheadFrame = 0;
    this.playStart = performance.now();
    this.playFrom = this.playheadFrame;
    this.showPreview(this.playheadFrame, true);
    const step = (now: number) => {
      const frame = Math.floor(this.playFrom + ((now - this.playStart) * this.cut.fps * this.speed) / 1000);
      if (frame >= this.cut.length || frame < 0) {
        this.movePlayhead(frame, true);
        this.setSpeed(0);
        return;
      }
      if (frame !== this.playheadFrame) {
        this.playheadFrame = frame;
        this.reveal(frame);
        this.showPreview(frame, this.speed < 0);
        this.queueDraw();
      }
      this.tick = requestAnimationFrame(step);
    };
    this.tick = requestAnimationFrame(step);
  }

  // ------------------------------------------------------------------------------------------------- input

  private key(e: KeyboardEvent) {
    if (e.defaultPrevented || inTextField(e) || e.altKey || e.metaKey) return;
    const key = e.key;
    if (e.ctrlKey) {
      if (key === "z" || key === "Z") {
        this.act(e.shiftKey ? "redo" : "undo");
        e.preventDefault();
      } else if (key === "y" || key === "Y") {
        this.act("redo");
        e.preventDefault();
      }
      return;
    }
    switch (key) {
      case " ":
        this.act("play");
        break;
      case "j":
      case "J":
      case "k":
      case "K":
      case "l":
      case "L":
        this.setSpeed(shuttle(this.speed, key.toLowerCase() as "j" | "k" | "l"));
        break;
      case "ArrowLeft":
        this.showFrame(this.playheadFrame - (e.shiftKey ? this.cut.fps : 1));
        break;
      case "ArrowRight":
        this.showFrame(this.playheadFrame + (e.shiftKey ? this.cut.fps : 1));
        break;
      case "i":
      case "I":
        this.trimAtPlayhead("in");
        break;
      case "o":
      case "O":
        this.trimAtPlayhead("out");
        break;
      case "s":
      case "S":
        this.act("split");
        break;
      case "Delete":
      case "Backspace":
        this.act("delete");
        break;
      case "+":
      case "=":
        this.act("zoomIn");
        break;
      case "-":
        this.act("zoomOut");
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private act(action: string) {
    switch (action) {
      case "play":
        this.setSpeed(this.speed === 0 ? 1 : 0);
        return;
      case "back":
        this.showFrame(this.playheadFrame - 1);
        return;
      case "forward":
        this.showFrame(this.playheadFrame + 1);
        return;
      case "zoomIn":
        this.setZoom(this.zoom * 2, this.playheadFrame);
        return;
      case "zoomOut":
        this.setZoom(this.zoom / 2, this.playheadFrame);
        return;
    }
    if (!this.hasAttribute("editable")) return;
    switch (action) {
      case "undo":
      case "redo":
        this.dispatchEvent(new CustomEvent("timeline-" + action, { bubbles: true, composed: true }));
        return;
      case "split": {
        this.setSpeed(0);
        const i = clipAt(this.cut, this.playheadFrame);
        const at = splitOffset(this.cut, i, this.playheadFrame);
        if (at > 0) this.edit({ kind: "split", clip: this.cut.ids[i], at });
        return;
      }
      case "delete": {
        const i = this.selectedIndex() >= 0 ? this.selectedIndex() : clipAt(this.cut, this.playheadFrame);
        if (i >= 0) this.edit({ kind: "delete", clip: this.cut.ids[i] });
        return;
      }
    }
  }

  private trimAtPlayhead(which: "in" | "out") {
    if (!this.hasAttribute("editable")) return;
    this.setSpeed(0);
    const i = clipAt(this.cut, this.playheadFrame);
    const trim = trimAtPlayhead(this.cut, i, this.playheadFrame, which);
    if (trim) this.edit({ kind: "trim", clip: this.cut.ids[i], in: trim.inFrame, out: trim.outFrame });
  }

  private edit(edit: Record<string, unknown>) {
    const json = JSON.stringify({ rev: this.cut.revision, ...edit });
    this.dispatchEvent(new CustomEvent("timeline-edit", { detail: { json }, bubbles: true, composed: true }));
  }

  private select(i: number) {
    const id = i >= 0 ? this.cut.ids[i] ?? "" : "";
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.setAttribute("selected", id);
    this.dispatchEvent(new CustomEvent("timeline-select", { detail: { id }, bubbles: true, composed: true }));
    this.queueDraw();
  }

  private selectedIndex(): number {
    return this.selectedId ? this.cut.ids.indexOf(this.selectedId) : -1;
  }

  private frameAtX(x: number): number {
    return (this.scroller.scrollLeft + x) / this.zoom;
  }

  private clipAtPoint(x: number, y: number): number {
    if (y < RULER || y >= RULER + PICTURE) return -1;
    const frame = this.frameAtX(x);
    return clipAt(this.cut, Math.floor(frame));
  }

  private pointerDown(e: PointerEvent) {
    const box = this.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const frame = Math.floor(this.frameAtX(x));
    const i = this.clipAtPoint(x, y);
    this.showFrame(frame);
    if (i >= 0) this.select(i);
    const mouse = e.pointerType !== "touch";
    if (y < RULER && mouse) {
      this.drag = { kind: "scrub", pointer: e.pointerId };
    } else if (i >= 0 && mouse && this.hasAttribute("editable")) {
      const left = this.cut.start[i] * this.zoom - this.scroller.scrollLeft;
      const right = endOf(this.cut, i) * this.zoom - this.scroller.scrollLeft;
      if (x - left <= EDGE && right - left > EDGE * 3) {
        this.drag = { kind: "trim", clip: i, edge: "in", x0: x, x, pointer: e.pointerId };
      } else if (right - x <= EDGE && right - left > EDGE * 3) {
        this.drag = { kind: "trim", clip: i, edge: "out", x0: x, x, pointer: e.pointerId };
      } else {
        this.drag = { kind: "move", clip: i, x0: x, x, pointer: e.pointerId, moved: false };
      }
    } else {
      return;
    }
    this.canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
  }

  private pointerMove(e: PointerEvent) {
    const box = this.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const drag = this.drag;
    if (!drag) {
      const i = this.clipAtPoint(x, y);
      let cursor = "default";
      if (i >= 0 && this.hasAttribute("editable")) {
        const left = this.cut.start[i] * this.zoom - this.scroller.scrollLeft;
        const right = endOf(this.cut, i) * this.zoom - this.scroller.scrollLeft;
        cursor = (x - left <= EDGE || right - x <= EDGE) && right - left > EDGE * 3 ? "ew-resize" : "grab";
      }
      this.canvas.style.cursor = cursor;
      return;
    }
    if (drag.kind === "scrub") {
      this.showFrame(Math.floor(this.frameAtX(x)));
      return;
    }
    drag.x = x;
    if (drag.kind === "move" && Math.abs(x - drag.x0) > 4) drag.moved = true;
    this.queueDraw();
  }

  private pointerUp(e: PointerEvent) {
    const drag = this.drag;
    this.drag = null;
    if (!drag || drag.pointer !== e.pointerId) return;
    if (drag.kind === "move" && drag.moved) {
      const frame = this.frameAtX(drag.x);
      const to = dropIndex(this.cut, drag.clip, frame);
      if (to !== drag.clip) this.edit({ kind: "move", clip: this.cut.ids[drag.clip], to });
    } else if (drag.kind === "trim") {
      const delta = Math.round((drag.x - drag.x0) / this.zoom);
      if (delta !== 0) {
        const trim = trimByDrag(this.cut, drag.clip, drag.edge, delta);
        this.edit({ kind: "trim", clip: this.cut.ids[drag.clip], in: trim.inFrame, out: trim.outFrame });
      }
    }
    this.queueDraw();
  }

  private wheel(e: WheelEvent) {
    if (!e.ctrlKey) return;
    e.preventDefault();
    const box = this.canvas.getBoundingClientRect();
    const anchor = this.frameAtX(e.clientX - box.left);
    this.setZoom(this.zoom * (e.deltaY < 0 ? 1.25 : 0.8), anchor);
  }

  private setZoom(value: number, anchorFrame: number) {
    const before = anchorFrame * this.zoom - this.scroller.scrollLeft;
    this.zoom = clampZoom(value);
    this.setAttribute("data-zoom", String(this.zoom));
    this.layout();
    this.scroller.scrollLeft = Math.max(0, anchorFrame * this.zoom - before);
    this.draw();
  }

  // ------------------------------------------------------------------------------------------------- drawing

  private applyLabels() {
    for (const [action, button] of Object.entries(this.buttons)) {
      const label = this.labels[action] ?? action;
      button.title = label;
      button.setAttribute("aria-label", label);
    }
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", [this.labels.picture, this.labels.voice, this.labels.music].join(", "));
  }

  private applyEditable() {
    const editable = this.hasAttribute("editable");
    for (const button of this.root.querySelectorAll<HTMLButtonElement>("button[data-edit]")) {
      button.hidden = !editable;
    }
  }

  private layout() {
    this.width = this.scroller.clientWidth || this.width || 300;
    const total = Math.ceil(this.cut.length * this.zoom) + 2;
    this.inner.style.width = Math.max(total, this.width) + "px";
    const dpr = window.devicePixelRatio || 1;
    this.canvas.style.width = this.width + "px";
    this.canvas.style.height = HEIGHT + "px";
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(HEIGHT * dpr);
    this.draw();
  }

  private queueDraw() {
    if (this.drawQueued) return;
    this.drawQueued = requestAnimationFrame(() => {
      this.drawQueued = 0;
      this.draw();
    });
  }

  private visible(): { first: number; last: number } {
    const from = this.scroller.scrollLeft / this.zoom;
    const to = (this.scroller.scrollLeft + this.width) / this.zoom;
    return visibleClips(this.cut, Math.floor(from), Math.ceil(to) + 1);
  }

  private thumbnail(url: string): HTMLImageElement | null {
    if (!url) return null;
    const known = this.thumbnails.get(url);
    if (known !== undefined) return known && known.complete && known.naturalWidth > 0 ? known : null;
    if (this.thumbnails.size > 600) this.thumbnails.clear();
    const image = new Image();
    image.decoding = "async";
    image.onload = () => this.queueDraw();
    image.onerror = () => this.thumbnails.set(url, null);
    image.src = url;
    this.thumbnails.set(url, image);
    return null;
  }

  private draw() {
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const cut = this.cut;
    const zoom = this.zoom;
    const left = this.scroller.scrollLeft;
    const width = this.width;
    const from = left / zoom;
    const to = (left + width) / zoom;
    const style = getComputedStyle(this);
    const text = style.color || "#111";
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    const X = (frame: number) => frame * zoom - left;

    // ruler: a tick every `step` frames, labels at least 90 px apart
    const steps = [1, 2, 5, 10, cut.fps, 2 * cut.fps, 5 * cut.fps, 10 * cut.fps, 30 * cut.fps, 60 * cut.fps,
      300 * cut.fps, 600 * cut.fps, 1800 * cut.fps, 3600 * cut.fps];
    const step = steps.find((s) => s * zoom >= 90) ?? steps[steps.length - 1];
    ctx.fillStyle = "rgba(127,127,127,0.12)";
    ctx.fillRect(0, 0, width, RULER);
    ctx.strokeStyle = "rgba(127,127,127,0.6)";
    ctx.fillStyle = text;
    ctx.beginPath();
    for (let f = Math.floor(from / step) * step; f <= to; f += step) {
      const x = Math.round(X(f)) + 0.5;
      ctx.moveTo(x, RULER - 6);
      ctx.lineTo(x, RULER);
      ctx.fillText(timecode(f, this.rate), x + 3, RULER / 2 - 1);
    }
    ctx.stroke();

    // picture track: cards, then the visible clips only
    const top = RULER;
    const cardBlock = (start: number, frames: number, card: { background: string; foreground: string; text: string }) => {
      if (frames <= 0 || start > to || start + frames < from) return;
      const x = X(start);
      const w = frames * zoom;
      ctx.fillStyle = card.background;
      ctx.fillRect(x, top + 1, w - 1, PICTURE - 2);
      ctx.fillStyle = card.foreground;
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, top, w, PICTURE);
      ctx.clip();
      ctx.fillText(card.text.split("\n")[0], Math.max(x, 0) + 4, top + PICTURE / 2);
      ctx.restore();
    };
    cardBlock(0, cut.title.frames, cut.title);
    cardBlock(cut.endStart, cut.end.frames, cut.end);
    const { first, last } = visibleClips(cut, Math.floor(from), Math.ceil(to) + 1);
    const selected = this.selectedIndex();
    const drag = this.drag;
    for (let i = first; i < last; i++) {
      this.drawClip(ctx, i, X(cut.start[i]), cut.frames[i] * zoom, top, i === selected, text);
    }
    this.setAttribute("data-drawn", String(last - first));
    this.setAttribute("data-first", String(first));
    if (drag && drag.kind === "move" && drag.moved) {
      const frame = this.frameAtX(drag.x);
      const to = dropIndex(cut, drag.clip, frame);
      // the insertion line: before the clip that will follow the dropped one
      const others = [...Array(cut.count).keys()].filter((k) => k !== drag.clip);
      const at = to < others.length ? cut.start[others[to]] : cut.endStart;
      ctx.fillStyle = "#2563eb";
      ctx.fillRect(X(at) - 1, top, 3, PICTURE);
      ctx.globalAlpha = 0.5;
      this.drawClip(ctx, drag.clip, X(cut.start[drag.clip]) + drag.x - drag.x0, cut.frames[drag.clip] * zoom, top,
        true, text);
      ctx.globalAlpha = 1;
    } else if (drag && drag.kind === "trim") {
      const delta = Math.round((drag.x - drag.x0) / zoom);
      const trim = trimByDrag(cut, drag.clip, drag.edge, delta);
      const start = cut.start[drag.clip] + (drag.edge === "in" ? trim.inFrame - cut.inFrame[drag.clip] : 0);
      ctx.strokeStyle = "#2563eb";
      ctx.lineWidth = 2;
      ctx.strokeRect(X(start), top + 1, (trim.outFrame - trim.inFrame) * zoom, PICTURE - 2);
      ctx.lineWidth = 1;
    }

    // voice track
    const voiceTop = RULER + PICTURE + GAP;
    ctx.fillStyle = "rgba(127,127,127,0.08)";
    ctx.fillRect(0, voiceTop, width, VOICE);
    for (const line of this.tracks.voice) {
      if (line.start > to) break;
      if (line.start + line.frames < from) continue;
      const x = X(line.start);
      const w = Math.max(1, line.frames * zoom);
      ctx.fillStyle = line.overrun ? "rgba(220,38,38,0.25)" : "rgba(37,99,235,0.18)";
      ctx.fillRect(x, voiceTop + 1, w - 1, VOICE - 2);
      ctx.fillStyle = line.overrun ? "#dc2626" : "#2563eb";
      this.drawWave(ctx, line.peaks, Math.max(0, x), Math.min(width, x + w), voiceTop, VOICE);
      if (line.overrun) {
        ctx.fillRect(x, voiceTop + 1, 3, VOICE - 2);
      }
      if (w > 30) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, voiceTop, w, VOICE);
        ctx.clip();
        ctx.fillStyle = text;
        ctx.fillText((line.overrun ? "⚠ " : "") + line.text, Math.max(x, 0) + 4, voiceTop + 9);
        ctx.restore();
      }
    }

    // music track
    const musicTop = voiceTop + VOICE + GAP;
    ctx.fillStyle = "rgba(127,127,127,0.08)";
    ctx.fillRect(0, musicTop, width, MUSIC);
    ctx.fillStyle = "#059669";
    this.drawWave(ctx, this.tracks.music, 0, width, musicTop, MUSIC);

    // playhead
    const px = Math.round(X(this.playheadFrame)) + 0.5;
    if (px >= 0 && px <= width) {
      ctx.strokeStyle = "#dc2626";
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, 0);
      ctx.lineTo(px, HEIGHT);
      ctx.stroke();
      ctx.fillStyle = "#dc2626";
      ctx.beginPath();
      ctx.moveTo(px - 5, 0);
      ctx.lineTo(px + 5, 0);
      ctx.lineTo(px, 7);
      ctx.fill();
    }
  }

  private drawClip(ctx: CanvasRenderingContext2D, i: number, x: number, w: number, top: number, selected: boolean,
      text: string) {
    const cut = this.cut;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, top, Math.max(1, w), PICTURE);
    ctx.clip();
    const hasTake = (cut.flags[i] & FLAG_TAKE) !== 0;
    ctx.fillStyle = hasTake ? "#374151" : "#1f2937";
    ctx.fillRect(x, top + 1, w, PICTURE - 2);
    const media = cut.media[i] >= 0 ? cut.mediaList[cut.media[i]] : undefined;
    const image = media ? this.thumbnail(media.thumbnail) : null;
    if (image) {
      const h = PICTURE - 2;
      const tile = Math.max(8, (image.naturalWidth / image.naturalHeight) * h);
      const start = Math.max(x, Math.floor((0 - x) / tile) * tile + x);
      let drawn = 0;
      for (let t = start; t < x + w && t < this.width && drawn < TILES_PER_CLIP; t += tile, drawn++) {
        ctx.drawImage(image, t, top + 1, tile, h);
      }
    } else if (!hasTake) {
      ctx.strokeStyle = "rgba(255,255,255,0.15)";
      ctx.beginPath();
      for (let d = -PICTURE; d < w; d += 10) {
        ctx.moveTo(x + d, top + PICTURE);
        ctx.lineTo(x + d + PICTURE, top);
      }
      ctx.stroke();
    }
    // transition: a wedge where it fades in
    const tf = cut.transitionFrames[i];
    if (cut.transition[i] !== 0 && tf > 0) {
      const tw = Math.min(w, (cut.transition[i] === 2 ? tf - Math.floor(tf / 2) : tf) * this.zoom);
      ctx.fillStyle = cut.transition[i] === 2 ? "rgba(0,0,0,0.6)" : "rgba(255,255,255,0.35)";
      ctx.beginPath();
      ctx.moveTo(x, top + 1);
      ctx.lineTo(x + tw, top + 1);
      ctx.lineTo(x, top + PICTURE - 1);
      ctx.fill();
    }
    if (w > 24) {
      const label = cut.labels[i] ?? "";
      const duration = timecode(cut.frames[i], this.rate).replace(/^00:(00:)?/, "");
      ctx.font = "11px system-ui, sans-serif";
      const caption = w > 90 ? label + " · " + duration : label;
      const cw = ctx.measureText(caption).width + 6;
      ctx.fillStyle = "rgba(0,0,0,0.55)";
      ctx.fillRect(Math.max(x, 0) + 2, top + PICTURE - 16, Math.min(cw, w - 4), 14);
      ctx.fillStyle = "#fff";
      ctx.fillText(caption, Math.max(x, 0) + 5, top + PICTURE - 9);
    }
    if (cut.flags[i] & FLAG_CHANGED) {
      const bx = x + w - 10;
      ctx.fillStyle = "#f59e0b";
      ctx.beginPath();
      ctx.arc(bx, top + 10, 6, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = "#000";
      ctx.fillText("!", bx - 1.5, top + 10);
    }
    ctx.restore();
    ctx.strokeStyle = selected ? "#2563eb" : "rgba(255,255,255,0.7)";
    ctx.lineWidth = selected ? 3 : 1;
    ctx.strokeRect(x + (selected ? 1.5 : 0.5), top + (selected ? 1.5 : 0.5), Math.max(1, w - (selected ? 3 : 1)),
      PICTURE - (selected ? 3 : 1));
    ctx.lineWidth = 1;
    void text;
  }

  private drawWave(ctx: CanvasRenderingContext2D, peaks: Peaks, x0: number, x1: number, top: number, height: number) {
    if (peaks.values.length === 0) return;
    const left = this.scroller.scrollLeft;
    const mid = top + height / 2;
    for (let x = Math.floor(x0); x < x1; x++) {
      const a = (left + x) / this.zoom;
      const b = (left + x + 1) / this.zoom;
      const p = peakOver(peaks, a, Math.max(b, a + 1e-9));
      if (p <= 0) continue;
      const h = Math.max(1, p * (height - 6));
      ctx.fillRect(x, mid - h / 2, 1, h);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "ff-timeline": FfTimeline;
  }
}

if (!customElements.get("ff-timeline")) {
  customElements.define("ff-timeline", FfTimeline);
}
