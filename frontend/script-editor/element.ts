/*
 * <ff-script-editor> itself: the CodeMirror view, the status line, the binding to Vaadin's $server, and the wiring of
 * the parts (language, remote cursors, sync, offline store, outline). The API is described in ../script-editor.ts.
 */
import { Compartment, EditorState, Prec, Transaction, type Extension } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type ViewUpdate,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { collab, getSyncedVersion } from "@codemirror/collab";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { fountain } from "./language";
import { editorTheme, installHostCss } from "./look";
import { Outline } from "./outline";
import {
  placeCursors,
  readCursors,
  remoteCursors,
  serverSelection,
  setRemoteCursors,
  type IncomingCursor,
} from "./remote-cursors";
import { CollabSync, type SyncServer } from "./sync";
import { commentMargin, placeMarks, readMarks, setMarks, toLocal, toServer, type IncomingMarks } from "./margin";

interface ServerApi extends SyncServer {
  cursor(version: number, anchor: number, head: number): Promise<unknown>;
  comment(version: number, from: number, to: number, quote: string): Promise<unknown>;
  openMark(id: string): Promise<unknown>;
}
type ServerMethod = keyof ServerApi;

/** A plain request the server offered for pushes (see directPush). */
interface DirectPush {
  url: string;
  editor: string;
  header: string;
  token: string;
}

