// plan-viz deck on the command line: a deck written whole, or an error, an exit code and no file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importSource } from './bundle.mjs';
import { openDeck, slideParts } from '../deck/helpers.mjs';

const { main } = await importSource('src/cli/main.ts');

function fakeIO(env = { LANG: 'ja_JP.UTF-8' }) {
  const out = [];
  const err = [];
  const written = new Map();
  return {
    out,
    err,
    written,
    io: {
      readFile: (path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8'),
      writeFile: async (path, content) => void written.set(path, content),
      writeBytes: async (path, data) => void written.set(path, data),
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      env,
    },
  };
}

test('deck: writes the .pptx and says so; --lang, --size, --today and --indicators reach the deck', async () => {
  const t = fakeIO();
  const code = await main(
    [
      'deck',
      'examples/iwaki-chiiki-fukushi.plan.json',
      '--indicators',
      'examples/iwaki-sample-indicators.plan.json',
      '--today',
      '2026-03-31',
      '--size',
      '4:3',
      '--out',
      'out.pptx',
    ],
    t.io,
  );
  assert.equal(code, 0, t.err.join('\n'));
  assert.deepEqual(t.out, ['out.pptx に書き出しました']);
  const parts = openDeck(t.written.get('out.pptx'));
  assert.match(parts.get('ppt/presentation.xml'), /type="screen4x3"/);
  const names = slideParts(parts).map((s) => parts.get(s).match(/<p:cSld name="([^"]*)"/)[1]);
  assert.ok(names.includes('成果指標：基本目標２ 支え合い、誰もが安心できる地域をつくるために'), names.join(' | '));

  const en = fakeIO({ LANG: 'C' });
  assert.equal(await main(['deck', 'examples/english-sample.plan.json', '--lang', 'en', '--out', 'en.pptx'], en.io), 0);
  assert.match(openDeck(en.written.get('en.pptx')).get('ppt/slides/slide1.xml'), /lang="en-US"/);
});

test('deck: an invalid plan gets the same errors as render, exit 1, and nothing written', async () => {
  const file = 'examples/broken/duplicate-id.broken.json';
  const deck = fakeIO({ LANG: 'C' });
  const render = fakeIO({ LANG: 'C' });
  assert.equal(await main(['deck', file, '--out', 'x.pptx'], deck.io), 1);
  await main(['render', file, '--view', 'tree', '--out', 'x.svg'], { ...render.io, renderSvg: () => '<svg/>' });
  assert.ok(deck.err.length >= 2);
  assert.deepEqual(deck.err, render.err);
  assert.equal(deck.written.size, 0);
  // Not JSON, not there: the same messages too.
  for (const bad of ['README.md', 'examples/none.json']) {
    const d = fakeIO({ LANG: 'C' });
    const r = fakeIO({ LANG: 'C' });
    assert.equal(await main(['deck', bad, '--out', 'x.pptx'], d.io), 1);
    await main(['render', bad, '--out', 'x.svg'], { ...r.io, renderSvg: () => '<svg/>' });
    assert.deepEqual(d.err, r.err);
    assert.equal(d.written.size, 0);
  }
});

test('deck: indicators that measure no node of the plan are named in the indicators file, exit 1, nothing written', async () => {
  const t = fakeIO({ LANG: 'C' });
  const code = await main(['deck', 'examples/iwaki-chiiki-fukushi.plan.json', '--indicators', 'examples/thirty-indicators.plan.json', '--out', 'x.pptx'], t.io);
  assert.equal(code, 1);
  assert.equal(t.err[0], '✗ examples/thirty-indicators.plan.json: 4 problems');
  assert.match(t.err[1], /^ {2}\/indicators\/26\/node {2}There is no node "4-1"/);
  assert.equal(t.written.size, 0);
});

test('deck: a wrong command line exits 2 with a message in Japanese or English, nothing written', async () => {
  const cases = [
    [['deck', 'examples/iwaki-chiiki-fukushi.plan.json'], /--out で出力先の \.pptx/],
    [['deck', 'examples/iwaki-chiiki-fukushi.plan.json', '--size', '3:2', '--out', 'x.pptx'], /--size は 16:9 か 4:3 です（3:2）/],
    [['deck', 'examples/iwaki-chiiki-fukushi.plan.json', '--today', '2026-02-30', '--out', 'x.pptx'], /--today は YYYY-MM-DD の日付です（2026-02-30）/],
    [['deck', 'examples/iwaki-chiiki-fukushi.plan.json', '--lang', 'fr', '--out', 'x.pptx'], /--lang must be ja or en \(got fr\)/],
    [['deck', 'examples/iwaki-chiiki-fukushi.plan.json', '--colour', 'red', '--out', 'x.pptx'], /オプションが正しくありません/],
    [['deck', '--out', 'x.pptx'], /plan-viz deck ファイル --out 出力\.pptx/],
  ];
  for (const [args, message] of cases) {
    const t = fakeIO();
    assert.equal(await main(args, t.io), 2, args.join(' '));
    assert.match(t.err.join('\n'), message);
    assert.equal(t.written.size, 0);
  }
});

test('deck in a real process: the file appears whole; on bad input the old file stays as it was and no temporary file is left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-viz-deck-cli-'));
  const cli = join(dir, 'cli.mjs');
  await build({ entryPoints: ['src/cli/node.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
  const run = (...args) =>
    new Promise((resolve) =>
      execFile(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C' } }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr })),
    );
  const out = join(dir, 'deck.pptx');
  const ok = await run('deck', 'examples/deep-health-plan.plan.json', '--out', out);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stdout.trim(), `wrote ${out}`);
  assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK');
  writeFileSync(out, 'the deck of last week');
  const bad = await run('deck', 'examples/broken/duplicate-id.broken.json', '--out', out);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /\/goals\/0\/children\/1\/id {2}Duplicate id "1-1"/);
  assert.equal(readFileSync(out, 'utf8'), 'the deck of last week');
  const missing = join(dir, 'missing.pptx');
  assert.equal((await run('deck', 'examples/broken/duplicate-id.broken.json', '--out', missing)).code, 1);
  assert.ok(!existsSync(missing));
  const unwritable = await run('deck', 'examples/deep-health-plan.plan.json', '--out', join(dir, 'no-such-folder', 'deck.pptx'));
  assert.equal(unwritable.code, 1);
  assert.match(unwritable.stderr, /cannot write it/);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('the README’s deck commands run as written', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const lines = readme.split('\n').filter((line) => line.startsWith('npx plan-viz deck '));
  assert.ok(lines.length >= 3);
  for (const line of lines) {
    const t = fakeIO({ LANG: 'C' });
    const args = line.replace(/^npx plan-viz /, '').split(/\s+/);
    assert.equal(await main(args, t.io), 0, `${line}: ${t.err.join('\n')}`);
    const out = args[args.indexOf('--out') + 1];
    assert.equal(openDeck(t.written.get(out)).has('ppt/presentation.xml'), true);
  }
});
