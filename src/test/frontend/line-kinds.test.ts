// The editor's reading of each line (heading, cue, dialogue, …) against the hand-written table in
// src/test/resources/fountain/line-kinds.txt, which the server's parser is checked against too
// (FountainLineKindsTest): the highlighter shows a line as what the breakdown and the PDF will make of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  classifyLines,
  classifyRange,
  isSceneHeadingAt,
  titlePageEnd,
  type Dialect,
} from "../../../frontend/script-editor/line-kinds";

/** run-tests.mjs runs the tests in the project directory. */
const table = readFileSync(join(process.cwd(), "src/test/resources/fountain/line-kinds.txt"), "utf8");

interface Case {
  name: string;
  dialect: Dialect;
  lines: string[];
  kinds: string[];
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const row of table.split("\n")) {
    if (row.startsWith("case ")) {
      const [, dialect, ...name] = row.split(" ");
      found.push({ name: name.join(" "), dialect: dialect as Dialect, lines: [], kinds: [] });
    } else if (row.trim() && !row.startsWith("//")) {
      const bar = row.indexOf(" |");
      found[found.length - 1].kinds.push(row.substring(0, bar));
      found[found.length - 1].lines.push(row.length > bar + 3 ? row.substring(bar + 3) : "");
    }
  }
  return found;
}

function numbered(c: Case, kinds: readonly string[]): string[] {
  return c.lines.map((line, i) => `${i + 1} ${kinds[i]} | ${line}`);
}

test("theTableHasCasesInBothDialects", () => {
  const all = cases();
  assert.equal(all.length, 13);
  assert.deepEqual([...new Set(all.map((c) => c.dialect))].sort(), ["chinese", "plain"]);
});

for (const c of cases()) {
  test(`highlighterReadsEachLineAsTheTableSays: ${c.dialect}: ${c.name}`, () => {
    assert.deepEqual(numbered(c, classifyLines(c.lines, c.dialect)), numbered(c, c.kinds));
  });

  test(`theOutlineListsTheLinesTheTableCallsHeadings: ${c.dialect}: ${c.name}`, () => {
    const doc = { lines: c.lines.length, line: (n: number) => ({ text: c.lines[n - 1] }) };
    const titleEnd = titlePageEnd(doc, c.dialect);
    const headings = c.lines.filter((_, i) => isSceneHeadingAt(doc, i + 1, c.dialect, titleEnd));
    assert.deepEqual(headings, c.lines.filter((_, i) => c.kinds[i] === "sceneHeading"));
  });

  test(`theLinesOnScreenReadAsTheWholeScript: ${c.dialect}: ${c.name}`, () => {
    const doc = { lines: c.lines.length, line: (n: number) => ({ text: c.lines[n - 1] }) };
    for (let from = 1; from <= c.lines.length; from++) {
      for (let to = from; to <= c.lines.length; to++) {
        assert.deepEqual(classifyRange(doc, from, to, c.dialect), c.kinds.slice(from - 1, to), `lines ${from}-${to}`);
      }
    }
  });
}
