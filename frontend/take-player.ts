/*
 * <ff-take-player> and <ff-take-scrub>: the storyboard's video elements (server twins in take.ui: TakePlayer and the
 * storyboard's card template).
 *
 * <ff-take-player src poster fps frames [compare-src] [mode=single|side|wipe] [loop] [labels=JSON]>
 *   A <video> with frame steps (←/→, one frame at the take's fps), J/K/L shuttle (reverse, pause, forward; L again
 *   doubles the speed), space for play/pause, a loop toggle and a seek bar by frame. Shows the frame number and the
 *   SMPTE timecode (drop-frame at 29.97) computed from integer frames. With compare-src a second take plays in step,
 *   beside the first (side) or over it behind a wipe slider (wipe). Keys work anywhere on the page except in a text
 *   field; PageUp/PageDown (or [ and ]) fire `shot-previous` / `shot-next` for the page to move between shots.
 *
 * Frame notes (review): `notesJson` (a JSON list of {id, frame, colorIndex, label, drawing}) puts a marker per note
 * on the seek bar, all painted on one canvas in the authors' colours; hovering one shows its label, clicking it shows
 * its frame and fires `note-click` (detail.id). Paused on a frame with drawings, they are painted over the picture.
 * `beginSketch(tool, colorIndex)` pauses and lets the pointer (mouse, pen, touch) draw on the picture; Escape drops
 * the shape being drawn, or the whole sketch (`sketch-cancel`); `currentSketch()` answers the frame on screen and the
 * strokes, relative to the picture (see take-player/sketch.ts).
 *
 * <ff-take-scrub poster clip>
 *   A take's poster; while the pointer is over it, a muted copy of the clip shows the moment under the pointer's x.
 */
import {
  beginStroke,
  colourOf,
  drawingJson,
  extendStroke,
  MAX_STROKES,
  paintDrawing,
  paintStroke,
  pictureRect,
  toRelative,
  TOOLS,
  type Stroke,
  type Tool,
} from "./take-player/sketch";
import { PAUSE_ICON, PLAY_ICON, STEP_BACK_ICON, STEP_FORWARD_ICON } from "./take-player/icons";
import { markerAt, markerColumns, NoteIndex, parseNotes, type Track } from "./take-player/notes";
import {
  frameAt,
  frameRate,
  seekTimeOf,
  shuttle,
  stepFrame,
  timecode,
  type FrameRate,
} from "./take-player/frames";

export * from "./take-player/frames";
export * from "./take-player/sketch";
export * from "./take-player/notes";

/** Half a range input's thumb: where its centre sits at the first and last frame. */
const THUMB_INSET = 8;

const PLAYER_CSS = `
:host { display: block; position: relative; color: var(--lumo-body-text-color, #111); max-width: 100%; }
.stage { position: relative; display: grid; grid-template-columns: 1fr; gap: 4px; background: #000; border-radius: 6px;
  overflow: hidden; }
:host([mode="side"]) .stage.compared { grid-template-columns: 1fr 1fr; }
video { display: block; width: 100%; max-height: 70vh; background: #000; object-fit: contain; min-width: 0; }
.compare { display: none; }
.stage.compared .compare { display: block; }
:host([mode="wipe"]) .stage.compared .compare { position: absolute; inset: 0; height: 100%; max-height: none;
  pointer-events: none; }
.wipe { display: none; position: absolute; left: 0; right: 0; bottom: 4px; width: 100%; margin: 0; }
:host([mode="wipe"]) .stage.compared .wipe { display: block; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 0; }
.controls button { font: inherit; min-width: 2.4em; padding: 4px 8px; border-radius: 4px; cursor: pointer;
  border: 1px solid var(--lumo-contrast-30pct, #bbb); background: var(--lumo-base-color, #fff); color: inherit; }
.controls button[aria-pressed="true"] { background: var(--lumo-primary-color-10pct, #dbeafe); }
.seekbox { position: relative; flex: 1 1 10em; min-width: 6em; padding-top: 12px; }
.seek { display: block; width: 100%; margin: 0; box-sizing: border-box; }
.markers { position: absolute; left: 0; top: 0; width: 100%; height: 12px; cursor: pointer; touch-action: manipulation; }
.markers.empty { pointer-events: none; }
.tip { position: absolute; bottom: 100%; z-index: 3; max-width: 20em; padding: 4px 8px; border-radius: 4px;
  background: rgba(17, 24, 39, 0.92); color: #fff; font-size: 0.8125em; line-height: 1.35; white-space: pre-line;
  overflow-wrap: anywhere; pointer-events: none; transform: translateX(-50%); }
.tip[hidden] { display: none; }
.overlay { position: absolute; left: 0; top: 0; pointer-events: none; z-index: 2; }
.overlay.sketching { pointer-events: auto; cursor: crosshair; touch-action: none; }
.readout { font-family: ui-monospace, "Noto Sans Mono", monospace; font-variant-numeric: tabular-nums; }
.speed { min-width: 3em; color: var(--lumo-secondary-text-color, #555); }
`;

