/*
 * What each line of a script is — scene heading, character cue, dialogue, transition, … — decided the way the
 * server's parser decides it (org.filmfactory.fountain.internal.ParagraphReader, CueLine, HeadingLine, DialogueBlock;
 * the rules are listed in docs/screenplay-fountain.md): a paragraph (lines between blank lines) at a time, in the same
 * order of tests. A Chinese line has no lower case, so like an upper-case line it is a cue only when dialogue follows
 * it in the same paragraph, and a paragraph of one line is action. The table in
 * src/test/resources/fountain/line-kinds.txt is checked against both this file and the parser.
 * No imports: the highlighter and the node tests use it as it is.
 */

export type Dialect = "plain" | "chinese";

export type LineKind =
  | "blank"
  | "titlePage"
  | "action"
  | "sceneHeading"
  | "character"
  | "parenthetical"
  | "dialogue"
  | "transition"
  | "centered"
  | "section"
  | "synopsis"
  | "note"
  | "lyrics"
  | "pageBreak";

/** JavaScript's \s, which is also the parser's white space (Whitespace.isSpace). */
const SPACE = /\s/;

function isSpace(c: string): boolean {
  return SPACE.test(c);
}

function skip(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charAt(i))) i++;
  return i;
}

function end(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charAt(i - 1))) i--;
  return i;
}

function isBlank(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charAt(i))) return false;
  return true;
}

/** Two spaces: a blank line kept inside a paragraph. */
export function keepsBlankLine(text: string): boolean {
  return text === "  ";
}

/** A line that ends a paragraph: only white space, but not the two spaces that keep a blank line inside one. */
export function breaksParagraph(text: string): boolean {
  return isBlank(text) && !keepsBlankLine(text);
}

// Scene headings (HeadingLine) -----------------------------------------------------------------------------------

const SIMPLE_PREFIXES = ["int", "ext", "est"];
const INSIDE = ["int", "i"];
const OUTSIDE = ["ext", "e"];
const CHINESE_PREFIXES = ["内外景", "内/外景", "外/内景", "内景", "外景"];
const CHINESE_SEPARATORS = ".。．:：";

function matchAscii(text: string, at: number, word: string): number {
  if (at < 0 || at + word.length > text.length) return -1;
  for (let i = 0; i < word.length; i++) {
    const c = text.charAt(at + i);
    if (c !== word.charAt(i) && c !== word.charAt(i).toUpperCase()) return -1;
  }
  return at + word.length;
}

function followedByHeadingText(text: string, at: number): boolean {
  return at >= 0 && at + 1 < text.length && (text.charAt(at) === "." || text.charAt(at) === " ");
}

function hasHeadingPrefix(text: string, at: number): boolean {
  for (const simple of SIMPLE_PREFIXES) {
    if (followedByHeadingText(text, matchAscii(text, at, simple))) return true;
  }
  for (const inside of INSIDE) {
    const p = matchAscii(text, at, inside);
    if (p < 0) continue;
    for (const dot of [false, true]) {
      let slash = p;
      if (dot) {
        if (text.charAt(slash) !== ".") continue;
        slash++;
      }
      if (text.charAt(slash) !== "/") continue;
      for (const outside of OUTSIDE) {
        if (followedByHeadingText(text, matchAscii(text, slash + 1, outside))) return true;
      }
    }
  }
  return false;
}

function isChineseSeparator(c: string): boolean {
  return isSpace(c) || CHINESE_SEPARATORS.includes(c);
}

function hasChineseHeadingPrefix(text: string, start: number): boolean {
  for (const prefix of CHINESE_PREFIXES) {
    if (text.startsWith(prefix, start)) {
      let k = start + prefix.length;
      if (k >= text.length || !isChineseSeparator(text.charAt(k))) return false;
      while (k < text.length && isChineseSeparator(text.charAt(k))) k++;
      return k < text.length;
    }
  }
  return false;
}

/** True when the line, as a paragraph of its own, is a scene heading in the dialect. */
export function isHeadingLine(text: string, dialect: Dialect): boolean {
  const start = skip(text, 0);
  let q = start;
  let stars = 0;
  while (q < text.length && text.charAt(q) === "*" && stars < 3) {
    q++;
    stars++;
  }
  if (text.charAt(q) === "_") q++;
  if (hasHeadingPrefix(text, q)) return true;
  if (start + 1 < text.length && text.charAt(start) === "." && text.charAt(start + 1) !== "." && !isSpace(text.charAt(start + 1))) {
    return true;
  }
  return dialect === "chinese" && hasChineseHeadingPrefix(text, start);
}

