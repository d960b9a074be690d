// The package as a bundler user gets it: the ES build installed under node_modules/plan-viz,
// imported through package.json `exports`, bundled with esbuild.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const root = resolve('.');
const project = mkdtempSync(join(tmpdir(), 'plan-viz-package-'));
const installed = join(project, 'node_modules', 'plan-viz');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

before(async () => {
  mkdirSync(installed, { recursive: true });
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: join(installed, 'dist'), emptyOutDir: true, sourcemap: false } });
  cpSync('package.json', join(installed, 'package.json'));
  // The package's dependencies, as npm would install them beside it.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'd3-hierarchy', 'd3-shape', 'd3-path', 'fflate']) {
    mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name));
  }
});

/** Bundles `source` as an app would, and returns the code. */
async function bundle(source) {
  const entry = join(project, `app-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await esbuild({ entryPoints: [entry], bundle: true, format: 'esm', write: false, minify: false, logLevel: 'error', absWorkingDir: project });
  return result.outputFiles[0].text;
}

const defines = (code, tag) => new RegExp(`\\(\\s*["']${tag}["']\\s*\\)`).test(code);

test('exports: every entry point and its types are listed', () => {
  for (const entry of ['.', './tree', './collaboration', './gauge', './indicators', './schema', './deck']) {
    assert.ok(pkg.exports[entry]?.import, `${entry} has no import`);
    assert.match(pkg.exports[entry].types, /^\.\/dist\/types\/.*\.d\.ts$/);
  }
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['d3-hierarchy', 'd3-shape', 'fflate', 'lit']);
});

test('plan-viz/deck writes a .pptx in plain Node, with no Lit and no element in the bundle', async () => {
  const code = await bundle(
    `import { planDeck } from 'plan-viz/deck'; const bytes = planDeck(${readFileSync('examples/english-sample.plan.json', 'utf8')}); console.log(JSON.stringify([bytes.length, String.fromCharCode(bytes[0], bytes[1])]));`,
  );
  assert.doesNotMatch(code, /LitElement|lit-html|customElements\.define/);
  const file = join(project, 'deck-app.mjs');
  writeFileSync(file, code);
  const { execFileSync } = await import('node:child_process');
  const [length, magic] = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
  assert.equal(magic, 'PK');
  assert.ok(length > 10_000);
});

test('plan-viz/tree defines <plan-tree> and not the other elements', async () => {
  const code = await bundle(`import 'plan-viz/tree';`);
  assert.ok(defines(code, 'plan-tree'));
  for (const other of ['plan-collaboration', 'plan-gauge', 'plan-indicators']) assert.ok(!defines(code, other), `${other} came along`);
});

test('plan-viz/indicators brings <plan-gauge> with it (it draws gauges) but not the tree', async () => {
  const code = await bundle(`import 'plan-viz/indicators';`);
  assert.ok(defines(code, 'plan-indicators'));
  assert.ok(!defines(code, 'plan-tree'));
  assert.ok(!defines(code, 'plan-collaboration'));
});

test('plan-viz/schema validates with no Lit in the bundle', async () => {
  const code = await bundle(
    `import { validatePlan } from 'plan-viz/schema'; const r = validatePlan({ schemaVersion: 1 }); console.log(JSON.stringify([r.valid, r.errors[0].pointer]));`,
  );
  assert.doesNotMatch(code, /LitElement|lit-html|customElements/);
  // It runs in plain Node, with no DOM.
  const file = join(project, 'schema-app.mjs');
  writeFileSync(file, code);
  const { execFileSync } = await import('node:child_process');
  assert.deepEqual(JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })), [false, '/plan']);
});

test('plan-viz defines every element, sharing one Lit with the app', async () => {
  const code = await bundle(`import { html } from 'lit'; import 'plan-viz'; console.log(html);`);
  for (const tag of ['plan-tree', 'plan-collaboration', 'plan-gauge', 'plan-indicators']) assert.ok(defines(code, tag), `${tag} is not defined`);
  assert.equal((code.match(/^\/\/ .*\/lit-html\/(development\/)?lit-html\.js$/gm) ?? []).length, 1);
});