interface PlayerLabels {
  play: string;
  pause: string;
  back: string;
  forward: string;
  loop: string;
  seek: string;
  wipe: string;
  frame: string;
}

const DEFAULT_LABELS: PlayerLabels = {
  play: "Play",
  pause: "Pause",
  back: "One frame back",
  forward: "One frame forward",
  loop: "Loop",
  seek: "Position",
  wipe: "Wipe",
  frame: "Frame",
};

function editable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

export class FfTakePlayer extends HTMLElement {
  static get observedAttributes() {
    return ["src", "poster", "fps", "frames", "compare-src", "mode", "loop", "labels"];
  }

  private readonly root: ShadowRoot;
  private readonly video: HTMLVideoElement;
  private readonly compare: HTMLVideoElement;
  private readonly stage: HTMLDivElement;
  private readonly seek: HTMLInputElement;
  private readonly wipe: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly loopButton: HTMLButtonElement;
  private readonly backButton: HTMLButtonElement;
  private readonly forwardButton: HTMLButtonElement;
  private readonly frameOut: HTMLSpanElement;
  private readonly timecodeOut: HTMLSpanElement;
  private readonly speedOut: HTMLSpanElement;
  private labels: PlayerLabels = DEFAULT_LABELS;
  private rate: FrameRate = frameRate(24);
  private frames = 0;
  private speed = 0;
  private shown = -1;
  private tick = 0;
  private lastTick = 0;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly overlay: HTMLCanvasElement;
  private readonly markers: HTMLCanvasElement;
  private readonly seekbox: HTMLDivElement;
  private readonly tip: HTMLDivElement;
  private readonly resizes: ResizeObserver;
  private notes = new NoteIndex([]);
  private notesSource = "[]";
  /** A frame asked for before the clip's length was known: shown once it is. */
  private pendingFrame = -1;
  private overlayDrawn = false;
  private paintQueued = 0;
  private sketch: { tool: Tool; colour: string; strokes: Stroke[]; active: Stroke | null; pointer: number } | null =
    null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.root.innerHTML = `<style>${PLAYER_CSS}</style>
      <div class="stage" part="stage">
        <video class="main" playsinline preload="auto"></video>
        <video class="compare" playsinline muted preload="auto"></video>
        <input class="wipe" type="range" min="0" max="100" value="50">
        <canvas class="overlay" part="overlay"></canvas>
      </div>
      <div class="controls" part="controls">
        <button class="back" type="button">${STEP_BACK_ICON}</button>
        <button class="play" type="button">${PLAY_ICON}</button>
        <button class="forward" type="button">${STEP_FORWARD_ICON}</button>
        <button class="loop" type="button" aria-pressed="false">⟲</button>
        <div class="seekbox">
          <canvas class="markers empty"></canvas>
          <div class="tip" role="tooltip" hidden></div>
          <input class="seek" type="range" min="0" max="0" step="1" value="0">
        </div>
        <span class="readout"><span class="frame">0</span> · <span class="timecode">00:00:00:00</span></span>
        <span class="speed"></span>
      </div>`;
    const q = <T extends Element>(s: string) => this.root.querySelector(s) as T;
    this.video = q<HTMLVideoElement>("video.main");
    this.compare = q<HTMLVideoElement>("video.compare");
    this.stage = q<HTMLDivElement>(".stage");
    this.seek = q<HTMLInputElement>(".seek");
    this.wipe = q<HTMLInputElement>(".wipe");
    this.playButton = q<HTMLButtonElement>(".play");
    this.loopButton = q<HTMLButtonElement>(".loop");
    this.backButton = q<HTMLButtonElement>(".back");
    this.forwardButton = q<HTMLButtonElement>(".forward");
    this.frameOut = q<HTMLSpanElement>(".frame");
    this.timecodeOut = q<HTMLSpanElement>(".timecode");
    this.speedOut = q<HTMLSpanElement>(".speed");
    this.overlay = q<HTMLCanvasElement>("canvas.overlay");
    this.markers = q<HTMLCanvasElement>("canvas.markers");
    this.seekbox = q<HTMLDivElement>(".seekbox");
    this.tip = q<HTMLDivElement>(".tip");

