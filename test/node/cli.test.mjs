// The plan-viz command line tool, run in Node with files from examples/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importSource } from './bundle.mjs';

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
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      env,
    },
  };
}

test('validate: valid plans exit 0 and say so in the language of LANG', async () => {
  const t = fakeIO();
  const code = await main(['validate', 'examples/iwaki-chiiki-fukushi.plan.json', 'examples/english-sample.plan.json'], t.io);
  assert.equal(code, 0);
  assert.deepEqual(t.out, ['✓ examples/iwaki-chiiki-fukushi.plan.json: 問題はありません', '✓ examples/english-sample.plan.json: 問題はありません']);
});

test('validate: an invalid plan exits 1 and lists each problem with its JSON Pointer', async () => {
  const t = fakeIO({ LANG: 'C' });
  const code = await main(['validate', 'examples/iwaki-chiiki-fukushi.plan.json', 'examples/broken/duplicate-id.broken.json'], t.io);
  assert.equal(code, 1);
  assert.equal(t.out[1], '✗ examples/broken/duplicate-id.broken.json: 1 problem');
  assert.match(t.out[2], /^ {2}\/goals\/0\/children\/1\/id {2}Duplicate id "1-1"/);
});

test('validate: a missing file and a file that is not JSON are reported, not thrown', async () => {
  const t = fakeIO({ LANG: 'en_US.UTF-8' });
  const code = await main(['validate', 'examples/nope.json', 'README.md'], t.io);
  assert.equal(code, 1);
  assert.match(t.err[0], /^✗ examples\/nope\.json: cannot read it/);
  assert.match(t.err[1], /^✗ README\.md: not valid JSON/);
});

test('no command prints the usage; an unknown command exits 2', async () => {
  const t = fakeIO({});
  assert.equal(await main([], t.io), 0);
  assert.match(t.err[0], /plan-viz validate FILE/);
  assert.equal(await main(['draw'], fakeIO({}).io), 2);
});

// ---------------------------------------------------------------------------
// render: the real command, bundled as `npm run build:cli` bundles it, run in a child process.

