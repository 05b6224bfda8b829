/*
 * The comment marks of the margin as state, without drawing (margin.ts draws them): a state field with the
 * commented ranges, mapped through every change (typed here or received) as the server maps them through steps, and
 * the conversions between the server's synced document and this tab's. The server sends the marks for one revision;
 * they are placed once the editor has reached it, moved over this tab's unsent changes.
 */
import { StateEffect, StateField, type EditorState } from "@codemirror/state";
import { getSyncedVersion, sendableUpdates } from "@codemirror/collab";

export interface MarginMark {
  id: string;
  from: number;
  to: number;
  colour: string;
  count: number;
  resolved: boolean;
  gone: boolean;
}

/** Marks as the server sends them: positions in the document at `version`. */
export interface IncomingMarks {
  version: number;
  marks: MarginMark[];
}

export const setMarks = StateEffect.define<MarginMark[]>();

export const marksField = StateField.define<MarginMark[]>({
  create: () => [],
  update(value, tr) {
    let next = value;
    if (tr.docChanged && next.length) {
      next = next.map((m) => {
        if (m.gone || m.from === m.to) {
          const at = tr.changes.mapPos(m.from, -1);
          return { ...m, from: at, to: at };
        }
        // text typed right before or after a commented range stays outside it, as on the server
        const from = tr.changes.mapPos(m.from, 1);
        const to = tr.changes.mapPos(m.to, -1);
        return to <= from ? { ...m, from: Math.min(from, to), to: Math.min(from, to), gone: true } : { ...m, from, to };
      });
    }
    for (const e of tr.effects) if (e.is(setMarks)) next = e.value;
    return next;
  },
});

const SAFE_COLOUR = /^#[0-9a-f]{3,8}$/i;

/** The server's marks (already parsed JSON), or null when they are not marks. */
export function readMarks(raw: unknown): IncomingMarks | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.marks)) return null;
  const marks = r.marks
    .filter((m): m is Record<string, unknown> => !!m && typeof m === "object")
    .map((m) => {
      const from = Math.max(0, Number(m.from) || 0);
      return {
        id: String(m.id ?? ""),
        from,
        to: Math.max(from, Number(m.to) || 0),
        colour: typeof m.colour === "string" && SAFE_COLOUR.test(m.colour) ? m.colour : "#6366f1",
        count: Math.max(1, Number(m.count) || 1),
        resolved: m.resolved === true,
        gone: m.gone === true,
      };
    });
  return { version: Number(r.version) || 0, marks };
}

/** Positions of the synced document moved over this tab's unsent changes (exact), or only clamped. */
export function toLocal(state: EditorState, from: number, to: number, exact: boolean): [number, number] {
  if (exact) {
    for (const u of sendableUpdates(state)) {
      if (from > u.changes.length || to > u.changes.length) break;
      const f = u.changes.mapPos(from, 1);
      to = Math.max(f, u.changes.mapPos(to, -1));
      from = f;
    }
  }
  const len = state.doc.length;
  return [Math.min(from, len), Math.min(to, len)];
}

/** Local positions in the document the server knows (the synced version): unsent changes taken back out. */
export function toServer(state: EditorState, from: number, to: number): { version: number; from: number; to: number } {
  const pending = sendableUpdates(state);
  for (let i = pending.length - 1; i >= 0; i--) {
    const back = pending[i].changes.invertedDesc;
    from = back.mapPos(from, 1);
    to = Math.max(from, back.mapPos(to, -1));
  }
  return { version: getSyncedVersion(state), from, to };
}

/** Places incoming marks in a state: exact when they are for its synced version, clamped otherwise. */
export function placeMarks(state: EditorState, incoming: IncomingMarks): MarginMark[] {
  const exact = incoming.version === getSyncedVersion(state);
  return incoming.marks.map((m) => {
    const [from, to] = toLocal(state, m.from, m.to, exact);
    return { ...m, from, to };
  });
}

/** The marks shown in a state. */
export function marksIn(state: EditorState): readonly MarginMark[] {
  return state.field(marksField, false) ?? [];
}
