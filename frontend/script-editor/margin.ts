/*
 * Comments in the margin, drawn: a gutter that shows a marker on the first line of each commented range (a click
 * opens its thread) and a light highlight of the commented text. The marks themselves live in margin-marks.ts.
 */
import { RangeSetBuilder, type Extension } from "@codemirror/state";
import { Decoration, EditorView, GutterMarker, gutter, type DecorationSet } from "@codemirror/view";
import { marksField, type MarginMark } from "./margin-marks";

export { marksIn, placeMarks, readMarks, setMarks, toLocal, toServer, type IncomingMarks, type MarginMark } from "./margin-marks";

class CommentMarker extends GutterMarker {
  constructor(readonly marks: readonly MarginMark[]) {
    super();
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof CommentMarker && other.marks.length === this.marks.length &&
      other.marks.every((m, i) => {
        const o = this.marks[i];
        return m.id === o.id && m.count === o.count && m.resolved === o.resolved && m.gone === o.gone &&
          m.colour === o.colour;
      });
  }
  override toDOM(): Node {
    const box = document.createElement("span");
    box.className = "cm-ff-comment-marks";
    for (const m of this.marks) {
      const el = document.createElement("span");
      el.className = "cm-ff-comment-mark" + (m.resolved ? " cm-ff-resolved" : "") + (m.gone ? " cm-ff-gone" : "");
      el.dataset.comment = m.id;
      el.style.backgroundColor = m.colour;
      el.textContent = String(m.count);
      box.appendChild(el);
    }
    return box;
  }
}

const spacer = new CommentMarker([{ id: "", from: 0, to: 0, colour: "#000000", count: 9, resolved: false, gone: false }]);

function gutterMarkers(view: EditorView) {
  const marks = view.state.field(marksField, false) ?? [];
  const byLine = new Map<number, MarginMark[]>();
  const doc = view.state.doc;
  for (const m of marks) {
    const line = doc.lineAt(Math.min(m.from, doc.length)).from;
    const list = byLine.get(line);
    if (list) list.push(m);
    else byLine.set(line, [m]);
  }
  const builder = new RangeSetBuilder<GutterMarker>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    builder.add(line, line, new CommentMarker(byLine.get(line)!));
  }
  return builder.finish();
}

const commented = Decoration.mark({ class: "cm-ff-commented" });

const highlight = EditorView.decorations.compute([marksField], (state): DecorationSet => {
  const ranges = state.field(marksField)
    .filter((m) => !m.gone && !m.resolved && m.to > m.from)
    .map((m) => commented.range(m.from, Math.min(m.to, state.doc.length)))
    .filter((r) => r.to > r.from);
  return Decoration.set(ranges, true);
});

const marginTheme = EditorView.baseTheme({
  ".cm-ff-comment-gutter": { minWidth: "22px" },
  ".cm-ff-comment-gutter .cm-gutterElement": { padding: "0 3px", cursor: "default" },
  ".cm-ff-comment-marks": { display: "inline-flex", gap: "2px" },
  ".cm-ff-comment-mark": {
    display: "inline-block", minWidth: "14px", padding: "0 3px", borderRadius: "8px 8px 8px 2px",
    color: "#fff", fontSize: "10px", lineHeight: "14px", textAlign: "center", cursor: "pointer",
    fontFamily: "system-ui, sans-serif",
  },
  ".cm-ff-comment-mark.cm-ff-resolved": { opacity: "0.4" },
  ".cm-ff-comment-mark.cm-ff-gone": { textDecoration: "line-through", opacity: "0.6" },
  ".cm-ff-commented": { backgroundColor: "rgba(250, 204, 21, 0.22)", borderBottom: "1px dotted #ca8a04" },
});

/** The margin: the marks' field, their gutter (a click on a marker gives its id to `open`) and highlight. */
export function commentMargin(open: (id: string) => void): Extension {
  return [
    marksField,
    gutter({
      class: "cm-ff-comment-gutter",
      markers: gutterMarkers,
      initialSpacer: () => spacer,
      domEventHandlers: {
        mousedown(_view, _line, event) {
          const target = (event.target as HTMLElement | null)?.closest?.("[data-comment]") as HTMLElement | null;
          if (!target || !target.dataset.comment) return false;
          open(target.dataset.comment);
          event.preventDefault();
          return true;
        },
      },
    }),
    highlight,
    marginTheme,
  ];
}