    this.playButton.addEventListener("click", () => this.togglePlay());
    this.backButton.addEventListener("click", () => this.step(-1));
    this.forwardButton.addEventListener("click", () => this.step(1));
    this.loopButton.addEventListener("click", () => this.toggleAttribute("loop"));
    this.seek.addEventListener("input", () => this.showFrame(Number(this.seek.value)));
    this.wipe.addEventListener("input", () => this.applyWipe());
    this.video.addEventListener("timeupdate", () => this.follow());
    this.video.addEventListener("seeked", () => this.follow());
    this.video.addEventListener("loadedmetadata", () => this.loaded());
    this.video.addEventListener("resize", () => this.layoutOverlay());
    this.video.addEventListener("pause", () => this.paintOverlay());
    this.video.addEventListener("play", () => this.paintOverlay());
    this.markers.addEventListener("pointermove", (e) => this.hoverMarker(e));
    this.markers.addEventListener("pointerleave", () => (this.tip.hidden = true));
    this.markers.addEventListener("click", (e) => this.clickMarker(e));
    this.overlay.addEventListener("pointerdown", (e) => this.sketchDown(e));
    this.overlay.addEventListener("pointermove", (e) => this.sketchMove(e));
    this.overlay.addEventListener("pointerup", (e) => this.sketchUp(e));
    this.overlay.addEventListener("pointercancel", () => this.dropStroke());
    this.resizes = new ResizeObserver(() => {
      this.layoutOverlay();
      this.paintMarkers();
    });
    // A property set before this element was defined sits on the instance and would hide the setter.
    if (Object.prototype.hasOwnProperty.call(this, "notesJson")) {
      const early = (this as unknown as { notesJson: string }).notesJson;
      delete (this as unknown as { notesJson?: string }).notesJson;
      this.notesJson = early;
    }
    this.video.addEventListener("ended", () => this.setSpeed(0));
    this.video.addEventListener("play", () => this.compare.play().catch(() => undefined));
    this.video.addEventListener("pause", () => this.compare.pause());
    this.applyLabels();
    this.applyWipe();
  }

  connectedCallback() {
    document.addEventListener("keydown", this.onKey);
    this.resizes.observe(this.video);
    this.resizes.observe(this.seekbox);
  }

  disconnectedCallback() {
    document.removeEventListener("keydown", this.onKey);
    this.resizes.disconnect();
    this.setSpeed(0);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    switch (name) {
      case "src":
        this.setSpeed(0);
        this.shown = -1;
        this.pendingFrame = -1;
        if (value) {
          this.video.src = value;
        } else {
          this.video.removeAttribute("src");
        }
        this.render(0);
        break;
      case "poster":
        if (value) this.video.poster = value;
        else this.video.removeAttribute("poster");
        break;
      case "fps":
        this.rate = frameRate(Number(value) > 0 ? Number(value) : 24);
        this.render(Math.max(0, this.shown));
        break;
      case "frames":
        this.frames = Math.max(0, Math.floor(Number(value) || 0));
        this.seek.max = String(Math.max(0, this.frames - 1));
        this.paintMarkers();
        break;
      case "compare-src":
        if (value) {
          this.compare.src = value;
          this.stage.classList.add("compared");
          this.syncCompare(true);
        } else {
          this.compare.removeAttribute("src");
          this.stage.classList.remove("compared");
        }
        break;
      case "mode":
        this.applyWipe();
        break;
      case "loop":
        this.video.loop = value !== null;
        this.compare.loop = value !== null;
        this.loopButton.setAttribute("aria-pressed", String(value !== null));
        break;
      case "labels":
        try {
          this.labels = { ...DEFAULT_LABELS, ...(value ? JSON.parse(value) : {}) };
        } catch {
          this.labels = DEFAULT_LABELS;
        }
        this.applyLabels();
        break;
    }
  }

  /** The frame on screen, from 0. */
  get frame(): number {
    return Math.max(0, this.shown);
  }

  /** The shuttle speed: 0 stopped, 1 playing, 2..8 faster, negative backwards. */
  get playingSpeed(): number {
    return this.speed;
  }

  /**
   * Shows one frame, stopping playback: seeks to the middle of the frame (take-player/frames.ts, seekTimeOf), so every
   * browser shows that frame whatever its rounding. Before the clip's metadata has arrived the frame waits for it.
   */
  showFrame(frame: number) {
    this.setSpeed(0);
    const whole = Number.isFinite(frame) ? Math.floor(frame) : 0;
    const target = this.frames > 0 ? stepFrame(whole, 0, this.frames) : Math.max(0, whole);
    if (this.video.readyState < HTMLMediaElement.HAVE_METADATA) {
      this.pendingFrame = target;
    } else {
      this.video.currentTime = seekTimeOf(target, this.rate);
      this.syncCompare(true);
    }
    this.render(target);
  }

  /** The server's seekToFrame: shows frame `frame` (from 0) and pauses there. */
  seekToFrame(frame: number) {
    this.showFrame(frame);
  }

  /** The notes, as the server's JSON list; setting it repaints the markers and the overlay. */
  get notesJson(): string {
    return this.notesSource;
  }

  set notesJson(json: string) {
    this.notesSource = json ?? "[]";
    this.showNotes(this.notesSource);
  }

  /** Marks these notes (JSON list of {id, frame, colorIndex, label, drawing}) on the seek bar and over the picture. */
  showNotes(json: string) {
    this.notesSource = json ?? "[]";
    this.notes = new NoteIndex(parseNotes(json));
    this.setAttribute("data-notes", String(this.notes.size));
    this.paintMarkers();
    this.paintOverlay();
  }

  /**
   * Pauses on the frame on screen (snapped to its middle) and lets the pointer draw with `tool` in the colour of
   * `colorIndex`. Called again while sketching, it changes tool and colour and keeps what was drawn.
   */
  beginSketch(tool: string, colorIndex: number) {
    const shape = (TOOLS as readonly string[]).includes(tool) ? (tool as Tool) : "freehand";
    this.setSpeed(0);
    this.showFrame(this.shown < 0 ? frameAt(this.video.currentTime, this.rate) : this.shown);
    const colour = colourOf(colorIndex);
    this.sketch = this.sketch
      ? { ...this.sketch, tool: shape, colour }
      : { tool: shape, colour, strokes: [], active: null, pointer: -1 };
    this.overlay.classList.add("sketching");
    this.setAttribute("data-sketching", shape);
    this.paintOverlay();
  }

  /** Leaves drawing mode and forgets what was drawn. */
  endSketch() {
    this.sketch = null;
    this.overlay.classList.remove("sketching");
    this.removeAttribute("data-sketching");
    this.removeAttribute("data-strokes");
    this.paintOverlay();
  }

  /** The frame on screen and the strokes drawn since beginSketch (relative to the picture). */
  currentSketch(): { frame: number; drawing: string } {
    const strokes = this.sketch ? [...this.sketch.strokes] : [];
    return { frame: this.frame, drawing: drawingJson({ strokes }) };
  }

  /** currentSketch as JSON, for the server twin. */
  currentSketchJson(): string {
    return JSON.stringify(this.currentSketch());
  }

  /** Moves by whole frames from the one on screen. */
  step(delta: number) {
    const from = this.shown < 0 ? frameAt(this.video.currentTime, this.rate) : this.shown;
    this.showFrame(from + delta);
  }

  togglePlay() {
    this.setSpeed(this.speed === 0 ? 1 : 0);
  }

  private key(e: KeyboardEvent) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || editable(e.composedPath()[0])) {
      return;
    }
    switch (e.key) {
      case "Escape":
        if (!this.sketch) return;
        if (this.sketch.active) {
          this.dropStroke();
        } else {
          this.endSketch();
          this.dispatchEvent(new CustomEvent("sketch-cancel", { bubbles: true, composed: true }));
        }
        break;
      case "ArrowLeft":
        this.step(e.shiftKey ? -10 : -1);
        break;
      case "ArrowRight":
        this.step(e.shiftKey ? 10 : 1);
        break;
      case " ":
        this.togglePlay();
        break;
      case "j":
      case "J":
      case "k":
      case "K":
      case "l":
      case "L":
        this.setSpeed(shuttle(this.speed, e.key.toLowerCase() as "j" | "k" | "l"));
        break;
      case "PageUp":
      case "[":
        this.dispatchEvent(new CustomEvent("shot-previous", { bubbles: true, composed: true }));
        break;
      case "PageDown":
      case "]":
        this.dispatchEvent(new CustomEvent("shot-next", { bubbles: true, composed: true }));
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private setSpeed(speed: number) {
    this.speed = speed;
    cancelAnimationFrame(this.tick);
    this.tick = 0;
    if (speed > 0) {
      this.video.playbackRate = speed;
      this.compare.playbackRate = speed;
      this.video.play().catch(() => this.setSpeed(0));
      this.loopTick();
    } else {
      this.video.pause();
      if (speed < 0) {
        // Browsers do not play backwards: step the time back on every animation frame.
        this.lastTick = performance.now();
        this.loopTick();
      }
    }
    this.playButton.innerHTML = speed === 0 ? PLAY_ICON : PAUSE_ICON;
    this.playButton.title = speed === 0 ? this.labels.play : this.labels.pause;
    this.playButton.setAttribute("aria-label", this.playButton.title);
    this.speedOut.textContent = speed === 0 || speed === 1 ? "" : speed + "×";
    this.setAttribute("data-speed", String(speed));
    this.paintOverlay();
  }

  private loopTick() {
    this.tick = requestAnimationFrame((now) => {
      if (this.speed < 0) {
        const elapsed = (now - this.lastTick) / 1000;
        this.lastTick = now;
        let t = this.video.currentTime + elapsed * this.speed;
        if (t <= 0) {
          t = this.video.loop && this.video.duration > 0 ? this.video.duration : 0;
          if (!this.video.loop) {
            this.video.currentTime = 0;
            this.setSpeed(0);
            this.follow();
            return;
          }
        }
        this.video.currentTime = t;
        this.syncCompare(true);
      } else {
        this.syncCompare(false);
      }
      this.follow();
      if (this.speed !== 0) {
        this.loopTick();
      }
    });
  }

  /** Keeps the second take within a frame of the first. */
  private syncCompare(always: boolean) {
    if (!this.compare.getAttribute("src")) {
      return;
    }
    const drift = Math.abs(this.compare.currentTime - this.video.currentTime);
    if (always || drift > this.rate.den / this.rate.num) {
      this.compare.currentTime = this.video.currentTime;
    }
  }

  private follow() {
    this.render(frameAt(this.video.currentTime, this.rate));
  }

  private render(frame: number) {
    if (frame === this.shown) {
      return;
    }
    this.shown = frame;
    this.frameOut.textContent = String(frame);
    this.timecodeOut.textContent = timecode(frame, this.rate);
    this.seek.value = String(frame);
    this.setAttribute("data-frame", String(frame));
    this.paintOverlay();
  }

  private loaded() {
    this.layoutOverlay();
    if (this.pendingFrame >= 0) {
      const frame = this.pendingFrame;
      this.pendingFrame = -1;
      this.showFrame(frame);
    } else {
      this.follow();
    }
  }

  // ---------------------------------------------------------------------------------------------- markers

  private track(): Track {
    return { left: this.seek.offsetLeft, width: this.seek.offsetWidth, inset: THUMB_INSET };
  }

  /** Paints every note's marker: one canvas, one path per colour. */
  private paintMarkers() {
    const canvas = this.markers;
    const width = this.seekbox.clientWidth;
    const height = canvas.clientHeight || 12;
    const ratio = window.devicePixelRatio || 1;
    canvas.classList.toggle("empty", this.notes.size === 0);
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (this.notes.size === 0 || width === 0) return;
    for (const [colour, xs] of markerColumns(this.notes, this.frames, this.track())) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const x of xs) ctx.rect(x - 1.5, 2, 3, height - 3);
      ctx.fill();
    }
  }

  private markerUnder(e: PointerEvent | MouseEvent): number {
    const box = this.markers.getBoundingClientRect();
    const coarse = (e as PointerEvent).pointerType === "touch";
    return markerAt(e.clientX - box.left, this.notes, this.frames, this.track(), coarse ? 10 : 5);
  }

  private hoverMarker(e: PointerEvent) {
    const frame = this.markerUnder(e);
    if (frame < 0) {
      this.tip.hidden = true;
      return;
    }
    const here = this.notes.at(frame);
    const shown = here.slice(0, 5).map((n) => n.label);
    if (here.length > shown.length) shown.push("+" + (here.length - shown.length));
    this.tip.textContent = this.labels.frame + " " + frame + "\n" + shown.join("\n");
    const box = this.markers.getBoundingClientRect();
    this.tip.style.left = Math.min(Math.max(e.clientX - box.left, 40), box.width - 40) + "px";
    this.tip.hidden = false;
  }

  private clickMarker(e: MouseEvent) {
    const frame = this.markerUnder(e);
    if (frame < 0) return;
    this.showFrame(frame);
    const note = this.notes.at(frame)[0];
    this.dispatchEvent(new CustomEvent("note-click", { bubbles: true, composed: true, detail: { id: note.id } }));
  }

  // ---------------------------------------------------------------------------------------------- overlay

  /** Puts the overlay canvas exactly over the main video's box (the picture sits inside it, letterboxed). */
  private layoutOverlay() {
    const v = this.video;
    const c = this.overlay;
    const ratio = window.devicePixelRatio || 1;
    c.style.left = v.offsetLeft + "px";
    c.style.top = v.offsetTop + "px";
    c.style.width = v.clientWidth + "px";
    c.style.height = v.clientHeight + "px";
    const w = Math.round(v.clientWidth * ratio);
    const h = Math.round(v.clientHeight * ratio);
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
    this.overlayDrawn = true; // a resized canvas is blank; paint it again
    this.paintOverlay();
  }

  private picture() {
    return pictureRect(this.video.clientWidth, this.video.clientHeight, this.video.videoWidth,
      this.video.videoHeight);
  }

  /** Paints the drawings of the frame on screen (only while paused) and the sketch being made. */
  private paintOverlay() {
    const paused = this.speed === 0 && this.video.paused;
    const drawings = paused && this.shown >= 0 ? this.notes.drawingsAt(this.shown) : [];
    const sketch = this.sketch;
    if (drawings.length === 0 && !sketch && !this.overlayDrawn) {
      return;
    }
    const ctx = this.overlay.getContext("2d");
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width / ratio, this.overlay.height / ratio);
    const picture = this.picture();
    for (const d of drawings) paintDrawing(ctx, d, picture);
    if (sketch) {
      for (const s of sketch.strokes) paintStroke(ctx, s, picture);
      if (sketch.active) paintStroke(ctx, sketch.active, picture);
    }
    this.overlayDrawn = drawings.length > 0 || sketch !== null;
    this.setAttribute("data-overlay", String(drawings.length + (sketch ? sketch.strokes.length : 0)));
  }

  private queuePaint() {
    if (!this.paintQueued) {
      this.paintQueued = requestAnimationFrame(() => {
        this.paintQueued = 0;
        this.paintOverlay();
      });
    }
  }

  private pointOf(e: PointerEvent) {
    const box = this.overlay.getBoundingClientRect();
    return toRelative(e.clientX - box.left, e.clientY - box.top, this.picture());
  }

  private sketchDown(e: PointerEvent) {
    const sketch = this.sketch;
    if (!sketch || (e.pointerType === "mouse" && e.button !== 0) || sketch.active) return;
    if (sketch.strokes.length >= MAX_STROKES) return;
    e.preventDefault();
    this.overlay.setPointerCapture(e.pointerId);
    sketch.pointer = e.pointerId;
    sketch.active = beginStroke(sketch.tool, sketch.colour, this.pointOf(e));
    this.queuePaint();
  }

  private sketchMove(e: PointerEvent) {
    const sketch = this.sketch;
    if (!sketch?.active || e.pointerId !== sketch.pointer) return;
    e.preventDefault();
    sketch.active = extendStroke(sketch.active, this.pointOf(e));
    this.queuePaint();
  }

  private sketchUp(e: PointerEvent) {
    const sketch = this.sketch;
    if (!sketch?.active || e.pointerId !== sketch.pointer) return;
    sketch.active = extendStroke(sketch.active, this.pointOf(e));
    sketch.strokes.push(sketch.active);
    sketch.active = null;
    sketch.pointer = -1;
    this.setAttribute("data-strokes", String(sketch.strokes.length));
    this.dispatchEvent(new CustomEvent("sketch-change", { bubbles: true, composed: true }));
    this.paintOverlay();
  }

  private dropStroke() {
    if (this.sketch) {
      this.sketch.active = null;
      this.sketch.pointer = -1;
      this.paintOverlay();
    }
  }

  private applyWipe() {
    const at = Number(this.wipe.value);
    this.compare.style.clipPath = this.getAttribute("mode") === "wipe" ? `inset(0 0 0 ${at}%)` : "";
  }

  private applyLabels() {
    const l = this.labels;
    for (const [button, label] of [
      [this.backButton, l.back],
      [this.forwardButton, l.forward],
      [this.loopButton, l.loop],
      [this.playButton, this.speed === 0 ? l.play : l.pause],
    ] as const) {
      button.title = label;
      button.setAttribute("aria-label", label);
    }
    this.seek.setAttribute("aria-label", l.seek);
    this.wipe.setAttribute("aria-label", l.wipe);
    this.frameOut.title = l.frame;
  }

}