const workdir = mkdtempSync(join(tmpdir(), 'plan-viz-cli-'));
const cli = join(workdir, 'cli.mjs');
const built = build({ entryPoints: ['src/cli/node.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });

async function run(...args) {
  await built;
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C' } }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** The text drawn in an SVG file, line by line, and every line run together (titles wrap over lines). */
function drawnText(svg) {
  const unescape = (s) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const lines = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
  return { lines, joined: lines.join('') };
}

const iwaki = JSON.parse(await readFile(new URL('../../examples/iwaki-chiiki-fukushi.plan.json', import.meta.url), 'utf8'));

function nodesOf(plan) {
  const all = [];
  const walk = (nodes) => nodes.forEach((n) => (all.push(n), walk(n.children ?? [])));
  walk(plan.goals);
  return all;
}

test('render --view tree: a standalone SVG of the Iwaki plan with every title, in its boxes', async () => {
  const out = join(workdir, 'tree.svg');
  const result = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'tree', '--out', out);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.trim(), `wrote ${out}`);
  const svg = await readFile(out, 'utf8');
  assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(\.\d+)?" height="\d+(\.\d+)?" viewBox="/);
  assert.match(svg, /<title id="title">いわき市地域福祉計画 体系図<\/title>/);
  assert.match(svg, /font-family="'Noto Sans CJK JP'/);
  const { joined } = drawnText(svg);
  const titles = [iwaki.vision.text, ...nodesOf(iwaki).map((n) => n.title)];
  assert.equal(titles.length, 24);
  for (const title of titles) assert.ok(joined.includes(title.replace(/\s+/g, '')) || joined.includes(title), `"${title}" is not drawn`);
  // The text alternative names every node too.
  const desc = /<desc id="desc">([^<]*)<\/desc>/.exec(svg)[1];
  for (const node of nodesOf(iwaki)) assert.ok(desc.includes(node.title), `"${node.title}" is not in <desc>`);
  // No stylesheet, class, custom property or interaction left: only presentation attributes.
  assert.doesNotMatch(svg, /<style|class=|var\(|tabindex|role="treeitem"|aria-level/);
  // Goal 1's box in its colour, its text in white.
  assert.match(svg, /<rect [^>]*fill="#1d5a9e" stroke="#1d5a9e"/);
});

test('render --lang en draws the English text of a bilingual plan', async () => {
  const out = join(workdir, 'tree-en.svg');
  const result = await run('render', 'examples/six-actor-bilingual.plan.json', '--view', 'tree', '--lang', 'en', '--out', out);
  assert.equal(result.code, 0, result.stderr);
  const svg = await readFile(out, 'utf8');
  const plan = JSON.parse(await readFile('examples/six-actor-bilingual.plan.json', 'utf8'));
  assert.match(svg, /<svg [^>]*lang="en"/);
  const { joined } = drawnText(svg);
  for (const goal of plan.goals) assert.ok(joined.replace(/\s+/g, '').includes(goal.title.en.replace(/\s+/g, '')), `"${goal.title.en}" is not drawn`);
});

test('render --view collaboration: every keyword and actor of the Iwaki figure', async () => {
  const out = join(workdir, 'collaboration.svg');
  const result = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'collaboration', '--out', out);
  assert.equal(result.code, 0, result.stderr);
  const svg = await readFile(out, 'utf8');
  const { joined } = drawnText(svg);
  const c = iwaki.collaboration;
  for (const word of [c.title, c.center, ...c.actors.map((a) => a.label), ...c.keywords.map((k) => k.text)]) assert.ok(joined.includes(word), `"${word}" is not drawn`);
  assert.equal([...svg.matchAll(/<circle /g)].length >= c.actors.length, true);
});

test('render --view indicators, and --indicator for one gauge', async () => {
  const sample = JSON.parse(await readFile('examples/iwaki-sample-indicators.plan.json', 'utf8'));
  const all = join(workdir, 'indicators.svg');
  assert.equal((await run('render', 'examples/iwaki-sample-indicators.plan.json', '--view', 'indicators', '--out', all)).code, 0);
  const { joined } = drawnText(await readFile(all, 'utf8'));
  for (const indicator of sample.indicators) assert.ok(joined.includes(indicator.name), `"${indicator.name}" is not drawn`);
  const one = join(workdir, 'gauge.svg');
  const id = sample.indicators[1].id;
  assert.equal((await run('render', 'examples/iwaki-sample-indicators.plan.json', '--view', 'indicators', '--indicator', id, '--out', one)).code, 0);
  const svg = await readFile(one, 'utf8');
  assert.match(svg, new RegExp(`<title id="title">いわき市地域福祉計画 ${sample.indicators[1].name}</title>`));
  const gauge = drawnText(svg).joined;
  for (const other of sample.indicators.filter((i) => i.id !== id)) assert.ok(!gauge.includes(other.name));
});

test('render refuses what it cannot draw, with a reason and a non-zero exit', async () => {
  const out = join(workdir, 'never.svg');
  const invalid = await run('render', 'examples/broken/duplicate-id.broken.json', '--view', 'tree', '--out', out);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /\/goals\/0\/children\/1\/id/);
  const unknown = await run('render', 'examples/iwaki-sample-indicators.plan.json', '--view', 'indicators', '--indicator', 'nope', '--out', out);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /cannot draw it/);
  const noIndicators = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'indicators', '--out', out);
  assert.equal(noIndicators.code, 1);
  assert.equal((await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'map', '--out', out)).code, 2);
  assert.equal((await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--lang', 'fr', '--out', out)).code, 2);
  assert.equal((await run('render', 'examples/iwaki-chiiki-fukushi.plan.json')).code, 2);
  assert.equal(existsSync(out), false);
});

