// Bundles a TypeScript module of src/ for Node's test runner (the library's pure parts run in Node too).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importSource(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'plan-viz-')), 'bundle.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error', external: ['lit', 'lit/*', '@lit/*'] });
  return import(pathToFileURL(outfile).href);
}
