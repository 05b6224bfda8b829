/*
 * Fountain for CodeMirror: line classification, highlighting and the screenplay layout (indented dialogue and cues,
 * right-aligned transitions). A line-by-line highlighter: the full parser is on the server.
 */
import type { Extension } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { HighlightStyle, StreamLanguage, syntaxHighlighting, syntaxTree, type StringStream } from "@codemirror/language";
import { Tag, tags } from "@lezer/highlight";

/** INT/EXT/EST/INT./EXT/INT/EXT/I/E followed by "." or space, a forced ".X" (not ".."), or 内景/外景/内外景. */
export const SCENE_HEADING = /^[ \t]*(?:(?:INT\.?\/EXT|INT|EXT|EST|I\/E)[. ]|\.(?=[^.\s])|内外景|内景|外景)/i;
export const SCENE_NUMBER = /\s*#([^#\s]+)#\s*$/;

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

/** Fountain highlighting and screenplay layout, as one extension. */
export function fountain(): Extension {
  return [fountainLanguage, syntaxHighlighting(fountainHighlight), screenplayLayout];
}
