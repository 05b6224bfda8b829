/*
 * <ff-script-editor>: the browser half of real-time script co-editing.
 *
 * A CodeMirror 6 editor for Fountain screenplays with a scene outline, remote cursors and the
 * @codemirror/collab protocol spoken with its server twin (screenplay.ui.ScriptEditor).
 *
 * Server -> element (public methods, called through element.callJsFunction):
 *   start(text, version, clientId, readOnly, storageKey[, keepUnsent=true])
 *                                  (re)create the document; first restores typing this tab had not sent
 *   receive(fromVersion, updatesJson)   accepted updates fromVersion+1, fromVersion+2, ... (answer pull with it,
 *                                  even when empty)
 *   cursors(json)                  the other people's cursors, the whole set: [{id, name, colour, anchor, head,
 *                                  version?}] — with `version` the positions are placed exactly, without it clamped
 *   setReadOnly(readOnly)
 *   labels(json)                   {saved, sending, offline, tooOld, outline, noScenes, recovering}; {n} or {0} = count
 * Element -> server (this.$server, each returns a Promise):
 *   push(version, updatesJson) -> boolean, pull(version), cursor(version, anchor, head),
 *   recover(version) -> {text, version} | null
 * Updates travel as JSON arrays of {"c": clientID, "ch": ChangeSet.toJSON()}.
 */
import {
  ChangeSet,
  Compartment,
  EditorSelection,
  EditorState,
  Prec,
  StateEffect,
  StateField,
  Transaction,
  type Extension,
  type Text,
} from "@codemirror/state";
import {
  Decoration,
  EditorView,
  RectangleMarker,
  ViewPlugin,
  layer,
  type LayerMarker,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
  type ViewUpdate,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { collab, getClientID, getSyncedVersion, receiveUpdates, sendableUpdates, type Update } from "@codemirror/collab";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { HighlightStyle, StreamLanguage, syntaxHighlighting, syntaxTree, type StringStream } from "@codemirror/language";
import { Tag, tags } from "@lezer/highlight";

// ---------------------------------------------------------------------------------------------
// Fountain
// ---------------------------------------------------------------------------------------------

/** INT/EXT/EST/INT./EXT/INT/EXT/I/E followed by "." or space, a forced ".X" (not ".."), or 内景/外景/内外景. */
const SCENE_HEADING = /^[ \t]*(?:(?:INT\.?\/EXT|INT|EXT|EST|I\/E)[. ]|\.(?=[^.\s])|内外景|内景|外景)/i;
const SCENE_NUMBER = /\s*#([^#\s]+)#\s*$/;

/** True when the line (as typed, without its line break) is a scene heading. */
export function isSceneHeading(line: string): boolean {
  return SCENE_HEADING.test(line);
}

const hasUpper = /\p{Lu}/u;
const hasLower = /\p{Ll}/u;

function allCaps(s: string): boolean {
  return hasUpper.test(s) && !hasLower.test(s);
}

function isCharacterCue(trimmed: string): boolean {
  const core = trimmed.replace(/\s*\^$/, "").replace(/\([^)]*\)/g, "").trim();
  return core.length > 0 && allCaps(core) && !core.startsWith("[[") && !core.startsWith("/*");
}

type LineKind =
  | "action"
  | "sceneHeading"
  | "character"
  | "parenthetical"
  | "dialogue"
  | "transition"
  | "centered"
  | "section"
  | "synopsis"
  | "lyrics"
  | "pageBreak";

function classifyLine(line: string, trimmed: string, prevBlank: boolean, inDialogue: boolean): LineKind {
  if (inDialogue) {
    if (trimmed.startsWith("(")) return "parenthetical";
    if (trimmed.startsWith("~")) return "lyrics";
    return "dialogue";
  }
  const first = trimmed.charAt(0);
  if (first === "!") return "action";
  if (first === "@") return "character";
  if (SCENE_HEADING.test(line)) return "sceneHeading";
  if (/^={3,}$/.test(trimmed)) return "pageBreak";
  if (first === "#") return "section";
  if (first === "=") return "synopsis";
  if (first === "~") return "lyrics";
  if (first === ">") return trimmed.endsWith("<") ? "centered" : "transition";
  if (prevBlank && allCaps(trimmed) && trimmed.endsWith("TO:")) return "transition";
  if (prevBlank && isCharacterCue(trimmed)) return "character";
  return "action";
}

interface FountainState {
  boneyard: boolean;
  note: boolean;
  dialogue: boolean;
  prevBlank: boolean;
  kind: LineKind;
}

function beginLine(line: string, st: FountainState): void {
  if (st.boneyard || st.note) {
    st.kind = "action";
    st.prevBlank = false;
    return;
  }
  const trimmed = line.trim();
  if (!trimmed) {
    st.kind = "action";
    st.prevBlank = true;
    st.dialogue = false;
    return;
  }
  const kind = classifyLine(line, trimmed, st.prevBlank, st.dialogue);
  st.kind = kind;
  st.dialogue = kind === "character" || kind === "parenthetical" || kind === "dialogue" || (st.dialogue && kind === "lyrics");
  st.prevBlank = false;
}

function continueSpan(stream: StringStream, st: FountainState, close: string, kind: "boneyard" | "note"): string {
  const end = stream.string.indexOf(close, stream.pos);
  if (end < 0) {
    stream.skipToEnd();
  } else {
    stream.pos = end + close.length;
    if (kind === "boneyard") st.boneyard = false;
    else st.note = false;
  }
  return kind;
}