// Centered text and transitions ----------------------------------------------------------------------------------

function centered(lines: readonly string[]): boolean {
  for (const text of lines) {
    const start = skip(text, 0);
    const stop = end(text, start, text.length);
    if (stop - start < 3 || text.charAt(start) !== ">" || text.charAt(stop - 1) !== "<") return false;
  }
  return true;
}

function transition(text: string): boolean {
  const start = skip(text, 0);
  const stop = end(text, start, text.length);
  if (start < text.length && text.charAt(start) === ">" && start + 1 < text.length) return true;
  const core = text.substring(start, stop);
  if (core === "FADE OUT." || core === "FADE TO BLACK." || core === "CUT TO BLACK.") return true;
  return stop >= 5 && text.startsWith(" TO:", stop - 4) && !/[a-z]/.test(text.substring(0, stop));
}

// Character cues (CueLine) ---------------------------------------------------------------------------------------

function stopsName(c: string): boolean {
  return c === "^" || c === "(" || c === ")";
}

function numbered(text: string, start: number): boolean {
  const len = text.length;
  let k = start;
  while (k < len && /[0-9 _*]/.test(text.charAt(k))) k++;
  if (k === start) return false;
  if (k < len && text.charAt(k) === "(") {
    const close = text.lastIndexOf(")");
    if (close < k) return false;
    k = close + 1;
  }
  while (k < len && (text.charAt(k) === "*" || text.charAt(k) === "_")) k++;
  if (k < len && text.charAt(k) === "^") k++;
  return isBlank(text, k, len);
}

function endsLikeTransition(text: string, stop: number): boolean {
  if ((stop >= 6 && text.startsWith("BLACK.", stop - 6)) || (stop >= 4 && text.startsWith("OUT.", stop - 4))) return true;
  const trimmed = end(text, 0, stop);
  return trimmed >= 3 && text.startsWith("TO:", trimmed - 3);
}

function cueWithTail(text: string, nameStart: number, nameEnd: number, forced: boolean): boolean {
  const len = text.length;
  let k = nameEnd;
  if (k < len && text.charAt(k) === "(") {
    const close = text.lastIndexOf(")");
    if (close < k) return false;
    k = close + 1;
  }
  while (k < len && (text.charAt(k) === " " || text.charAt(k) === "*" || text.charAt(k) === "_")) k++;
  if (k < len && text.charAt(k) === "^") k++;
  if (!isBlank(text, k, len)) return false;
  let name = text.substring(nameStart, nameEnd).trim();
  if (!forced && name.startsWith("@")) name = name.substring(1).trim();
  return name.length > 0;
}

/**
 * True when the line, as the first of a paragraph of two or more lines, is a character cue: {@code @} and a name, or a
 * name without lower-case a–z (Chinese has no case, so it qualifies), then extensions and {@code ^}.
 */
export function isCueLine(text: string): boolean {
  const len = text.length;
  const start = skip(text, 0);
  if (start >= len) return false;
  const first = text.charAt(start);
  if ("!.>~=#".includes(first) || (first === "\\" && text.charAt(start + 1) === "@")) return false;
  if (numbered(text, start)) return false;
  if (first === "@") {
    let stop = start + 1;
    while (stop < len && !stopsName(text.charAt(stop))) stop++;
    if (stop > start + 1 && cueWithTail(text, start + 1, stop, true)) return true;
  }
  let stop = 0;
  while (stop < len && !stopsName(text.charAt(stop)) && !/[a-z]/.test(text.charAt(stop))) stop++;
  if (stop === 0 || endsLikeTransition(text, stop)) return false;
  return cueWithTail(text, 0, stop, false);
}

const PARENTHETICAL_WRAPPERS: [string, string][] = ["", "_"].flatMap((underline) =>
  ["", "*", "**", "***"].flatMap((stars): [string, string][] => [
    [underline + stars, stars + underline],
    [stars + underline, underline + stars],
  ]),
);

/** {@code (text)}, also wrapped in matching emphasis marks: {@code _(text)_}, {@code *(text)*}. */
function isParenthetical(text: string): boolean {
  for (const [open, close] of PARENTHETICAL_WRAPPERS) {
    const a = open.length;
    const b = text.length - close.length;
    if (b - a >= 3 && text.startsWith(open) && text.endsWith(close) && text.charAt(a) === "(" && text.charAt(b - 1) === ")") {
      return true;
    }
  }
  return false;
}

