// npm run bench (after the drawing table), or alone: `node scripts/bench-pure.mjs [--runs 5]`.
// Times the pure parts that tests used to time (tests now check what they produce; a shared,
// noisy machine prints numbers here instead of failing a test): the tree layout of 5,000
// measures, wrapping 10,000 distinct titles, and importing a 100,000-row indicator sheet.
// Median of --runs, in Node (the same code as in the browser, without the drawing).
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticPlan } from './synthetic-plan.mjs';
import { workbook, row } from '../test/sheets/fixtures.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;
const dir = mkdtempSync(join(tmpdir(), 'plan-viz-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { layoutTree } from '${process.cwd()}/src/components/plan-tree/layout.ts';\nexport { wrapText } from '${process.cwd()}/src/text/index.ts';\nexport { importPlan } from '${process.cwd()}/src/sheets/index.ts';\n`,
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'bundle.mjs'), logLevel: 'error', external: ['lit', 'lit/*', '@lit/*'] });
const { layoutTree, wrapText, importPlan } = await import(pathToFileURL(join(dir, 'bundle.mjs')).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(name, runsHere, setup, work) {
  const input = await setup();
  const times = [];
  let result;
  for (let i = 0; i < runsHere; i++) {
    const start = performance.now();
    result = await work(input);
    times.push(performance.now() - start);
  }
  console.log(`| ${name} | ${median(times).toFixed(0)} ms | ${times.map((t) => t.toFixed(0)).join(', ')} | ${result} |`);
}

console.log('\n| pure step (Node) | median | runs (ms) | checked |\n| --- | ---: | --- | --- |');
await time(
  'tree layout, 5,000 measures',
  runs,
  () => syntheticPlan(5000),
  (plan) => `${layoutTree(plan).nodes.length} boxes`,
);
const titles = Array.from({ length: 10000 }, (_, i) => `地域で支え合う福祉のまちづくりと、誰もが安心して暮らせる仕組みの充実 第${i}`);
await time(
  'wrap 10,000 distinct titles (160 px, 3 lines)',
  runs,
  () => titles,
  (all) => `${all.reduce((n, t) => n + wrapText(t, { maxWidth: 160, fontSize: 14, maxLines: 3 }).lines.length, 0)} lines`,
);
await time(
  'import 100,000 indicator rows (.xlsx)',
  Math.min(runs, 3),
  () => {
    const rows = [row(1, ['ID', '施策ID', '指標名', '単位', '方向', '基準値', '基準年度', '目標値', '目標年度', '2024年度'])];
    for (let n = 2; n <= 100_001; n++) rows.push(row(n, [`k${n}`, '1', `相談件数 ${n}`, '件', '増加', n, 2020, n + 10, 2026, n + 5]));
    const plan = `<sheetData>${[row(1, ['項目', '値']), row(2, ['ID', 'bench']), row(3, ['計画名', '計画']), row(4, ['基本理念', '理念'])].join('')}</sheetData>`;
    return workbook({
      sheets: [
        { name: '計画', xml: plan },
        { name: '体系', xml: `<sheetData>${row(1, ['ID', '親ID', '名称'])}${row(2, ['1', undefined, '目標'])}</sheetData>` },
        { name: '指標', xml: `<sheetData>${rows.join('')}</sheetData>` },
      ],
    });
  },
  async (bytes) => `${(await importPlan([{ name: 'big.xlsx', bytes }])).plan?.indicators.length} indicators`,
);