/** Poster of a take that scrubs through its clip under the pointer. */
export class FfTakeScrub extends HTMLElement {
  static get observedAttributes() {
    return ["poster", "alt"];
  }

  private readonly root: ShadowRoot;
  private readonly img: HTMLImageElement;
  private video: HTMLVideoElement | null = null;
  private fraction = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.root.innerHTML = `<style>
      :host { display: block; position: relative; aspect-ratio: var(--ff-scrub-ratio, 9 / 16); background: #1f2937;
        overflow: hidden; border-radius: 4px; }
      img, video { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
      img:not([src]) { display: none; }
      .bar { position: absolute; left: 0; bottom: 0; height: 3px; background: var(--lumo-primary-color, #2563eb); }
    </style><img alt=""><div class="bar" style="width:0"></div>`;
    this.img = this.root.querySelector("img") as HTMLImageElement;
    this.addEventListener("pointerenter", (e) => this.start(e));
    this.addEventListener("pointermove", (e) => this.move(e));
    this.addEventListener("pointerleave", () => this.stop());
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === "poster") {
      if (value) this.img.src = value;
      else this.img.removeAttribute("src");
    } else if (name === "alt") {
      this.img.alt = value ?? "";
    }
  }

  private start(e: PointerEvent) {
    const clip = this.getAttribute("clip");
    if (!clip || this.video) {
      return;
    }
    const video = document.createElement("video");
    video.muted = true;
    video.playsInline = true;
    video.preload = "auto";
    video.src = clip;
    if (this.img.src) video.poster = this.img.src;
    video.addEventListener("loadedmetadata", () => this.seekTo(this.fraction));
    this.root.insertBefore(video, this.root.querySelector(".bar"));
    this.video = video;
    this.move(e);
  }

  private move(e: PointerEvent) {
    const box = this.getBoundingClientRect();
    if (box.width <= 0) {
      return;
    }
    this.fraction = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    (this.root.querySelector(".bar") as HTMLElement).style.width = this.fraction * 100 + "%";
    this.seekTo(this.fraction);
  }

  private seekTo(fraction: number) {
    const video = this.video;
    if (video && video.duration > 0 && Number.isFinite(video.duration)) {
      video.currentTime = fraction * video.duration * 0.999;
    }
    this.setAttribute("data-scrub", fraction.toFixed(2));
  }

  private stop() {
    this.video?.remove();
    this.video = null;
    (this.root.querySelector(".bar") as HTMLElement).style.width = "0";
    this.removeAttribute("data-scrub");
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "ff-take-player": FfTakePlayer;
    "ff-take-scrub": FfTakeScrub;
  }
}

if (!customElements.get("ff-take-player")) {
  customElements.define("ff-take-player", FfTakePlayer);
}
if (!customElements.get("ff-take-scrub")) {
  customElements.define("ff-take-scrub", FfTakeScrub);
}