function isLyricLine(trimmed: string): boolean {
  return trimmed.length >= 2 && trimmed.charAt(0) === "~" && trimmed.charAt(1) !== " ";
}

// Paragraphs (ParagraphReader) -----------------------------------------------------------------------------------

function lyrics(lines: readonly string[]): boolean {
  return lines.every((text) => {
    const start = skip(text, 0);
    return start + 1 < text.length && text.charAt(start) === "~" && text.charAt(start + 1) !== " ";
  });
}

function isPageBreak(text: string): boolean {
  return text.length >= 3 && /^=+$/.test(text);
}

/**
 * The kind of each line of one paragraph: lines with no line between them that breaks a paragraph. Two-space lines
 * at its edges are "blank" (they keep nothing there).
 */
export function classifyParagraph(lines: readonly string[], dialect: Dialect): LineKind[] {
  const kinds: LineKind[] = lines.map(() => "blank");
  let from = 0;
  let to = lines.length;
  while (from < to && keepsBlankLine(lines[from])) from++;
  while (to > from && keepsBlankLine(lines[to - 1])) to--;
  if (from >= to) return kinds;
  const body = lines.slice(from, to);
  const fill = (kind: LineKind) => body.forEach((_, i) => (kinds[from + i] = kind));
  const first = body[0];
  const one = body.length === 1;
  if (one && isHeadingLine(first, dialect)) {
    fill("sceneHeading");
  } else if (centered(body)) {
    fill("centered");
  } else if (one && transition(first)) {
    fill("transition");
  } else if (!one && isCueLine(first)) {
    kinds[from] = "character";
    let i = from + 1;
    // two-space lines right under the cue belong to no element
    while (i < to && keepsBlankLine(lines[i])) i++;
    for (; i < to; i++) {
      const text = keepsBlankLine(lines[i]) ? "" : lines[i].trim();
      kinds[i] = isParenthetical(text) ? "parenthetical" : isLyricLine(text) ? "lyrics" : "dialogue";
    }
  } else if (one && skip(first, 0) < first.length && first.charAt(skip(first, 0)) === "#") {
    fill("section");
  } else if (one && isSynopsis(first)) {
    fill("synopsis");
  } else if (one && first.length >= 5 && first.startsWith("[[") && first.charAt(2) !== "[" && first.endsWith("]]")) {
    fill("note");
  } else if (lyrics(body)) {
    fill("lyrics");
  } else if (one && isPageBreak(first)) {
    fill("pageBreak");
  } else {
    fill("action");
  }
  return kinds;
}

function isSynopsis(text: string): boolean {
  const start = skip(text, 0);
  return start < text.length && text.charAt(start) === "=" && text.charAt(start + 1) !== "=";
}

// The title page (TitlePageReader) -------------------------------------------------------------------------------

const KNOWN_KEYS = new Set(["title", "credit", "author", "authors", "source", "notes", "draft date", "draftdate",
  "date", "contact", "copyright", "revision", "revisions"]);
const KNOWN_CHINESE_KEYS = new Set(["标题", "署名", "作者", "编剧", "来源", "原著", "备注", "草稿日期", "日期", "联系",
  "联系方式", "版权", "修订", "草稿"]);

/** Title pages longer than this are not looked for: the highlighter reads at most this many lines from the top. */
export const LONGEST_TITLE_PAGE = 200;

interface KeyLine {
  value: string;
  known: boolean;
}

function isKeyCharacter(c: string, dialect: Dialect): boolean {
  return /[a-zA-Z0-9_ ]/.test(c) || (dialect === "chinese" && /[\p{L}\p{Nd}]/u.test(c));
}

function keyLine(text: string, dialect: Dialect): KeyLine | null {
  const start = skip(text, 0);
  let colon = start;
  while (colon < text.length && isKeyCharacter(text.charAt(colon), dialect)) colon++;
  if (colon === start || colon >= text.length) return null;
  if (!(text.charAt(colon) === ":" || (dialect === "chinese" && text.charAt(colon) === "："))) return null;
  const key = text.substring(start, colon).trim();
  if (!key) return null;
  const normalized = key.toLowerCase().replace(/ {2,}/g, " ");
  const known = KNOWN_KEYS.has(normalized) || (dialect === "chinese" && KNOWN_CHINESE_KEYS.has(normalized));
  return { value: text.substring(colon + 1).trim(), known };
}

function isIndented(text: string): boolean {
  return text.startsWith("\t") || text.startsWith("   ");
}

