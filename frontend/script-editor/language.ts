/*
 * Fountain for CodeMirror: highlighting and the screenplay layout (indented dialogue and cues, right-aligned
 * transitions). What a line is — heading, cue, dialogue, transition — comes from ./line-kinds, which reads a
 * paragraph at a time as the server's parser does, so the editor shows a line as what it will be in the breakdown
 * and the PDF; a stream tokenizer adds what lies inside lines (emphasis, notes, boneyards).
 */
import type { Extension } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from "@codemirror/language";
import { Tag, tags } from "@lezer/highlight";
import { classifyRange, isHeadingLine, type Dialect } from "./line-kinds";

export const SCENE_NUMBER = /\s*#([^#\s]+)#\s*$/;

/**
 * True when the line (as typed, without its line break), as a paragraph of its own, is a scene heading in the
 * dialect: the parser's test (./line-kinds).
 */
export function isSceneHeading(line: string, dialect: Dialect = "plain"): boolean {
  return isHeadingLine(line, dialect);
}

interface FountainState {
  boneyard: boolean;
  note: boolean;
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
  note: Tag.define(tags.comment),
  boneyard: Tag.define(tags.blockComment),
  underline: Tag.define(),
};

const fountainLanguage = StreamLanguage.define<FountainState>({
  name: "fountain",
  startState: () => ({ boneyard: false, note: false }),
  token(stream, st) {
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
    if (stream.eat("\\")) {
      stream.next();
      return null;
    }
    if (stream.match(BOLD_ITALIC)) return "strong emphasis";
    if (stream.match(BOLD)) return "strong";
    if (stream.match(ITALIC)) return "emphasis";
    if (stream.match(UNDERLINE)) return "underline";
    if (!stream.match(PLAIN)) stream.next();
    return null;
  },
  tokenTable: fountainTags,
  languageData: { commentTokens: { block: { open: "/*", close: "*/" } } },
});

const fountainHighlight = HighlightStyle.define([
  { tag: fountainTags.note, color: "#92400e", backgroundColor: "#fef3c7" },
  { tag: fountainTags.boneyard, color: "#9ca3af", fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: fountainTags.underline, textDecoration: "underline" },
]);

/** The look of each kind of line; the layout (indents, alignment) is in ./look. */
const lineKindColours = EditorView.baseTheme({
  ".cm-ff-titlePage": { color: "#374151" },
  ".cm-ff-sceneHeading": { fontWeight: "700", color: "#1e3a8a" },
  ".cm-ff-character": { fontWeight: "600", color: "#6d28d9" },
  ".cm-ff-parenthetical": { fontStyle: "italic", color: "#6b7280" },
  ".cm-ff-dialogue": { color: "#111827" },
  ".cm-ff-transition": { fontWeight: "600", color: "#b45309" },
  ".cm-ff-centered": { color: "#0f766e" },
  ".cm-ff-section": { fontWeight: "700", color: "#c2410c" },
  ".cm-ff-synopsis": { fontStyle: "italic", color: "#15803d" },
  ".cm-ff-lyrics": { fontStyle: "italic", color: "#be185d" },
  ".cm-ff-pageBreak": { color: "#9ca3af", letterSpacing: "0.2em" },
});

/** Each visible line gets the class cm-ff-<kind> of its kind: its colour and its screenplay layout. */
const lineDecorations = new Map<string, Decoration>();
function lineClass(kind: string): Decoration {
  let d = lineDecorations.get(kind);
  if (!d) lineDecorations.set(kind, (d = Decoration.line({ class: "cm-ff-" + kind })));
  return d;
}

function buildLines(view: EditorView, dialect: Dialect): DecorationSet {
  const doc = view.state.doc;
  const ranges = [];
  for (const { from, to } of view.visibleRanges) {
    const first = doc.lineAt(from).number;
    const kinds = classifyRange(doc, first, doc.lineAt(to).number, dialect);
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] !== "blank") ranges.push(lineClass(kinds[i]).range(doc.line(first + i).from));
    }
  }
  return Decoration.set(ranges);
}

function screenplayLines(dialect: Dialect): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = buildLines(view, dialect);
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged) this.decorations = buildLines(u.view, dialect);
      }
    },
    { decorations: (p) => p.decorations },
  );
}

/**
 * Fountain highlighting and screenplay layout, as one extension, for a script in {@code dialect} (Chinese adds the
 * unforced 内景/外景 headings, as on the server).
 */
export function fountain(dialect: Dialect = "plain"): Extension {
  return [fountainLanguage, syntaxHighlighting(fountainHighlight), lineKindColours, screenplayLines(dialect)];
}