const BOLD_ITALIC = /^\*\*\*(?=[^\s*])[^*]*?[^\s*]\*\*\*/;
const BOLD = /^\*\*(?=[^\s*])[^*]*?[^\s*]\*\*/;
const ITALIC = /^\*(?=[^\s*])[^*]*?[^\s*]\*/;
const UNDERLINE = /^_(?=[^\s_])[^_]*?[^\s_]_/;
const PLAIN = /^[^\\/[*_]+/;

const fountainTags = {
  action: Tag.define(),
  sceneHeading: Tag.define(tags.heading),
  character: Tag.define(tags.labelName),
  parenthetical: Tag.define(),
  dialogue: Tag.define(),
  transition: Tag.define(tags.keyword),
  centered: Tag.define(),
  section: Tag.define(tags.heading),
  synopsis: Tag.define(tags.comment),
  note: Tag.define(tags.comment),
  boneyard: Tag.define(tags.blockComment),
  lyrics: Tag.define(),
  pageBreak: Tag.define(tags.contentSeparator),
  underline: Tag.define(),
};

const fountainLanguage = StreamLanguage.define<FountainState>({
  name: "fountain",
  startState: () => ({ boneyard: false, note: false, dialogue: false, prevBlank: true, kind: "action" }),
  blankLine(st) {
    st.prevBlank = true;
    st.dialogue = false;
  },
  token(stream, st) {
    if (stream.sol()) beginLine(stream.string, st);
    if (st.boneyard) return continueSpan(stream, st, "*/", "boneyard");
    if (st.note) return continueSpan(stream, st, "]]", "note");
    if (stream.match("/*")) {
      st.boneyard = true;
      return continueSpan(stream, st, "*/", "boneyard");
    }
    if (stream.match("[[")) {
      st.note = true;
      return continueSpan(stream, st, "]]", "note");
    }
    const kind = st.kind;
    if (stream.eat("\\")) {
      stream.next();
      return kind;
    }
    if (stream.match(BOLD_ITALIC)) return kind + " strong emphasis";
    if (stream.match(BOLD)) return kind + " strong";
    if (stream.match(ITALIC)) return kind + " emphasis";
    if (stream.match(UNDERLINE)) return kind + " underline";
    if (!stream.match(PLAIN)) stream.next();
    return kind;
  },
  tokenTable: fountainTags,
  languageData: { commentTokens: { block: { open: "/*", close: "*/" } } },
});

const fountainHighlight = HighlightStyle.define([
  { tag: fountainTags.sceneHeading, fontWeight: "700", color: "#1e3a8a" },
  { tag: fountainTags.character, fontWeight: "600", color: "#6d28d9" },
  { tag: fountainTags.parenthetical, fontStyle: "italic", color: "#6b7280" },
  { tag: fountainTags.dialogue, color: "#111827" },
  { tag: fountainTags.transition, fontWeight: "600", color: "#b45309" },
  { tag: fountainTags.centered, color: "#0f766e" },
  { tag: fountainTags.section, fontWeight: "700", color: "#c2410c" },
  { tag: fountainTags.synopsis, fontStyle: "italic", color: "#15803d" },
  { tag: fountainTags.note, color: "#92400e", backgroundColor: "#fef3c7" },
  { tag: fountainTags.boneyard, color: "#9ca3af", fontStyle: "italic" },
  { tag: fountainTags.lyrics, fontStyle: "italic", color: "#be185d" },
  { tag: fountainTags.pageBreak, color: "#9ca3af", letterSpacing: "0.2em" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: fountainTags.underline, textDecoration: "underline" },
]);

/** Screenplay layout: indents dialogue, parentheticals and cues, right-aligns transitions (visible lines only). */
const LAYOUT_KINDS = new Set(["sceneHeading", "character", "parenthetical", "dialogue", "transition", "centered"]);
const layoutDecorations = new Map<string, Decoration>();
function layoutLine(kind: string): Decoration {
  let d = layoutDecorations.get(kind);
  if (!d) layoutDecorations.set(kind, (d = Decoration.line({ class: "cm-ff-" + kind })));
  return d;
}

function buildLayout(view: EditorView): DecorationSet {
  const tree = syntaxTree(view.state);
  const doc = view.state.doc;
  const ranges = [];
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = doc.lineAt(pos);
      if (line.length > 0) {
        const node = tree.resolveInner(line.from, 1);
        if (node.from === line.from && node.name !== "Document") {
          const kind = node.name.split("_")[0];
          if (LAYOUT_KINDS.has(kind)) ranges.push(layoutLine(kind).range(line.from));
        }
      }
      pos = line.to + 1;
    }
  }
  return Decoration.set(ranges);
}

const screenplayLayout = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = buildLayout(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged || syntaxTree(u.startState) !== syntaxTree(u.state)) {
        this.decorations = buildLayout(u.view);
      }
    }
  },
  { decorations: (p) => p.decorations },
);

interface Scene {
  from: number;
  label: string;
  number: string;
}

/** The scene headings of a document, outside boneyard. One pass over the lines (≈1 ms per 100 KB). */
function findScenes(doc: Text): Scene[] {
  const scenes: Scene[] = [];
  let pos = 0;
  let boneyard = false;
  for (const iter = doc.iterLines(); !iter.next().done; ) {
    const line = iter.value;
    if (boneyard) {
      const close = line.lastIndexOf("*/");
      if (close >= 0 && line.indexOf("/*", close) < 0) boneyard = false;
    } else {
      if (SCENE_HEADING.test(line)) {
        let label = line.trim();
        if (label.startsWith(".")) label = label.slice(1);
        const m = SCENE_NUMBER.exec(label);
        let number = "";
        if (m) {
          number = m[1];
          label = label.slice(0, m.index);
        }
        scenes.push({ from: pos, label, number: number || String(scenes.length + 1) });
      }
      if (line.indexOf("/*") >= 0 && line.lastIndexOf("/*") > line.lastIndexOf("*/")) boneyard = true;
    }
    pos += line.length + 1;
  }
  return scenes;
}