/**
 * The 0-based index of the first line after the title page ({@code Key: value} lines at the very top, starting with
 * a key the format knows), 0 when the script has none.
 */
export function titlePageEnd(doc: ScriptLinesSource, dialect: Dialect): number {
  const count = Math.min(doc.lines, LONGEST_TITLE_PAGE);
  let i = 0;
  while (i < count && isBlank(doc.line(i + 1).text)) i++;
  const first = i < count ? keyLine(doc.line(i + 1).text, dialect) : null;
  if (!first || !first.known) return 0;
  let open = first.value === "";
  i++;
  for (; i < count; i++) {
    const text = doc.line(i + 1).text;
    if (isBlank(text)) break;
    const next = keyLine(text, dialect);
    const newEntry = next !== null && (next.known || next.value !== "");
    if (isIndented(text) || (open && !newEntry)) {
      open = open && !isIndented(text);
    } else if (newEntry) {
      open = next.value === "";
    } else {
      break;
    }
  }
  return i;
}

/**
 * The kind of every line of a script (boneyards are not taken out): blank lines that end paragraphs are "blank",
 * every other line gets the kind of the element the parser makes of it.
 */
export function classifyLines(lines: readonly string[], dialect: Dialect): LineKind[] {
  const kinds: LineKind[] = [];
  const titleEnd = titlePageEnd({ lines: lines.length, line: (n) => ({ text: lines[n - 1] }) }, dialect);
  let i = 0;
  for (; i < titleEnd; i++) kinds.push(isBlank(lines[i]) ? "blank" : "titlePage");
  while (i < lines.length) {
    if (breaksParagraph(lines[i])) {
      kinds.push("blank");
      i++;
      continue;
    }
    let stop = i + 1;
    while (stop < lines.length && !breaksParagraph(lines[stop])) stop++;
    kinds.push(...classifyParagraph(lines.slice(i, stop), dialect));
    i = stop;
  }
  return kinds;
}

/** A document's lines, 1-based, as CodeMirror's Text gives them. */
export interface ScriptLinesSource {
  readonly lines: number;
  line(n: number): { readonly text: string };
}

/** Paragraphs longer than this are read in parts of this size: a pasted wall of text costs no more than that. */
export const LONGEST_PARAGRAPH = 400;

/**
 * The kinds of lines {@code from} to {@code to} (1-based, inclusive) of {@code doc}, the same as
 * {@link classifyLines} of the whole document gives them (for paragraphs up to {@link LONGEST_PARAGRAPH} lines),
 * reading only the paragraphs around those lines: the highlighter calls it for the lines on screen.
 */
export function classifyRange(doc: ScriptLinesSource, from: number, to: number, dialect: Dialect): LineKind[] {
  const kinds: LineKind[] = [];
  const titleEnd = from <= LONGEST_TITLE_PAGE ? titlePageEnd(doc, dialect) : 0;
  for (let n = from; n <= Math.min(to, titleEnd); n++) kinds.push(isBlank(doc.line(n).text) ? "blank" : "titlePage");
  let start = Math.max(from, titleEnd + 1);
  while (start > titleEnd + 1 && from - start < LONGEST_PARAGRAPH && !breaksParagraph(doc.line(start - 1).text)) start--;
  let n = start;
  while (n <= to) {
    const text = doc.line(n).text;
    if (breaksParagraph(text)) {
      if (n >= from) kinds.push("blank");
      n++;
      continue;
    }
    const paragraph = [text];
    while (n + paragraph.length <= doc.lines && paragraph.length < LONGEST_PARAGRAPH) {
      const next = doc.line(n + paragraph.length).text;
      if (breaksParagraph(next)) break;
      paragraph.push(next);
    }
    const found = classifyParagraph(paragraph, dialect);
    for (let i = 0; i < found.length && n + i <= to; i++) if (n + i >= from) kinds.push(found[i]);
    n += paragraph.length;
  }
  return kinds;
}

/**
 * Whether line {@code n} (1-based) is a scene heading, as {@link classifyLines} would say: a heading line that is a
 * paragraph of its own, below the title page ({@code titleEnd}, from {@link titlePageEnd}). The outline's test.
 */
export function isSceneHeadingAt(doc: ScriptLinesSource, n: number, dialect: Dialect, titleEnd: number): boolean {
  return (
    n > titleEnd &&
    isHeadingLine(doc.line(n).text, dialect) &&
    (n === titleEnd + 1 || breaksParagraph(doc.line(n - 1).text)) &&
    (n === doc.lines || breaksParagraph(doc.line(n + 1).text))
  );
}
