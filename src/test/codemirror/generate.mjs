// Writes the fixtures that check the Java port of CodeMirror's change algebra (TextChange) and of the collab client
// and authority (SimulatedWriter, CollabRebase) against the real @codemirror/state and @codemirror/collab.
// Seeded: the same versions give byte-identical files. See README.md beside this file.
import { ChangeSet, EditorState, Text } from "@codemirror/state";
import { collab, getSyncedVersion, rebaseUpdates, receiveUpdates, sendableUpdates } from "@codemirror/collab";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../resources/screenplay/codemirror");
const SEED = 20260906;
const CHANGE_CASES = 240;
const SESSIONS = 24;
const SESSION_OPS = 60;

// mulberry32: small, seedable, the same on every Node version.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(SEED);
const int = (n) => Math.floor(rnd() * n);
const pick = (list) => list[int(list.length)];

// Screenplay-like pieces: CJK, an emoji (a surrogate pair), a family emoji (joined pairs), line breaks.
const PIECES = ["a", "INT. ", "好", "剧本", "🎬", "👩‍👩‍👧", "\n", "x\ny", "“", " ", "FADE IN:\n", "老王", ""];

function randomText(max) {
  let text = "";
  const parts = int(max);
  for (let i = 0; i < parts; i++) text += pick(PIECES);
  return text;
}

/** A position that does not fall between the halves of a surrogate pair (the authority refuses those). */
function boundary(text, pos) {
  if (pos > 0 && pos < text.length && /[\udc00-\udfff]/.test(text[pos])) return pos - 1;
  return pos;
}

/** A change of 0 to 3 non-overlapping replacements, as ChangeSet.of builds it from specs. */
function randomChange(doc) {
  const count = int(4);
  const points = [];
  for (let i = 0; i < count * 2; i++) points.push(boundary(doc, int(doc.length + 1)));
  points.sort((x, y) => x - y);
  const specs = [];
  for (let i = 0; i < count; i++) {
    const from = points[2 * i];
    const to = int(3) === 0 ? from : points[2 * i + 1];
    const insert = int(4) === 0 ? "" : randomText(3);
    if (from === to && insert === "") continue;
    specs.push({ from, to, insert });
  }
  return { specs, changes: ChangeSet.of(specs, doc.length) };
}

function ranges(changes, individual) {
  const list = [];
  changes.iterChanges((fromA, toA, fromB, toB, inserted) => list.push([fromA, toA, fromB, toB, inserted.toString()]),
    individual);
  return list;
}

function changeCase(name, doc, a, b, c, points) {
  const text = Text.of(doc.split("\n"));
  const after = a.changes.apply(text).toString();
  c = c ?? randomChange(after);
  const positions = [];
  for (const pos of points) positions.push([pos, a.changes.mapPos(pos, -1), a.changes.mapPos(pos, 1)]);
  return {
    name,
    doc,
    specs: a.specs,
    a: a.changes.toJSON(),
    b: b.changes.toJSON(),
    c: c.changes.toJSON(),
    applied: after,
    inverted: a.changes.invert(text).toJSON(),
    mapped: a.changes.map(b.changes).toJSON(),
    mappedBefore: a.changes.map(b.changes, true).toJSON(),
    composed: a.changes.compose(c.changes).toJSON(),
    positions,
    ranges: ranges(a.changes, false),
    individualRanges: ranges(a.changes, true),
    debug: a.changes.toString(),
  };
}

const wire = (updates) => updates.map((u) => ({ c: u.clientID, ch: u.changes.toJSON() }));

/**
 * A co-editing session with real collab clients: writers type, push whenever they like (the authority moves stale
 * pushes over what came since, one accepted step at a time, and drops what it already has), and receive accepted
 * steps one at a time, as the browser editor does. Every move is recorded with what the real library made of it.
 */
function session(index) {
  const start = randomText(8);
  const writers = [];
  const count = 2 + int(3);
  for (let i = 0; i < count; i++) {
    writers.push(EditorState.create({ doc: start, extensions: [collab({ startVersion: 0, clientID: "w" + i })] }));
  }
  const log = []; // accepted updates
  let doc = Text.of(start.split("\n"));
  const ops = [];
  for (let n = 0; n < SESSION_OPS; n++) {
    const w = int(count);
    const state = writers[w];
    const dice = int(10);
    if (dice < 4) {
      const text = state.doc.toString();
      const from = boundary(text, int(text.length + 1));
      const to = int(3) === 0 ? from : boundary(text, Math.min(text.length, from + int(6)));
      const insert = int(4) === 0 ? "" : randomText(3);
      if (from === to && insert === "") continue;
      writers[w] = state.update({ changes: { from, to, insert } }).state;
      ops.push({ op: "edit", w, from, to, insert, doc: writers[w].doc.toString(),
        sendable: wire(sendableUpdates(writers[w])) });
    } else if (dice < 7) {
      const sent = sendableUpdates(state);
      if (!sent.length) continue;
      const base = getSyncedVersion(state);
      const over = log.slice(base);
      // collab's own function on everything since the base, and step by step as the studio's authority does.
      const whole = rebaseUpdates(sent, over);
      let stepwise = sent;
      for (const step of over) stepwise = rebaseUpdates(stepwise, [step]);
      for (const update of stepwise) {
        doc = update.changes.apply(doc);
        log.push({ clientID: update.clientID, changes: update.changes });
      }
      ops.push({ op: "push", w, base, sent: wire(sent), rebased: wire(whole), accepted: wire(stepwise),
        doc: doc.toString(), version: log.length });
    } else {
      const synced = getSyncedVersion(state);
      const take = Math.min(1 + int(4), log.length - synced);
      if (take <= 0) continue;
      let next = state;
      for (const update of log.slice(synced, synced + take)) next = receiveUpdates(next, [update]).state;
      writers[w] = next;
      ops.push({ op: "receive", w, count: take, doc: next.doc.toString(), version: getSyncedVersion(next),
        sendable: wire(sendableUpdates(next)) });
    }
  }
  return { start, writers: count, ops };
}

