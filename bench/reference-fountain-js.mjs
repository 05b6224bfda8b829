// Times the reference parser (fountain-js 1.2.4, the one the corpus expectations come from) on the benchmark
// inputs: node bench/reference-fountain-js.mjs DIR_WITH_fountain-js DIR_WITH_INPUTS
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [moduleDir, inputs] = process.argv.slice(2);
const require = createRequire(join(moduleDir, 'package.json'));
const { Fountain } = require('fountain-js');
const parser = new Fountain();
for (const size of ['180k', '1m', '10m']) {
  const text = readFileSync(join(inputs, `script-${size}.fountain`), 'utf8');
  const runs = size === '10m' ? 1 : size === '1m' ? 3 : 20;
  if (size !== '10m') { for (let i = 0; i < 5; i++) parser.parse(text, true); }
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) parser.parse(text, true);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`fountain-js ${size}: ${ms.toFixed(1)} ms/parse, ${(mb / (ms / 1000)).toFixed(2)} MB/s`);
}
