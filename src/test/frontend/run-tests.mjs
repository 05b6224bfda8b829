// Bundles each *.test.ts here (with the frontend modules it imports) into target/frontend-tests with esbuild, then
// runs them with Node's own test runner. Bare imports (@codemirror/*) resolve from this package only, so the tests
// use the versions pinned in this package-lock.json whatever a Vaadin build left in the project's node_modules.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, "../../..");
const out = join(project, "target/frontend-tests");
const tests = readdirSync(here).filter((f) => f.endsWith(".test.ts"));

const fromThisPackage = {
  name: "bare-imports-from-test-package",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "here" || args.path.startsWith("node:")) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: "here" });
      return r.errors.length ? { errors: r.errors } : r;
    });
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: tests.map((t) => join(here, t)),
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
  plugins: [fromThisPackage],
});

const files = tests.map((t) => join(out, t.replace(/\.ts$/, ".mjs")));
const run = spawnSync(process.execPath, ["--enable-source-maps", "--disable-warning=ExperimentalWarning", "--test", "--test-reporter=spec", ...files], { stdio: "inherit", cwd: project });
process.exit(run.status ?? 1);