test('render --view overview: the 概要版 as one SVG file, every related plan, event and section drawn, the relations in <desc>', async () => {
  const out = join(workdir, 'overview.svg');
  const result = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'overview', '--today', '2026-06-01', '--out', out);
  assert.equal(result.code, 0, result.stderr);
  const svg = await readFile(out, 'utf8');
  assert.match(svg, /<title id="title">いわき市地域福祉計画<\/title>/);
  const { lines, joined } = drawnText(svg);
  for (const plan of iwaki.relatedPlans) assert.ok(joined.includes(plan.title), `"${plan.title}" is not drawn`);
  for (const event of iwaki.timeline) assert.ok(joined.includes(event.title), `"${event.title}" is not drawn`);
  for (const section of iwaki.sections) assert.ok(lines.includes(section.title), `"${section.title}" is not drawn`);
  assert.ok(lines.includes('令和3年4月（2021年4月）　施行予定'));
  assert.ok(lines.includes('延長 +1') && lines.includes('今年度'));
  assert.ok(!joined.includes('…'));
  assert.match(/<desc id="desc">([^<]*)<\/desc>/.exec(svg)[1], /1年延長されました。.*連携・協働する計画：市社会福祉協議会の地域福祉活動計画。/);
  // The tree (every named measure, in its goal's colour) and the collaboration figure (its circles) are in the same file, under their headings.
  assert.ok(lines.includes('体系図') && lines.includes('協働の図'));
  for (const node of nodesOf(iwaki).filter((node) => node.title))
    assert.ok(joined.includes(node.title.replace(/\s/g, '')) || joined.includes(node.title), `the tree's "${node.title}" is not drawn`);
  assert.ok((svg.match(/<circle /g) ?? []).length >= 4, 'the collaboration circles are not drawn');
  const order = ['計画期間', '計画の位置づけ', '体系図', '計画策定の背景・動向', '協働の図', iwaki.sections[0].title].map((heading) => lines.indexOf(heading));
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
    `the parts are out of order: ${order}`,
  );
  // Colours resolved for a file (no var()), and the English drawing in English.
  assert.ok(!svg.includes('var('));
  const en = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', '--view', 'overview', '--lang', 'en', '--today', '2026-06-01', '--out', out);
  assert.equal(en.code, 0, en.stderr);
  assert.ok(drawnText(await readFile(out, 'utf8')).lines.includes('December 2017'));
});

test('render: the tree options and the colour scheme, and a refusal of each bad value naming the option', async () => {
  const out = join(workdir, 'tree-options.svg');
  const ok = await run(
    'render',
    'examples/iwaki-chiiki-fukushi.plan.json',
    '--view',
    'tree',
    '--orientation',
    'vertical',
    '--vision-writing',
    'vertical',
    '--max-lines',
    '2',
    '--color-scheme',
    'dark',
    '--out',
    out,
  );
  assert.equal(ok.code, 0, ok.stderr);
  const svg = await readFile(out, 'utf8');
  assert.match(svg, /<rect width="[\d.]+" height="[\d.]+" fill="#17191c"\/>/, 'the dark background');
  assert.match(svg, /writing-mode="vertical-rl"/, 'the vision written top to bottom');
  const never = join(workdir, 'never-options.svg');
  for (const [flag, value, message] of [
    ['--orientation', 'diagonal', /--orientation must be horizontal or vertical \(got diagonal\)/],
    ['--vision-writing', 'up', /--vision-writing must be horizontal or vertical/],
    ['--max-lines', '0', /--max-lines must be a whole number of at least 1 \(got 0\)/],
    ['--color-scheme', 'blue', /--color-scheme must be light or dark/],
    ['--variant', 'pie', /--variant must be arc or bar \(got pie\)/],
    ['--colour', 'dark', /bad option \(Unknown option '--colour'/],
  ]) {
    const result = await run('render', 'examples/iwaki-chiiki-fukushi.plan.json', flag, value, '--out', never);
    assert.equal(result.code, 2, `${flag} ${value}`);
    assert.match(result.stderr, message);
  }
  assert.equal(existsSync(never), false, 'nothing written');
});

test('the command table: each command answers on its own, --lang before the command is understood', async () => {
  const t = fakeIO({});
  assert.equal(await main(['--lang', 'ja', 'validate', 'examples/english-sample.plan.json'], t.io), 0);
  assert.deepEqual(t.out, ['✓ examples/english-sample.plan.json: 問題はありません']);
  const help = fakeIO({});
  assert.equal(await main(['render', '--help'], help.io), 0);
  assert.match(help.err.join('\n'), /plan-viz render FILE --view tree\|collaboration\|indicators/);
  const bad = fakeIO({ LANG: 'ja_JP.UTF-8' });
  assert.equal(await main(['validate', '--strict'], bad.io), 2);
  assert.match(bad.err[0], /オプションが正しくありません/);
});
