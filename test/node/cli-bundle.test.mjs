// dist/cli.mjs, built as `npm run build:cli` builds it, draws from scenes only: no Lit, no server
// rendering (@lit-labs/ssr), no HTML parser (parse5), no fake DOM, no CSS evaluation, none of the
// elements themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the command line bundle holds no Lit, no SSR, no parse5, no element and no CSS reader', async () => {
  // The same options as the build:cli script, read from it so that the two cannot drift.
  assert.match(pkg.scripts['build:cli'], /^esbuild src\/cli\/node\.ts --bundle --platform=node --format=esm --target=node20 --minify /);
  const result = await build({
    entryPoints: ['src/cli/node.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((path) =>
    /node_modules\/(parse5|@lit-labs|lit|lit-html|lit-element|@lit\/)|src\/export\/(css|render-node|compose|browser|svg)\.ts|src\/components\/[^/]+\/plan-[^/]+\.ts$|\.styles\.ts$|src\/core\/plan-element\.ts/.test(
      path,
    ),
  );
  assert.deepEqual(forbidden, []);
  const text = result.outputFiles[0].text;
  for (const word of ['shadowrootmode', 'getComputedStyle', 'customElements', 'dominant-baseline', 'install-global-dom-shim'])
    assert.ok(!text.includes(word), `dist/cli.mjs contains ${word}`);
  // What it does hold: the scene renderer and every view's scene.
  for (const path of ['src/scene/svg.ts', 'src/components/plan-tree/scene.ts', 'src/components/plan-collaboration/scene.ts', 'src/components/plan-gauge/scene.ts'])
    assert.ok(inputs.includes(path), `${path} is not in the bundle`);
  console.log(`# dist/cli.mjs: ${(text.length / 1024).toFixed(1)} kB minified, ${inputs.length} inputs`);
});