interface QueuedCall {
  name: ServerMethod;
  args: unknown[];
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface ScriptEditorLabels {
  saved: string;
  sending: string;
  offline: string;
  tooOld: string;
  outline: string;
  noScenes: string;
  recovering: string;
  /** The Comment button's text; without it (no margin on the server) there is no button. */
  comment: string;
}

const DEFAULT_LABELS: ScriptEditorLabels = {
  saved: "Saved",
  sending: "Sending {n} changes…",
  offline: "Offline — {n} changes kept in this tab",
  tooOld: "Your unsent changes were too old to restore; the script was reloaded.",
  outline: "Scenes",
  noScenes: "No scene headings yet. Start a line with INT. or EXT.",
  recovering: "Restoring unsent changes…",
  comment: "",
};

const CURSOR_INTERVAL = 100;
/**
 * While someone types, the others move their caret along with the steps they receive (remote-cursors.ts keeps it
 * after the text it typed), so their own cursor goes out only when typing pauses this long: a cursor call per
 * keystroke would take turns with the pushes on Vaadin's one request at a time, and be pushed to every editor.
 */
const CURSOR_TYPING_PAUSE = 300;
const FUTURE_CURSOR_WAIT = 1000;
const SENDING_GRACE = 400;
const SERVER_POLL = 50;

/** Counts go where the label says {n} (or {0}, as Vaadin translations are often written). */
function withCount(label: string, n: number | string): string {
  return label.replace(/\{n\}|\{0\}/g, String(n));
}

/** The server sends JSON as a string (or, from tests, as an object); anything unreadable is ignored. */
function parsed(json: unknown): unknown {
  if (typeof json !== "string") return json;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export class FfScriptEditor extends HTMLElement {
  private view: EditorView | null = null;
  private readonly readOnlyCompartment = new Compartment();
  private readOnlyFlag = false;
  private labelTexts: ScriptEditorLabels = { ...DEFAULT_LABELS };
  private isConnectedNow = false;

  // DOM
  private built = false;
  private mainEl!: HTMLDivElement;
  private editorHost!: HTMLDivElement;
  private statusEl!: HTMLDivElement;
  private commentButton!: HTMLButtonElement;
  private outline!: Outline;
  private resizeObserver: ResizeObserver | null = null;

  // server
  private pendingSince = 0;
  private serverQueue: QueuedCall[] = [];
  /** Where typing goes as a plain request (ScriptStepsEndpoint on the server), or null: through Vaadin. */
  private direct: DirectPush | null = null;
  private serverPoll: ReturnType<typeof setInterval> | null = null;
  private readonly sync = new CollabSync({
    view: () => this.view,
    connected: () => this.isConnectedNow,
    server: {
      push: (version, updatesJson) => this.pushToServer(version, updatesJson),
      pull: (version) => this.callServer("pull", version),
      recover: (version) => this.callServer("recover", version),
    },
    install: (text, version, clientId) => this.installState(text, version, clientId),
    onStep: (state) => {
      if (!this.futureCursors || this.futureVersion() !== getSyncedVersion(state)) return null;
      // cursors that were sent for exactly this version: place them now, later steps map them
      const placed = placeCursors(state, this.futureCursors, true);
      this.futureCursors = null;
      return state.update({ effects: setRemoteCursors.of(placed) });
    },
    received: (confirmed) => {
      if (confirmed) this.scheduleCursor();
      const view = this.view;
      if (view && this.futureCursors && this.futureVersion() <= getSyncedVersion(view.state)) this.applyFutureCursors();
    },
    changed: () => this.renderStatus(),
  });

  // cursors
  private cursorTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCursorSent = 0;
  private lastLocalEdit = 0;
  private lastCursorKey = "";
  private incomingCursors: IncomingCursor[] = [];
  private futureCursors: IncomingCursor[] | null = null;
  private futureCursorTimer: ReturnType<typeof setTimeout> | null = null;

  // margin
  private incomingMarks: IncomingMarks | null = null;
  private marksWaiting = false;
  private marksTimer: ReturnType<typeof setTimeout> | null = null;

  // ---- lifecycle -------------------------------------------------------------------------------

  /**
   * CodeMirror mounts its style sheet (layout, white-space: break-spaces) into the root its DOM is in. An editor
   * made before this element was attached (Vaadin may call start() first) has mounted it into a detached tree, where
   * it applies to nothing: trailing spaces then collapse and typed characters land in the wrong place. Tell the view
   * where it lives now.
   */
  private adoptRoot(): void {
    const view = this.view;
    if (!view || !this.isConnected) return;
    const root = view.dom.getRootNode();
    if ((root instanceof Document || root instanceof ShadowRoot) && root !== view.root) view.setRoot(root);
  }

  connectedCallback(): void {
    installHostCss();
    this.ensureDom();
    if (this.mainEl.parentNode !== this) {
      this.append(this.mainEl, this.outline.el);
    }
    this.isConnectedNow = true;
    if (!this.resizeObserver && typeof ResizeObserver !== "undefined") {
      this.resizeObserver = new ResizeObserver((entries) => {
        for (const e of entries) this.outline.resize(e.contentRect.width);
      });
    }
    this.resizeObserver?.observe(this);
    this.adoptRoot();
    this.view?.requestMeasure();
    this.flushServerQueue();
    this.sync.maybePush();
    this.renderStatus();
  }

  disconnectedCallback(): void {
    this.isConnectedNow = false;
    this.resizeObserver?.disconnect();
    this.sync.detached();
    if (this.serverPoll != null) {
      clearInterval(this.serverPoll);
      this.serverPoll = null;
    }
  }

  /** Focuses the text, not the host. */
  override focus(options?: FocusOptions): void {
    if (this.view) this.view.focus();
    else super.focus(options);
  }

  // ---- server -> element -----------------------------------------------------------------------

  /**
   * (Re)starts on the server's text. Unsent typing saved in this tab is restored first (recover + pull) unless
   * `keepUnsent` is false (the server refused it) or this element already restored some in the last 30 s
   * (a server that keeps refusing must not make us send the same steps for ever).
   */
  start(text: string, version: number, clientId: string, readOnly: boolean, storageKey: string, keepUnsent = true): void {
    this.ensureDom();
    this.resetCursors();
    this.readOnlyFlag = !!readOnly;
    this.sync.start(String(text ?? ""), Number(version) || 0, String(clientId), this.readOnlyFlag, storageKey || "",
      keepUnsent !== false);
  }

  /**
   * The server offers a plain request for typing: `url` relative to the page's base, for the editor `editor`, with
   * the session's CSRF token in header `header`.
   */
  directPush(url: string, editor: string, header: string, token: string): void {
    this.direct = url && editor && header && token
      ? { url: String(url), editor: String(editor), header: String(header), token: String(token) }
      : null;
  }

  receive(fromVersion: number, updatesJson: string): void {
    this.sync.receive(fromVersion, updatesJson);
  }

  cursors(json: string): void {
    const list = readCursors(parsed(json));
    if (!list) return;
    this.incomingCursors = list;
    this.applyIncomingCursors();
  }

  /** The margin's marks ({version, marks: [{id, from, to, colour, count, resolved, gone}]}), replacing the shown ones. */
  marks(json: string): void {
    const incoming = readMarks(parsed(json));
    if (!incoming) return;
    this.incomingMarks = incoming;
    this.applyMarks(false);
  }

  /** Selects from–to of the text at `version` and scrolls it into view. */
  reveal(version: number, from: number, to: number): void {
    const view = this.view;
    if (!view) return;
    const [f, t] = toLocal(view.state, Number(from) || 0, Number(to) || 0, Number(version) === getSyncedVersion(view.state));
    view.dispatch({ selection: { anchor: f, head: t }, scrollIntoView: true });
    view.focus();
  }

  /** Asks the server to comment on the selection (its whole line when nothing is selected). */
  askComment(): boolean {
    const view = this.view;
    const server = this.server();
    if (!view || !this.labelTexts.comment || !server || typeof server.comment !== "function") return false;
    const state = view.state;
    let { from, to } = state.selection.main;
    if (from === to) {
      const line = state.doc.lineAt(from);
      from = line.from;
      to = line.to;
    }
    const quote = state.sliceDoc(from, to);
    const at = toServer(state, from, to);
    Promise.resolve(server.comment(at.version, at.from, at.to, quote)).catch(() => undefined);
    return true;
  }

  private openMark(id: string): void {
    const server = this.server();
    if (server && typeof server.openMark === "function") {
      Promise.resolve(server.openMark(id)).catch(() => undefined);
    }
  }

  /**
   * Places the marks once this editor has reached their version (then exactly, over its unsent changes); marks of
   * a version not reached within a second, or of an older one, are placed as they are, clamped.
   */
  private applyMarks(force: boolean): void {
    const view = this.view;
    const incoming = this.incomingMarks;
    if (!view || !incoming) return;
    if (!force && incoming.version > getSyncedVersion(view.state) && !this.sync.recovering) {
      this.marksWaiting = true;
      if (this.marksTimer == null) {
        this.marksTimer = setTimeout(() => {
          this.marksTimer = null;
          if (this.marksWaiting) this.applyMarks(true);
        }, FUTURE_CURSOR_WAIT);
      }
      return;
    }
    this.marksWaiting = false;
    view.dispatch({ effects: setMarks.of(placeMarks(view.state, incoming)) });
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnlyFlag = !!readOnly;
    this.applyReadOnly();
  }

  labels(json: string): void {
    const raw = parsed(json);
    if (!raw || typeof raw !== "object") return;
    const next = { ...this.labelTexts };
    for (const key of Object.keys(DEFAULT_LABELS) as (keyof ScriptEditorLabels)[]) {
      const v = (raw as Record<string, unknown>)[key];
      if (typeof v === "string") next[key] = v;
    }
    this.labelTexts = next;
    if (this.built) this.outline.setLabels(next);
    if (this.built) this.renderCommentButton();
    this.renderStatus();
  }

  /** The document text. */
  get text(): string {
    return this.view ? this.view.state.doc.toString() : "";
  }

  /** The version up to which this editor has synced with the server. */
  get version(): number {
    return this.view ? getSyncedVersion(this.view.state) : 0;
  }

  /** How many local updates the server has not confirmed yet. */
  get pending(): number {
    return this.sync.pending;
  }

  // ---- state -----------------------------------------------------------------------------------

  private installState(text: string, version: number, clientId: string): void {
    const state = EditorState.create({ doc: text, extensions: this.extensions(version, clientId) });
    if (this.view) {
      this.view.setState(state);
    } else {
      this.view = new EditorView({ state, parent: this.editorHost });
      this.adoptRoot();
    }
    this.lastCursorKey = "";
    this.outline.reset();
    if (this.incomingCursors.length) this.applyIncomingCursors();
    if (this.incomingMarks) this.applyMarks(false);
  }

  private extensions(version: number, clientId: string): Extension {
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      history(),
      // the server sets dialect="zh" for a project written in Chinese: its 内景/外景 headings need no forcing dot
      fountain(this.getAttribute("dialect") === "zh" ? "chinese" : "plain"),
      search({ top: true }),
      highlightSelectionMatches(),
      EditorView.lineWrapping,
      this.readOnlyCompartment.of(this.readOnlyExtension()),
      collab({ startVersion: version, clientID: clientId }),
      remoteCursors(),
      commentMargin((id) => this.openMark(id)),
      Prec.high(
        keymap.of([
          { key: "Ctrl-Alt-m", run: () => this.askComment(), preventDefault: true },
          { key: "Alt-ArrowUp", run: () => this.outline.jump(-1), preventDefault: true },
          { key: "Alt-ArrowDown", run: () => this.outline.jump(1), preventDefault: true },
        ]),
      ),
      keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
      editorTheme,
      EditorView.contentAttributes.of({ "aria-label": "Script", spellcheck: "true", autocapitalize: "off" }),
      EditorView.updateListener.of((u) => this.onUpdate(u)),
    ];
  }

  private readOnlyExtension(): Extension {
    const ro = this.readOnlyFlag || this.sync.recovering;
    // tabindex keeps a read-only script focusable, so selecting, copying and Ctrl-F still work
    return ro
      ? [EditorState.readOnly.of(true), EditorView.editable.of(false), EditorView.contentAttributes.of({ tabindex: "0" })]
      : [EditorState.readOnly.of(false), EditorView.editable.of(true)];
  }

  private applyReadOnly(): void {
    this.view?.dispatch({ effects: this.readOnlyCompartment.reconfigure(this.readOnlyExtension()) });
  }

  private onUpdate(u: ViewUpdate): void {
    let local = false;
    for (const tr of u.transactions) {
      if (tr.docChanged && !tr.annotation(Transaction.remote)) local = true;
    }
    if (local) {
      this.lastLocalEdit = Date.now();
      this.sync.edited();
    }
    if (local || u.selectionSet) this.scheduleCursor();
    this.outline.update(u);
    if (this.marksWaiting && this.incomingMarks && getSyncedVersion(u.state) >= this.incomingMarks.version) {
      // a view cannot be changed while it reports an update: place them right after
      setTimeout(() => {
        if (this.marksWaiting) this.applyMarks(false);
      }, 0);
    }
  }

  // ---- server binding --------------------------------------------------------------------------

  /**
   * A push as a plain request when the server offered one, since Vaadin's client sends calls from a timer, which
   * Chromium runs only after it has drawn the next frame. Any answer but a revision (another node after a failover, a
   * new session, signed out, a network error) sends this push, and every later one, through Vaadin instead, whose own
   * handling of those cases then applies. (A push whose answer was lost may be sent twice: the server leaves out
   * steps it already took from this editor.)
   */
  private pushToServer(version: number, updatesJson: string): Promise<unknown> {
    const direct = this.direct;
    if (!direct) return this.callServer("push", version, updatesJson);
    const viaVaadin = (): Promise<unknown> => {
      if (this.direct === direct) this.direct = null;
      return this.callServer("push", version, updatesJson);
    };
    return fetch(new URL(direct.url, document.baseURI), {
      method: "POST",
      credentials: "same-origin",
      redirect: "error",
      headers: { "Content-Type": "application/json", [direct.header]: direct.token },
      body: JSON.stringify({ editor: direct.editor, version, steps: updatesJson }),
    }).then(async (response) => {
      let answer = "";
      try {
        if (response.ok) answer = (await response.text()).trim();
      } catch {
        // cut off mid-answer: as any other failure
      }
      return /^-?\d+$/.test(answer) ? Number(answer) : viaVaadin();
    }, viaVaadin);
  }

  private callServer(name: ServerMethod, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.serverQueue.push({ name, args, resolve, reject });
      this.flushServerQueue();
    });
  }

  private server(): ServerApi | undefined {
    return (this as unknown as { $server?: ServerApi }).$server;
  }

  /** Vaadin adds $server when it binds the element; calls made before that wait here, in order. */
  private flushServerQueue(): void {
    const server = this.server();
    while (this.serverQueue.length) {
      const call = this.serverQueue[0];
      const fn = server ? (server[call.name] as unknown) : undefined;
      if (typeof fn !== "function") {
        if (this.serverPoll == null && this.isConnectedNow) {
          this.serverPoll = setInterval(() => this.flushServerQueue(), SERVER_POLL);
        }
        return;
      }
      this.serverQueue.shift();
      try {
        Promise.resolve((fn as (...a: unknown[]) => unknown).apply(server, call.args)).then(call.resolve, call.reject);
      } catch (e) {
        call.reject(e);
      }
    }
    if (this.serverPoll != null) {
      clearInterval(this.serverPoll);
      this.serverPoll = null;
    }
  }

  // ---- cursors ---------------------------------------------------------------------------------

  private resetCursors(): void {
    for (const t of [this.cursorTimer, this.futureCursorTimer]) {
      if (t != null) clearTimeout(t);
    }
    this.cursorTimer = this.futureCursorTimer = null;
    this.futureCursors = null;
  }

  private scheduleCursor(): void {
    if (this.cursorTimer != null || !this.view || this.sync.recovering) return;
    const now = Date.now();
    const wait = Math.max(0, this.lastCursorSent + CURSOR_INTERVAL - now, this.lastLocalEdit + CURSOR_TYPING_PAUSE - now);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      // still typing: wait for the pause
      if (Date.now() < this.lastLocalEdit + CURSOR_TYPING_PAUSE) this.scheduleCursor();
      else this.sendCursor();
    }, wait);
  }

  private sendCursor(): void {
    const view = this.view;
    const server = this.server();
    if (!view || !server || typeof server.cursor !== "function" || this.sync.recovering) return;
    const { version, anchor, head } = serverSelection(view.state);
    const key = version + ":" + anchor + ":" + head;
    if (key === this.lastCursorKey) return;
    this.lastCursorKey = key;
    this.lastCursorSent = Date.now();
    try {
      Promise.resolve(server.cursor(version, anchor, head)).catch(() => {
        this.lastCursorKey = "";
      });
    } catch {
      this.lastCursorKey = "";
    }
  }

  private applyIncomingCursors(): void {
    const view = this.view;
    if (!view) return;
    const synced = getSyncedVersion(view.state);
    const ahead = this.incomingCursors.some((c) => c.version != null && c.version > synced);
    if (ahead && !this.sync.recovering) {
      // positions for a version we have not reached yet: place them when we get there
      this.futureCursors = this.incomingCursors;
      if (this.futureCursorTimer != null) clearTimeout(this.futureCursorTimer);
      this.futureCursorTimer = setTimeout(() => {
        this.futureCursorTimer = null;
        this.applyFutureCursors();
      }, FUTURE_CURSOR_WAIT);
      return;
    }
    this.futureCursors = null;
    view.dispatch({ effects: setRemoteCursors.of(placeCursors(view.state, this.incomingCursors, false)) });
  }

  private futureVersion(): number {
    let v = 0;
    for (const c of this.futureCursors ?? []) v = Math.max(v, c.version ?? 0);
    return v;
  }

  private applyFutureCursors(): void {
    const view = this.view;
    const list = this.futureCursors;
    if (!view || !list) return;
    this.futureCursors = null;
    if (this.futureCursorTimer != null) clearTimeout(this.futureCursorTimer);
    this.futureCursorTimer = null;
    view.dispatch({ effects: setRemoteCursors.of(placeCursors(view.state, list, false)) });
  }

  // ---- status ----------------------------------------------------------------------------------

  private renderStatus(): void {
    if (!this.built) return;
    const n = this.pending;
    if (n === 0) this.pendingSince = 0;
    const sync = this.sync;
    let state: string;
    let text: string;
    if (sync.recovering) {
      state = sync.offline ? "offline" : "sending";
      text = sync.offline ? withCount(this.labelTexts.offline, n) : this.labelTexts.recovering;
    } else if (sync.offline) {
      state = "offline";
      text = withCount(this.labelTexts.offline, n);
    } else if (n > 0 && Date.now() - this.pendingSince >= SENDING_GRACE) {
      state = "sending";
      text = withCount(this.labelTexts.sending, n);
    } else if (n > 0) {
      // a healthy round trip takes a few tens of ms: do not flicker "Sending" on every keystroke
      if (this.pendingSince === 0) {
        this.pendingSince = Date.now();
        setTimeout(() => this.renderStatus(), SENDING_GRACE + 10);
      }
      return;
    } else if (sync.tooOld) {
      state = "notice";
      text = this.labelTexts.tooOld;
    } else {
      state = "saved";
      text = this.labelTexts.saved;
    }
    if (this.statusEl.dataset.state !== state) this.statusEl.dataset.state = state;
    if (this.statusEl.textContent !== text) this.statusEl.textContent = text;
  }

  private renderCommentButton(): void {
    const label = this.labelTexts.comment;
    this.commentButton.textContent = label;
    this.commentButton.hidden = !label;
    if (label && this.commentButton.parentNode !== this.mainEl) this.mainEl.append(this.commentButton);
  }

  private ensureDom(): void {
    if (this.built) return;
    this.built = true;
    this.mainEl = document.createElement("div");
    this.mainEl.className = "ffse-main";
    this.editorHost = document.createElement("div");
    this.editorHost.className = "ffse-editor";
    this.statusEl = document.createElement("div");
    this.statusEl.className = "ffse-status";
    this.statusEl.setAttribute("role", "status");
    this.statusEl.setAttribute("aria-live", "polite");
    this.commentButton = document.createElement("button");
    this.commentButton.type = "button";
    this.commentButton.className = "ffse-comment";
    this.commentButton.title = "Ctrl+Alt+M";
    // keep the editor's selection: the button must not take the focus on press
    this.commentButton.addEventListener("mousedown", (e) => e.preventDefault());
    this.commentButton.addEventListener("click", () => this.askComment());
    this.mainEl.append(this.editorHost, this.statusEl);
    this.renderCommentButton();
    this.outline = new Outline(this, () => this.view, this.labelTexts);
    this.renderStatus();
  }
}