function sceneIndexAt(scenes: readonly Scene[], pos: number): number {
  let lo = 0;
  let hi = scenes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (scenes[mid].from <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Remote cursors
// ---------------------------------------------------------------------------------------------

export interface RemoteCursor {
  id: string;
  name: string;
  colour: string;
  anchor: number;
  head: number;
}

const setRemoteCursors = StateEffect.define<RemoteCursor[]>();

const remoteCursorField = StateField.define<RemoteCursor[]>({
  create: () => [],
  update(value, tr) {
    let next = value;
    if (tr.docChanged && next.length) {
      // Text typed by others most likely came from the person whose caret sits there: keep it after their text.
      const assoc = tr.annotation(Transaction.remote) ? 1 : -1;
      next = next.map((c) => ({ ...c, anchor: tr.changes.mapPos(c.anchor, assoc), head: tr.changes.mapPos(c.head, assoc) }));
    }
    for (const e of tr.effects) if (e.is(setRemoteCursors)) next = e.value;
    return next;
  },
});

/*
 * Remote carets and selections are drawn in a layer over the text, like CodeMirror's own cursor, never as nodes
 * inside the editable content: an inline widget at the spot where the local person types makes the browser put
 * typed characters on the wrong side of it (seen with two people typing at the same line end).
 */
const remoteColourClasses = new Map<string, string>();
function colourClass(colour: string): string {
  let name = remoteColourClasses.get(colour);
  if (!name) {
    name = "cm-ff-rc-" + remoteColourClasses.size;
    remoteColourClasses.set(colour, name);
    const style = document.createElement("style");
    style.textContent =
      `.cm-ff-remote-caret.${name} { border-left-color: ${colour}; }` +
      ` .cm-ff-remote-label.${name} { background-color: ${colour}; }` +
      ` .cm-ff-remote-selection.${name} { background-color: color-mix(in srgb, ${colour} 24%, transparent); }`;
    document.head.appendChild(style);
  }
  return name;
}

class RemoteLabel implements LayerMarker {
  constructor(
    readonly left: number,
    readonly top: number,
    readonly height: number,
    readonly name: string,
    readonly colourName: string,
    readonly below: boolean,
  ) {}
  draw(): HTMLElement {
    const label = document.createElement("div");
    label.setAttribute("aria-hidden", "true");
    this.adjust(label);
    return label;
  }
  update(dom: HTMLElement, previous: LayerMarker): boolean {
    if (!(previous instanceof RemoteLabel)) return false;
    this.adjust(dom);
    return true;
  }
  eq(other: LayerMarker): boolean {
    return other instanceof RemoteLabel && other.left === this.left && other.top === this.top &&
      other.name === this.name && other.colourName === this.colourName && other.below === this.below;
  }
  private adjust(label: HTMLElement): void {
    label.className = "cm-ff-remote-label " + this.colourName + (this.below ? " cm-ff-remote-label-below" : "");
    label.textContent = this.name;
    label.style.left = this.left + "px";
    label.style.top = (this.below ? this.top + this.height + 1 : this.top) + "px";
  }
}

function remoteMarkers(view: EditorView, selections: boolean): LayerMarker[] {
  const cursors = view.state.field(remoteCursorField, false) ?? [];
  const markers: LayerMarker[] = [];
  const length = view.state.doc.length;
  for (const c of cursors) {
    const colourName = colourClass(c.colour);
    const anchor = Math.min(c.anchor, length);
    const head = Math.min(c.head, length);
    if (selections) {
      if (anchor !== head) {
        markers.push(...RectangleMarker.forRange(view, "cm-ff-remote-selection " + colourName,
          EditorSelection.range(anchor, head)));
      }
      continue;
    }
    const carets = RectangleMarker.forRange(view, "cm-ff-remote-caret " + colourName, EditorSelection.cursor(head));
    markers.push(...carets);
    const first = carets[0];
    if (first && first.top != null && first.left != null) {
      const below = view.state.doc.lineAt(head).number === 1;
      markers.push(new RemoteLabel(first.left, first.top, first.height ?? 0, c.name, colourName, below));
    }
  }
  return markers;
}

function remoteChanged(update: ViewUpdate): boolean {
  return update.docChanged || update.viewportChanged || update.geometryChanged ||
    update.startState.field(remoteCursorField, false) !== update.state.field(remoteCursorField, false);
}

const remoteSelectionLayer = layer({
  above: false,
  class: "cm-ff-remote-selections",
  update: remoteChanged,
  markers: (view) => remoteMarkers(view, true),
});

const remoteCaretLayer = layer({
  above: true,
  class: "cm-ff-remote-carets",
  update: remoteChanged,
  markers: (view) => remoteMarkers(view, false),
});

/** The server sends JSON as a string (or, from tests, as an object); anything unreadable is ignored. */
function parsed(json: unknown): unknown {
  if (typeof json !== "string") return json;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|oklch|oklab)\([0-9a-z\s.,%/+-]*\)|[a-z]{3,20})$/i;
function safeColour(c: unknown): string {
  return typeof c === "string" && SAFE_COLOUR.test(c.trim()) ? c.trim() : "#6366f1";
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return "?";
  const first = Array.from(parts[0])[0];
  if (parts.length === 1) return first.toUpperCase();
  return (first + Array.from(parts[parts.length - 1])[0]).toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Look
// ---------------------------------------------------------------------------------------------

const SCRIPT_FONT =
  '"Courier Prime", "Courier Final Draft", "Courier New", Courier, "Noto Sans Mono", "Noto Sans Mono CJK SC", "PingFang SC", "Microsoft YaHei", "Droid Sans Fallback", monospace';

const editorTheme = EditorView.theme({
  "&": { height: "100%", fontSize: "15px", backgroundColor: "#ffffff", color: "#111827" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: SCRIPT_FONT, lineHeight: "1.6" },
  ".cm-content": { padding: "16px 0 40px", maxWidth: "76ch", caretColor: "#111827" },
  ".cm-line": { padding: "0 24px 0 16px" },
  ".cm-gutters": { backgroundColor: "#fafafa", color: "#a1a1aa", borderRight: "1px solid #f0f0f0", fontSize: "12px" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px" },
  ".cm-activeLine": { backgroundColor: "rgba(37, 99, 235, 0.045)" },
  ".cm-activeLineGutter": { backgroundColor: "rgba(37, 99, 235, 0.08)", color: "#374151" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "#cfe0fc" },
  ".cm-selectionMatch": { backgroundColor: "rgba(250, 204, 21, 0.28)" },
  ".cm-searchMatch": { backgroundColor: "rgba(250, 204, 21, 0.45)", outline: "1px solid rgba(202, 138, 4, 0.5)" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "rgba(249, 115, 22, 0.45)" },
  ".cm-panels": { backgroundColor: "#f8fafc", color: "#111827", fontFamily: "inherit" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid #e5e7eb" },
  ".cm-ff-sceneHeading": { paddingTop: "0.35em" },
  ".cm-ff-character": { paddingLeft: "min(20ch, 30%)" },
  ".cm-ff-parenthetical": { paddingLeft: "min(15ch, 22%)" },
  ".cm-ff-dialogue": { paddingLeft: "min(10ch, 14%)", paddingRight: "min(10ch, 14%)" },
  ".cm-ff-transition": { textAlign: "right" },
  ".cm-ff-centered": { textAlign: "center" },
  ".cm-ff-remote-caret": {
    position: "absolute",
    borderLeft: "2px solid",
    marginLeft: "-1px",
    pointerEvents: "none",
  },
  ".cm-ff-remote-selection": { position: "absolute", pointerEvents: "none" },
  ".cm-ff-remote-label": {
    position: "absolute",
    transform: "translateY(-100%)",
    marginTop: "-1px",
    marginLeft: "-1px",
    padding: "1px 5px",
    borderRadius: "3px 3px 3px 0",
    color: "#ffffff",
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    fontSize: "10.5px",
    fontWeight: "600",
    fontStyle: "normal",
    lineHeight: "1.35",
    whiteSpace: "nowrap",
    maxWidth: "16ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
    zIndex: "3",
    userSelect: "none",
    pointerEvents: "none",
    boxShadow: "0 1px 2px rgba(0,0,0,0.18)",
  },
  ".cm-ff-remote-label-below": { transform: "none", marginTop: "0", borderRadius: "0 3px 3px 3px" },
});

const HOST_CSS = `
ff-script-editor {
  --ff-se-border: var(--lumo-contrast-10pct, #e5e7eb);
  --ff-se-muted: var(--lumo-secondary-text-color, #6b7280);
  --ff-se-accent: var(--lumo-primary-color, #2563eb);
  --ff-se-accent-bg: var(--lumo-primary-color-10pct, rgba(37, 99, 235, 0.1));
  --ff-se-panel: #f8fafc;
  display: flex;
  position: relative;
  box-sizing: border-box;
  height: 100%;
  min-height: 240px;
  border: 1px solid var(--ff-se-border);
  border-radius: 8px;
  overflow: hidden;
  background: #ffffff;
  font-family: var(--lumo-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
}
ff-script-editor .ffse-main { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
ff-script-editor .ffse-editor { flex: 1 1 auto; min-height: 0; }
ff-script-editor .ffse-editor > .cm-editor { height: 100%; }
ff-script-editor .ffse-status {
  flex: none; display: flex; align-items: center; gap: 6px;
  padding: 3px 12px; min-height: 22px; box-sizing: border-box;
  border-top: 1px solid var(--ff-se-border); background: #fcfcfd;
  color: var(--ff-se-muted); font-size: 12px; line-height: 16px;
}
ff-script-editor .ffse-status::before {
  content: ""; width: 7px; height: 7px; border-radius: 50%; background: #22c55e; flex: none;
}
ff-script-editor .ffse-status[data-state="sending"]::before { background: #f59e0b; }
ff-script-editor .ffse-status[data-state="offline"]::before,
ff-script-editor .ffse-status[data-state="notice"]::before { background: #ef4444; }
ff-script-editor .ffse-status[data-state="offline"],
ff-script-editor .ffse-status[data-state="notice"] { color: #b91c1c; }
ff-script-editor .ffse-outline {
  flex: 0 0 232px; display: flex; flex-direction: column; min-height: 0;
  border-left: 1px solid var(--ff-se-border); background: var(--ff-se-panel);
}
ff-script-editor .ffse-outline-head {
  flex: none; display: flex; align-items: center; gap: 6px; padding: 8px 8px 6px 12px;
  font-size: 11px; font-weight: 600; letter-spacing: 0.07em; text-transform: uppercase; color: var(--ff-se-muted);
}
ff-script-editor .ffse-outline-title { flex: 1 1 auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ff-script-editor .ffse-outline-count { font-variant-numeric: tabular-nums; font-weight: 500; }
ff-script-editor .ffse-toggle {
  flex: none; width: 24px; height: 24px; padding: 0; border: 0; border-radius: 4px; background: transparent;
  color: var(--ff-se-muted); font: inherit; font-size: 16px; line-height: 24px; cursor: pointer;
}
ff-script-editor .ffse-toggle:hover { background: rgba(0, 0, 0, 0.06); }
ff-script-editor .ffse-toggle:focus-visible, ff-script-editor .ffse-scene:focus-visible {
  outline: 2px solid var(--ff-se-accent); outline-offset: -2px;
}
ff-script-editor .ffse-list { flex: 1 1 auto; min-height: 0; overflow-y: auto; padding: 0 6px 8px; }
ff-script-editor .ffse-empty { padding: 8px 6px; font-size: 12px; color: var(--ff-se-muted); font-style: italic; }
ff-script-editor .ffse-scene {
  display: grid; grid-template-columns: 2.4em 1fr; align-items: baseline; column-gap: 2px;
  width: 100%; box-sizing: border-box; margin: 1px 0; padding: 5px 6px; border: 0; border-radius: 6px;
  background: transparent; color: #374151; font: inherit; font-size: 12px; line-height: 1.35;
  text-align: left; cursor: pointer;
}
ff-script-editor .ffse-scene:hover { background: rgba(15, 23, 42, 0.05); }
ff-script-editor .ffse-scene[aria-current="true"] { background: var(--ff-se-accent-bg); color: var(--ff-se-accent); font-weight: 600; }
ff-script-editor .ffse-num { color: #9ca3af; font-variant-numeric: tabular-nums; font-size: 11px; }
ff-script-editor .ffse-scene[aria-current="true"] .ffse-num { color: inherit; }
ff-script-editor .ffse-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ff-script-editor .ffse-people { grid-column: 2; display: flex; flex-wrap: wrap; gap: 3px; }
ff-script-editor .ffse-people:not(:empty) { margin-top: 4px; }
ff-script-editor .ffse-dot {
  display: inline-flex; align-items: center; justify-content: center; width: 18px; height: 18px; border-radius: 50%;
  color: #ffffff; font-size: 9px; font-weight: 700; letter-spacing: 0; box-shadow: 0 0 0 1.5px #ffffff;
}
ff-script-editor.ffse-collapsed .ffse-outline { flex-basis: 36px; }
ff-script-editor.ffse-collapsed .ffse-outline-title,
ff-script-editor.ffse-collapsed .ffse-outline-count,
ff-script-editor.ffse-collapsed .ffse-list { display: none; }
ff-script-editor.ffse-collapsed .ffse-outline-head { padding: 8px 6px; }
ff-script-editor.ffse-narrow:not(.ffse-collapsed) .ffse-outline {
  position: absolute; top: 0; right: 0; bottom: 0; width: min(260px, 80%); z-index: 5;
  box-shadow: -8px 0 24px rgba(15, 23, 42, 0.12);
}
ff-script-editor.ffse-narrow .ffse-main { margin-right: 36px; }
ff-script-editor.ffse-narrow.ffse-collapsed .ffse-main { margin-right: 0; }
`;

function installHostCss(): void {
  if (document.getElementById("ff-script-editor-style")) return;
  const style = document.createElement("style");
  style.id = "ff-script-editor-style";
  style.textContent = HOST_CSS;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// The element
// ---------------------------------------------------------------------------------------------

interface ServerApi {
  push(version: number, updatesJson: string): Promise<unknown>;
  pull(version: number): Promise<unknown>;
  cursor(version: number, anchor: number, head: number): Promise<unknown>;
  recover(version: number): Promise<unknown>;
}
type ServerMethod = keyof ServerApi;

interface QueuedCall {
  name: ServerMethod;
  args: unknown[];
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface SavedSession {
  clientId: string;
  version: number;
  pending: unknown[];
}

interface IncomingCursor extends RemoteCursor {
  version?: number;
}

export interface ScriptEditorLabels {
  saved: string;
  sending: string;
  offline: string;
  tooOld: string;
  outline: string;
  noScenes: string;
  recovering: string;
}

const DEFAULT_LABELS: ScriptEditorLabels = {
  saved: "Saved",
  sending: "Sending {n} changes…",
  offline: "Offline — {n} changes kept in this tab",
  tooOld: "Your unsent changes were too old to restore; the script was reloaded.",
  outline: "Scenes",
  noScenes: "No scene headings yet. Start a line with INT. or EXT.",
  recovering: "Restoring unsent changes…",
};

const PUSH_DELAY = 25;
const CURSOR_INTERVAL = 100;
const OUTLINE_DELAY = 150;
const STALL_TIMEOUT = 2000;
const PULL_TIMEOUT = 3000;
const CALL_TIMEOUT = 10000;
const SENDING_GRACE = 400;
const RECOVERY_COOLDOWN = 30000;

/** Counts go where the label says {n} (or {0}, as Vaadin translations are often written). */
function withCount(label: string, n: number | string): string {
  return label.replace(/\{n\}|\{0\}/g, String(n));
}

/** A server call that never answers (a node that died mid-request) counts as a failed one. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export class FfScriptEditor extends HTMLElement {
  private view: EditorView | null = null;
  private readonly readOnlyCompartment = new Compartment();
  private readOnlyFlag = false;
  private storageKey = "";
  private generation = 0;
  private labelTexts: ScriptEditorLabels = { ...DEFAULT_LABELS };
  private isConnectedNow = false;

  // DOM
  private built = false;
  private mainEl!: HTMLDivElement;
  private editorHost!: HTMLDivElement;
  private statusEl!: HTMLDivElement;
  private outlineEl!: HTMLElement;
  private outlineTitleEl!: HTMLSpanElement;
  private outlineCountEl!: HTMLSpanElement;
  private toggleEl!: HTMLButtonElement;
  private listEl!: HTMLDivElement;
  private resizeObserver: ResizeObserver | null = null;
  private collapsedPref: boolean | null = null;
  private narrow = false;

  // sync
  private recovering = false;
  private recoveringCount = 0;
  private lastRecoveryAt = -Infinity;
  private pushTimer: ReturnType<typeof setTimeout> | null = null;
  private pushInFlight = false;
  private awaitConfirm: number | null = null; // synced version that confirms our accepted push
  private awaitResync: number | null = null; // push rejected at this version: wait for newer updates
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private pullInFlight = false;
  private pullTimer: ReturnType<typeof setTimeout> | null = null;
  private offline = false;
  private backoff = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private notice: string | null = null;
  private pendingSince = 0;
  private serverQueue: QueuedCall[] = [];
  private serverPoll: ReturnType<typeof setInterval> | null = null;

  private deferred: [number, string][] = [];
  private compositionTimer: ReturnType<typeof setInterval> | null = null;

  // cursors
  private cursorTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCursorSent = 0;
  private lastCursorKey = "";
  private incomingCursors: IncomingCursor[] = [];
  private futureCursors: IncomingCursor[] | null = null;
  private futureCursorTimer: ReturnType<typeof setTimeout> | null = null;

  // outline
  private scenes: Scene[] = [];
  private scenesFresh = false;
  private rows: HTMLButtonElement[] = [];
  private outlineTimer: ReturnType<typeof setTimeout> | null = null;
  private activeScene = -2;
  private peopleKey = "";
  private emptyEl: HTMLDivElement | null = null;

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
      this.append(this.mainEl, this.outlineEl);
    }
    this.isConnectedNow = true;
    if (!this.resizeObserver && typeof ResizeObserver !== "undefined") {
      this.resizeObserver = new ResizeObserver((entries) => {
        for (const e of entries) this.onResize(e.contentRect.width);
      });
    }
    this.resizeObserver?.observe(this);
    this.adoptRoot();
    this.view?.requestMeasure();
    this.flushServerQueue();
    this.maybePush();
    this.renderStatus();
  }

  disconnectedCallback(): void {
    this.isConnectedNow = false;
    this.resizeObserver?.disconnect();
    this.save();
    if (this.pushTimer != null) {
      clearTimeout(this.pushTimer);
      this.pushTimer = null;
    }
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
    this.generation++;
    this.resetSync();
    this.readOnlyFlag = !!readOnly;
    this.storageKey = storageKey || "";
    this.notice = null;
    const saved = this.loadSaved();
    const unsent = !!saved && saved.pending.length > 0 && !this.readOnlyFlag;
    const again = Date.now() - this.lastRecoveryAt < RECOVERY_COOLDOWN;
    if (unsent && keepUnsent !== false && again) this.notice = this.labelTexts.tooOld;
    if (saved && unsent && keepUnsent !== false && !again) {
      this.lastRecoveryAt = Date.now();
      this.recovering = true;
      this.recoveringCount = saved.pending.length;
      this.installState(String(text ?? ""), Number(version) || 0, String(clientId));
      this.renderStatus();
      this.recover(saved, this.generation, String(text ?? ""), Number(version) || 0, String(clientId));
    } else {
      if (saved) this.removeSaved();
      this.installState(String(text ?? ""), Number(version) || 0, String(clientId));
      this.renderStatus();
    }
  }

  receive(fromVersion: number, updatesJson: string): void {
    const view = this.view;
    if (!view || this.recovering) return;
    if (view.composing || this.deferred.length) {
      // changing the text under an open IME composition (pinyin, kana…) breaks it: apply when it ends
      this.deferred.push([fromVersion, updatesJson]);
      this.watchComposition();
      return;
    }
    let raw: unknown;
    try {
      raw = typeof updatesJson === "string" ? JSON.parse(updatesJson) : updatesJson;
    } catch (e) {
      console.error("ff-script-editor: bad updates", e);
      return;
    }
    if (!Array.isArray(raw)) return;
    const synced = getSyncedVersion(view.state);
    if (fromVersion > synced) {
      this.requestPull(synced); // we missed some; at most one pull in flight
      return;
    }
    this.endPull();
    const fresh = raw.slice(synced - fromVersion) as { c: string; ch: unknown }[];
    if (fresh.length) {
      const before = sendableUpdates(view.state).length;
      const trs: Transaction[] = [];
      let state = view.state;
      try {
        for (const u of fresh) {
          // one update at a time: collab recognises only a leading run of our own updates
          const update: Update = { clientID: String(u.c), changes: ChangeSet.fromJSON(u.ch) };
          const tr = receiveUpdates(state, [update]);
          trs.push(tr);
          state = tr.state;
          if (this.futureCursors && this.futureVersion() === getSyncedVersion(state)) {
            // cursors that were sent for exactly this version: place them now, later steps map them
            const placed = this.placeCursors(state, this.futureCursors, true);
            this.futureCursors = null;
            const tr2 = state.update({ effects: setRemoteCursors.of(placed) });
            trs.push(tr2);
            state = tr2.state;
          }
        }
      } catch (e) {
        console.error("ff-script-editor: cannot apply update", e);
      }
      if (trs.length) view.dispatch(trs);
      if (sendableUpdates(view.state).length < before) this.scheduleCursor();
    }
    if (this.futureCursors && this.futureVersion() <= getSyncedVersion(view.state)) this.applyFutureCursors();
    this.save();
    this.maybePush();
    this.renderStatus();
  }

  cursors(json: string): void {
    const raw = parsed(json);
    if (!Array.isArray(raw)) return;
    this.incomingCursors = raw
      .filter((c): c is Record<string, unknown> => !!c && typeof c === "object")
      .map((c) => ({
        id: String(c.id ?? ""),
        name: String(c.name ?? ""),
        colour: safeColour(c.colour ?? c.color),
        anchor: Number(c.anchor) || 0,
        head: Number(c.head ?? c.anchor) || 0,
        version: typeof c.version === "number" ? c.version : undefined,
      }));
    this.applyIncomingCursors();
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
    if (this.built) {
      this.outlineTitleEl.textContent = next.outline;
      this.toggleEl.title = next.outline;
      this.listEl.setAttribute("aria-label", next.outline);
      if (this.emptyEl) this.emptyEl.textContent = next.noScenes;
    }
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
    if (this.recovering) return this.recoveringCount;
    return this.view ? sendableUpdates(this.view.state).length : 0;
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
    this.scenesFresh = false;
    this.activeScene = -2;
    this.peopleKey = "";
    this.lastCursorKey = "";
    this.rebuildOutline();
    if (this.incomingCursors.length) this.applyIncomingCursors();
  }

  private extensions(version: number, clientId: string): Extension {
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      history(),
      fountainLanguage,
      syntaxHighlighting(fountainHighlight),
      screenplayLayout,
      search({ top: true }),
      highlightSelectionMatches(),
      EditorView.lineWrapping,
      this.readOnlyCompartment.of(this.readOnlyExtension()),
      collab({ startVersion: version, clientID: clientId }),
      remoteCursorField,
      remoteSelectionLayer,
      remoteCaretLayer,
      Prec.high(
        keymap.of([
          { key: "Alt-ArrowUp", run: () => this.jumpScene(-1), preventDefault: true },
          { key: "Alt-ArrowDown", run: () => this.jumpScene(1), preventDefault: true },
        ]),
      ),
      keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
      editorTheme,
      EditorView.contentAttributes.of({ "aria-label": "Script", spellcheck: "true", autocapitalize: "off" }),
      EditorView.updateListener.of((u) => this.onUpdate(u)),
    ];
  }

  private readOnlyExtension(): Extension {
    const ro = this.readOnlyFlag || this.recovering;
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
    if (u.docChanged) {
      for (const s of this.scenes) s.from = u.changes.mapPos(s.from, 1);
      this.scenesFresh = false;
      this.scheduleOutline();
    }
    if (local) {
      this.notice = null;
      this.save();
      this.schedulePush();
      this.renderStatus();
    }
    if (local || u.selectionSet) this.scheduleCursor();
    if (u.docChanged || u.selectionSet) this.updateActiveScene();
    if (u.startState.field(remoteCursorField, false) !== u.state.field(remoteCursorField, false)) this.updatePeople();
  }

  // ---- recovery --------------------------------------------------------------------------------

  private recover(saved: SavedSession, gen: number, text: string, version: number, clientId: string): void {
    withTimeout(this.callServer("recover", saved.version), CALL_TIMEOUT).then(
      (result) => {
        if (gen !== this.generation) return;
        this.backoff = 0;
        this.offline = false;
        let r: unknown = result;
        if (typeof r === "string") {
          try {
            r = JSON.parse(r);
          } catch {
            r = null;
          }
        }
        const old = r && typeof r === "object" ? (r as { text?: unknown; version?: unknown }) : null;
        this.recovering = false;
        if (!old || typeof old.text !== "string") {
          this.startOver(text, version, clientId);
          return;
        }
        const oldVersion = typeof old.version === "number" ? old.version : saved.version;
        this.installState(old.text, oldVersion, saved.clientId);
        const view = this.view!;
        try {
          for (const json of saved.pending) {
            view.dispatch({
              changes: ChangeSet.fromJSON(json),
              annotations: [Transaction.addToHistory.of(false), Transaction.userEvent.of("input.recover")],
            });
          }
        } catch (e) {
          console.error("ff-script-editor: saved changes do not fit the recovered text", e);
          this.startOver(text, version, clientId);
          return;
        }
        this.save();
        this.requestPull(oldVersion);
        this.renderStatus();
      },
      () => {
        if (gen !== this.generation) return;
        this.goOffline(() => this.recover(saved, gen, text, version, clientId));
      },
    );
  }

  /** The unsent changes cannot be restored: start from the server's text and say so. */
  private startOver(text: string, version: number, clientId: string): void {
    this.removeSaved();
    this.installState(text, version, clientId);
    this.notice = this.labelTexts.tooOld;
    this.renderStatus();
    this.requestPull(version); // updates that came while we waited were ignored
  }

  private watchComposition(): void {
    if (this.compositionTimer != null) return;
    this.compositionTimer = setInterval(() => {
      if (this.view?.composing) return;
      if (this.compositionTimer != null) clearInterval(this.compositionTimer);
      this.compositionTimer = null;
      const queued = this.deferred;
      this.deferred = [];
      for (const [from, json] of queued) this.receive(from, json);
    }, 50);
  }

  // ---- push / pull -----------------------------------------------------------------------------

  private resetSync(): void {
    for (const t of [this.pushTimer, this.stallTimer, this.pullTimer, this.retryTimer, this.cursorTimer, this.futureCursorTimer]) {
      if (t != null) clearTimeout(t);
    }
    this.pushTimer = this.stallTimer = this.pullTimer = this.retryTimer = this.cursorTimer = this.futureCursorTimer = null;
    this.pushInFlight = false;
    this.pullInFlight = false;
    this.awaitConfirm = null;
    this.awaitResync = null;
    this.offline = false;
    this.backoff = 0;
    this.recovering = false;
    this.futureCursors = null;
    this.deferred = [];
    if (this.compositionTimer != null) clearInterval(this.compositionTimer);
    this.compositionTimer = null;
  }

  private maybePush(): void {
    if (this.view && sendableUpdates(this.view.state).length) this.schedulePush();
  }

  private schedulePush(delay = PUSH_DELAY): void {
    if (this.pushTimer != null || this.retryTimer != null || !this.isConnectedNow) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = null;
      this.pushNow();
    }, delay);
  }

  private pushNow(): void {
    const view = this.view;
    if (!view || this.recovering || this.pushInFlight || this.pullInFlight || !this.isConnectedNow) return;
    const synced = getSyncedVersion(view.state);
    if (this.awaitConfirm != null && synced < this.awaitConfirm) return;
    if (this.awaitResync != null && synced <= this.awaitResync) return;
    this.awaitConfirm = null;
    this.awaitResync = null;
    this.clearStall();
    const updates = sendableUpdates(view.state);
    if (!updates.length) {
      this.renderStatus();
      return;
    }
    const payload = JSON.stringify(updates.map((u) => ({ c: u.clientID, ch: u.changes.toJSON() })));
    const count = updates.length;
    const gen = this.generation;
    this.pushInFlight = true;
    this.renderStatus();
    withTimeout(this.callServer("push", synced, payload), CALL_TIMEOUT).then(
      (accepted) => {
        if (gen !== this.generation) return;
        this.pushInFlight = false;
        this.offline = false;
        this.backoff = 0;
        if (accepted === true || accepted === "true") this.awaitConfirm = synced + count;
        else this.awaitResync = synced; // the server sends what we missed through receive()
        this.startStall();
        this.pushNow(); // the answer may already be here
        this.renderStatus();
      },
      () => {
        if (gen !== this.generation) return;
        this.pushInFlight = false;
        this.goOffline(() => this.pushNow());
      },
    );
  }

  /** If the confirmation (or the updates we missed) never arrive, ask for them. */
  private startStall(): void {
    this.clearStall();
    const gen = this.generation;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = null;
      if (gen !== this.generation || !this.view) return;
      if (this.awaitConfirm == null && this.awaitResync == null) return;
      this.awaitConfirm = null;
      this.awaitResync = null;
      this.requestPull(getSyncedVersion(this.view.state));
    }, STALL_TIMEOUT);
  }

  private clearStall(): void {
    if (this.stallTimer != null) clearTimeout(this.stallTimer);
    this.stallTimer = null;
  }

  private requestPull(version: number): void {
    if (this.pullInFlight) return;
    this.pullInFlight = true;
    const gen = this.generation;
    if (this.pullTimer != null) clearTimeout(this.pullTimer);
    this.pullTimer = setTimeout(() => {
      this.pullTimer = null;
      if (gen !== this.generation) return;
      this.pullInFlight = false;
      this.maybePush();
    }, PULL_TIMEOUT);
    this.callServer("pull", version).then(
      () => {
        if (gen !== this.generation || !this.pullInFlight) return;
        // the answer comes through receive(); allow another pull soon in case it was empty and not sent
        if (this.pullTimer != null) clearTimeout(this.pullTimer);
        this.pullTimer = setTimeout(() => {
          this.pullTimer = null;
          if (gen !== this.generation) return;
          this.pullInFlight = false;
          this.maybePush();
        }, 500);
      },
      () => {
        if (gen !== this.generation) return;
        this.endPull();
        this.goOffline(() => {
          if (this.view) this.requestPull(getSyncedVersion(this.view.state));
        });
      },
    );
  }

  private endPull(): void {
    this.pullInFlight = false;
    if (this.pullTimer != null) clearTimeout(this.pullTimer);
    this.pullTimer = null;
  }

  private goOffline(retry: () => void): void {
    this.offline = true;
    this.backoff = this.backoff ? Math.min(2000, this.backoff * 2) : 250;
    this.renderStatus();
    if (this.retryTimer != null) clearTimeout(this.retryTimer);
    const gen = this.generation;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (gen === this.generation) retry();
    }, this.backoff);
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
          this.serverPoll = setInterval(() => this.flushServerQueue(), 50);
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

  // ---- session storage -------------------------------------------------------------------------

  private loadSaved(): SavedSession | null {
    if (!this.storageKey) return null;
    try {
      const raw = sessionStorage.getItem(this.storageKey);
      if (!raw) return null;
      const s = JSON.parse(raw) as Partial<SavedSession>;
      if (typeof s.clientId !== "string" || typeof s.version !== "number" || !Array.isArray(s.pending)) return null;
      return { clientId: s.clientId, version: s.version, pending: s.pending };
    } catch {
      return null;
    }
  }

  private save(): void {
    const view = this.view;
    if (!view || !this.storageKey || this.recovering) return;
    const pending = sendableUpdates(view.state);
    try {
      if (!pending.length) {
        sessionStorage.removeItem(this.storageKey);
      } else {
        const saved: SavedSession = {
          clientId: getClientID(view.state),
          version: getSyncedVersion(view.state),
          pending: pending.map((u) => u.changes.toJSON()),
        };
        sessionStorage.setItem(this.storageKey, JSON.stringify(saved));
      }
    } catch {
      // storage full or disabled: the changes still live in this page
    }
  }

  private removeSaved(): void {
    if (!this.storageKey) return;
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // ignore
    }
  }

  // ---- cursors ---------------------------------------------------------------------------------

  private scheduleCursor(): void {
    if (this.cursorTimer != null || !this.view || this.recovering) return;
    const wait = Math.max(0, this.lastCursorSent + CURSOR_INTERVAL - Date.now());
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      this.sendCursor();
    }, wait);
  }

  private sendCursor(): void {
    const view = this.view;
    const server = this.server();
    if (!view || !server || typeof server.cursor !== "function" || this.recovering) return;
    const state = view.state;
    const version = getSyncedVersion(state);
    let { anchor, head } = state.selection.main;
    // The server knows the document at `version`; our pending changes are not in it yet.
    const pending = sendableUpdates(state);
    for (let i = pending.length - 1; i >= 0; i--) {
      const back = pending[i].changes.invertedDesc;
      anchor = back.mapPos(anchor, -1);
      head = back.mapPos(head, -1);
    }
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
    if (ahead && !this.recovering) {
      // positions for a version we have not reached yet: place them when we get there
      this.futureCursors = this.incomingCursors;
      if (this.futureCursorTimer != null) clearTimeout(this.futureCursorTimer);
      this.futureCursorTimer = setTimeout(() => {
        this.futureCursorTimer = null;
        this.applyFutureCursors();
      }, 1000);
      return;
    }
    this.futureCursors = null;
    view.dispatch({ effects: setRemoteCursors.of(this.placeCursors(view.state, this.incomingCursors, false)) });
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
    view.dispatch({ effects: setRemoteCursors.of(this.placeCursors(view.state, list, false)) });
  }

  /** Server positions are in the synced document; move them over our pending changes, or clamp. */
  private placeCursors(state: EditorState, list: readonly IncomingCursor[], exact: boolean): RemoteCursor[] {
    const synced = getSyncedVersion(state);
    const pending = sendableUpdates(state);
    const len = state.doc.length;
    return list.map((c) => {
      let anchor = c.anchor;
      let head = c.head;
      if (exact || c.version === synced) {
        for (const u of pending) {
          if (anchor > u.changes.length || head > u.changes.length) break;
          anchor = u.changes.mapPos(anchor, -1);
          head = u.changes.mapPos(head, -1);
        }
      }
      return {
        id: c.id,
        name: c.name,
        colour: c.colour,
        anchor: Math.max(0, Math.min(len, anchor)),
        head: Math.max(0, Math.min(len, head)),
      };
    });
  }

  // ---- status ----------------------------------------------------------------------------------

  private renderStatus(): void {
    if (!this.built) return;
    const n = this.pending;
    if (n === 0) this.pendingSince = 0;
    let state: string;
    let text: string;
    if (this.recovering) {
      state = this.offline ? "offline" : "sending";
      text = this.offline ? withCount(this.labelTexts.offline, n) : this.labelTexts.recovering;
    } else if (this.offline) {
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
    } else if (this.notice) {
      state = "notice";
      text = this.notice;
    } else {
      state = "saved";
      text = this.labelTexts.saved;
    }
    if (this.statusEl.dataset.state !== state) this.statusEl.dataset.state = state;
    if (this.statusEl.textContent !== text) this.statusEl.textContent = text;
  }

  // ---- outline ---------------------------------------------------------------------------------

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
    this.mainEl.append(this.editorHost, this.statusEl);

    this.outlineEl = document.createElement("nav");
    this.outlineEl.className = "ffse-outline";
    const head = document.createElement("div");
    head.className = "ffse-outline-head";
    this.outlineTitleEl = document.createElement("span");
    this.outlineTitleEl.className = "ffse-outline-title";
    this.outlineTitleEl.textContent = this.labelTexts.outline;
    this.outlineCountEl = document.createElement("span");
    this.outlineCountEl.className = "ffse-outline-count";
    this.toggleEl = document.createElement("button");
    this.toggleEl.type = "button";
    this.toggleEl.className = "ffse-toggle";
    this.toggleEl.title = this.labelTexts.outline;
    this.toggleEl.addEventListener("click", () => {
      this.collapsedPref = !this.classList.contains("ffse-collapsed");
      this.applyCollapsed();
    });
    head.append(this.outlineTitleEl, this.outlineCountEl, this.toggleEl);
    this.listEl = document.createElement("div");
    this.listEl.className = "ffse-list";
    this.listEl.setAttribute("role", "list");
    this.listEl.setAttribute("aria-label", this.labelTexts.outline);
    this.listEl.addEventListener("click", (e) => {
      const row = (e.target as Element | null)?.closest?.(".ffse-scene") as HTMLElement | null;
      if (row) this.goToScene(Number(row.dataset.index));
    });
    this.outlineEl.append(head, this.listEl);
    this.applyCollapsed();
    this.renderStatus();
  }

  private onResize(width: number): void {
    const narrow = width > 0 && width < 720;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      this.collapsedPref = null;
      this.classList.toggle("ffse-narrow", narrow);
      this.applyCollapsed();
    }
  }

  private applyCollapsed(): void {
    const collapsed = this.collapsedPref ?? this.narrow;
    this.classList.toggle("ffse-collapsed", collapsed);
    this.toggleEl.textContent = collapsed ? "‹" : "›";
    this.toggleEl.setAttribute("aria-expanded", String(!collapsed));
  }

  private scheduleOutline(): void {
    if (this.outlineTimer != null) return;
    this.outlineTimer = setTimeout(() => {
      this.outlineTimer = null;
      this.rebuildOutline();
    }, OUTLINE_DELAY);
  }

  private freshScenes(): Scene[] {
    if (!this.scenesFresh && this.view) {
      this.scenes = findScenes(this.view.state.doc);
      this.scenesFresh = true;
    }
    return this.scenes;
  }

  private rebuildOutline(): void {
    if (!this.built || !this.view) return;
    if (this.outlineTimer != null) {
      clearTimeout(this.outlineTimer);
      this.outlineTimer = null;
    }
    const scenes = this.freshScenes();
    const list = this.listEl;
    if (!scenes.length) {
      for (const r of this.rows) r.remove();
      this.rows = [];
      if (!this.emptyEl) {
        this.emptyEl = document.createElement("div");
        this.emptyEl.className = "ffse-empty";
      }
      this.emptyEl.textContent = this.labelTexts.noScenes;
      if (this.emptyEl.parentNode !== list) list.append(this.emptyEl);
    } else {
      this.emptyEl?.remove();
      for (let i = 0; i < scenes.length; i++) {
        let row = this.rows[i];
        if (!row) {
          row = document.createElement("button");
          row.type = "button";
          row.className = "ffse-scene";
          row.dataset.index = String(i);
          row.setAttribute("role", "listitem");
          row.setAttribute("aria-current", "false");
          const num = document.createElement("span");
          num.className = "ffse-num";
          const label = document.createElement("span");
          label.className = "ffse-label";
          const people = document.createElement("span");
          people.className = "ffse-people";
          row.append(num, label, people);
          list.append(row);
          this.rows.push(row);
        }
        const num = row.firstChild as HTMLElement;
        const label = num.nextSibling as HTMLElement;
        if (num.textContent !== scenes[i].number) num.textContent = scenes[i].number;
        if (label.textContent !== scenes[i].label) {
          label.textContent = scenes[i].label;
          row.title = scenes[i].label;
        }
      }
      while (this.rows.length > scenes.length) this.rows.pop()!.remove();
    }
    this.outlineCountEl.textContent = scenes.length ? String(scenes.length) : "";
    this.activeScene = -2;
    this.peopleKey = "";
    this.updateActiveScene();
    this.updatePeople();
  }

  private updateActiveScene(): void {
    if (!this.view || !this.built) return;
    const idx = sceneIndexAt(this.scenes, this.view.state.selection.main.head);
    if (idx === this.activeScene) return;
    const old = this.rows[this.activeScene];
    if (old) old.setAttribute("aria-current", "false");
    this.activeScene = idx;
    const row = this.rows[idx];
    if (!row) return;
    row.setAttribute("aria-current", "true");
    // keep it in view inside the list only (never scroll the page)
    const list = this.listEl;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = Math.max(0, top - 8);
    else if (top + row.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + row.offsetHeight - list.clientHeight + 8;
  }

  private updatePeople(): void {
    if (!this.view || !this.built) return;
    const cursors = this.view.state.field(remoteCursorField, false) ?? [];
    const byScene = new Map<number, RemoteCursor[]>();
    for (const c of cursors) {
      const idx = sceneIndexAt(this.scenes, c.head);
      if (idx < 0) continue;
      let list = byScene.get(idx);
      if (!list) byScene.set(idx, (list = []));
      list.push(c);
    }
    let key = "";
    for (const [idx, list] of byScene) key += idx + ":" + list.map((c) => c.id + "/" + c.name + "/" + c.colour).join(",") + ";";
    if (key === this.peopleKey) return;
    this.peopleKey = key;
    this.rows.forEach((row, i) => {
      const people = row.lastChild as HTMLElement;
      const here = byScene.get(i);
      if (!here) {
        if (people.firstChild) people.replaceChildren();
        return;
      }
      people.replaceChildren(
        ...here.map((c) => {
          const dot = document.createElement("span");
          dot.className = "ffse-dot";
          dot.style.backgroundColor = c.colour;
          dot.textContent = initials(c.name);
          dot.title = c.name;
          return dot;
        }),
      );
    });
  }

  private goToScene(index: number): void {
    const view = this.view;
    const scene = this.freshScenes()[index];
    if (!view || !scene) return;
    const pos = Math.min(scene.from, view.state.doc.length);
    view.dispatch({
      selection: { anchor: pos },
      effects: EditorView.scrollIntoView(pos, { y: "start", yMargin: 24 }),
      userEvent: "select",
    });
    view.focus();
  }

  private jumpScene(direction: -1 | 1): boolean {
    const view = this.view;
    if (!view) return false;
    const scenes = this.freshScenes();
    const head = view.state.selection.main.head;
    let target = -1;
    if (direction < 0) {
      for (let i = scenes.length - 1; i >= 0; i--) {
        if (scenes[i].from < head) {
          target = i;
          break;
        }
      }
    } else {
      target = scenes.findIndex((s) => s.from > head);
    }
    if (target >= 0) this.goToScene(target);
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "ff-script-editor": FfScriptEditor;
  }
}

if (!customElements.get("ff-script-editor")) {
  customElements.define("ff-script-editor", FfScriptEditor);
}
