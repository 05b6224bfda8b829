/*
 * The other people's cursors: a state field that keeps their positions mapped through every change, layers that
 * draw their carets, selections and name labels, and the conversion between our document and the server's
 * (synced) document, which lacks our unsent changes.
 */
import { EditorSelection, StateEffect, StateField, Transaction, type EditorState, type Extension } from "@codemirror/state";
import { EditorView, RectangleMarker, layer, type LayerMarker, type ViewUpdate } from "@codemirror/view";
import { getSyncedVersion, sendableUpdates } from "@codemirror/collab";

export interface RemoteCursor {
  id: string;
  name: string;
  colour: string;
  anchor: number;
  head: number;
}

export const setRemoteCursors = StateEffect.define<RemoteCursor[]>();

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
  const cursors = cursorsIn(view.state);
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
  return update.docChanged || update.viewportChanged || update.geometryChanged || cursorsChanged(update);
}

/** True when the update set or moved the remote cursors. */
export function cursorsChanged(update: ViewUpdate): boolean {
  return update.startState.field(remoteCursorField, false) !== update.state.field(remoteCursorField, false);
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

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|oklch|oklab)\([0-9a-z\s.,%/+-]*\)|[a-z]{3,20})$/i;
function safeColour(c: unknown): string {
  return typeof c === "string" && SAFE_COLOUR.test(c.trim()) ? c.trim() : "#6366f1";
}


/** A cursor as the server sends it: with `version` its positions are in the document at that version. */
export interface IncomingCursor extends RemoteCursor {
  version?: number;
}

/** The server's cursor list (already parsed JSON); entries that are not objects are dropped. */
export function readCursors(raw: unknown): IncomingCursor[] | null {
  if (!Array.isArray(raw)) return null;
  return raw
    .filter((c): c is Record<string, unknown> => !!c && typeof c === "object")
    .map((c) => ({
      id: String(c.id ?? ""),
      name: String(c.name ?? ""),
      colour: safeColour(c.colour ?? c.color),
      anchor: Number(c.anchor) || 0,
      head: Number(c.head ?? c.anchor) || 0,
      version: typeof c.version === "number" ? c.version : undefined,
    }));
}

/**
 * Server positions are in the synced document; move them over our pending changes (when they are for exactly the
 * synced version, or `exact`), or clamp.
 */
export function placeCursors(state: EditorState, list: readonly IncomingCursor[], exact: boolean): RemoteCursor[] {
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

/** Our selection in the document the server knows (the synced version): our pending changes are not in it yet. */
export function serverSelection(state: EditorState): { version: number; anchor: number; head: number } {
  let { anchor, head } = state.selection.main;
  const pending = sendableUpdates(state);
  for (let i = pending.length - 1; i >= 0; i--) {
    const back = pending[i].changes.invertedDesc;
    anchor = back.mapPos(anchor, -1);
    head = back.mapPos(head, -1);
  }
  return { version: getSyncedVersion(state), anchor, head };
}

/** The cursors and their drawing, as one extension. */
export function remoteCursors(): Extension {
  return [remoteCursorField, remoteSelectionLayer, remoteCaretLayer];
}

/** The cursors in a state (none when the field is not installed). */
export function cursorsIn(state: EditorState): readonly RemoteCursor[] {
  return state.field(remoteCursorField, false) ?? [];
}
