import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** run-tests.mjs runs the tests in the project directory. */
const project = process.cwd();

function find(dir: string, name: string): string | null {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const hit = find(p, name);
      if (hit) return hit;
    } else if (e.name === name) {
      return p;
    }
  }
  return null;
}

test("theTestsUseTheEditorPackageVersionsTheStudioShips", () => {
  const javaFile = find(join(project, "src/main/java"), "EditorPackages.java");
  assert.ok(javaFile, "EditorPackages.java not found under src/main/java");
  const java = readFileSync(javaFile, "utf8");
  const versions = new Map([...java.matchAll(/static final String (\w+) = "([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const pkg = JSON.parse(readFileSync(join(project, "src/test/frontend/package.json"), "utf8"));
  assert.deepEqual(
    { state: pkg.devDependencies["@codemirror/state"], collab: pkg.devDependencies["@codemirror/collab"] },
    { state: versions.get("STATE"), collab: versions.get("COLLAB") },
    "src/test/frontend/package.json must pin the versions in " + javaFile,
  );
});