function write(name, value) {
  const file = join(out, name);
  writeFileSync(file, JSON.stringify(value, null, 0) + "\n");
  console.log(`${file}: ${readFileSync(file).length} bytes`);
}

mkdirSync(out, { recursive: true });
const versions = {
  state: JSON.parse(readFileSync(join(here, "node_modules/@codemirror/state/package.json"), "utf8")).version,
  collab: JSON.parse(readFileSync(join(here, "node_modules/@codemirror/collab/package.json"), "utf8")).version,
};
const changes = [];
for (let i = 0; i < CHANGE_CASES; i++) {
  const doc = randomText(12);
  const points = [int(doc.length + 1), int(doc.length + 1), int(doc.length + 1)];
  changes.push(changeCase("random " + i, doc, randomChange(doc), randomChange(doc), null, points));
}
// The cases TextChangeTest once worked out by hand, now answered by CodeMirror itself.
const spec = (doc, ...specs) => ({ specs, changes: ChangeSet.of(specs, doc.length) });
const named = (name, doc, a, b, c, points = []) => changes.push(changeCase(name, doc, a, b, c, points));
const none = (doc) => spec(doc);
named("concurrent inserts at one place are ordered by before", "xxxx", spec("xxxx", { from: 2, to: 2, insert: "A" }),
  spec("xxxx", { from: 2, to: 2, insert: "B" }), none("xxAxx"));
named("a deletion moved over an insertion inside it keeps the inserted text", "abcdefg",
  spec("abcdefg", { from: 1, to: 5, insert: "" }), spec("abcdefg", { from: 3, to: 3, insert: "X" }), none("afg"));
named("an insertion inside a deleted range survives the deletion", "abcdefg",
  spec("abcdefg", { from: 3, to: 3, insert: "X" }), spec("abcdefg", { from: 1, to: 5, insert: "" }), none("abcXdefg"));
named("overlapping replacements keep both texts", "0123456789", spec("0123456789", { from: 2, to: 6, insert: "Z" }),
  spec("0123456789", { from: 4, to: 8, insert: "Y" }), none("01Z6789"));
named("overlapping replacements keep both texts, the other way", "0123456789",
  spec("0123456789", { from: 4, to: 8, insert: "Y" }), spec("0123456789", { from: 2, to: 6, insert: "Z" }),
  none("0123Y89"));
named("an insertion then a deletion compose into one change", "xyz", spec("xyz", { from: 0, to: 0, insert: "abc" }),
  none("xyz"), spec("abcxyz", { from: 1, to: 4, insert: "" }));
named("a replacement inverts against the original document", "abcdef", spec("abcdef", { from: 1, to: 3, insert: "XYZ" }),
  none("abcdef"), none("aXYZdef"));
named("positions map with association around an insertion", "0123456789",
  spec("0123456789", { from: 4, to: 4, insert: "ab" }), none("0123456789"), null, [4, 5]);
named("positions map with association inside a deletion", "0123456789",
  spec("0123456789", { from: 2, to: 6, insert: "" }), none("0123456789"), null, [4, 8, 10]);
named("an emoji after a clapper board counts two units", "你好🎬世界", spec("你好🎬世界", { from: 4, to: 4, insert: "🎥" }),
  spec("你好🎬世界", { from: 2, to: 2, insert: "，" }), null, [5]);
named("concurrent emoji edits converge", "你好🎬世界", spec("你好🎬世界", { from: 4, to: 4, insert: "👍" }),
  spec("你好🎬世界", { from: 2, to: 4, insert: "" }), null);
named("concurrent emoji edits converge, the other way", "你好🎬世界", spec("你好🎬世界", { from: 2, to: 4, insert: "" }),
  spec("你好🎬世界", { from: 4, to: 4, insert: "👍" }), null);
named("a position inside a surrogate pair is allowed, as in CodeMirror", "你好🎬世界",
  spec("你好🎬世界", { from: 2, to: 3, insert: "" }), spec("你好🎬世界", { from: 3, to: 3, insert: "x" }), null);
named("changed ranges are joined or listed one by one", "abcdef",
  { specs: [], changes: ChangeSet.fromJSON([2, [0, "ab"], [2, "c"], 1, [1]]) }, none("abcdef"), null);
write("changes.json", { generator: "src/test/codemirror/generate.mjs", seed: SEED, versions, cases: changes });
const sessions = [];
for (let i = 0; i < SESSIONS; i++) sessions.push(session(i));
write("collab.json", { generator: "src/test/codemirror/generate.mjs", seed: SEED, versions, sessions });
