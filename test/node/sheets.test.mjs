// plan-viz/sheets in Node: the workbook and CSV layout of plan-schema-v1.md, read and written.
// Round trips on every example and on generated plans; the errors a user sees for a broken
// workbook, each on its sheet, row and column; what the workbook cannot hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import { importSource } from './bundle.mjs';
import { planDocument } from '../robustness/plan-arbitrary.mjs';

const sheets = await importSource('src/sheets/index.ts');
const { importPlan, exportWorkbook, exportCsv, templateWorkbook } = sheets;

const examples = readdirSync('examples').filter((f) => f.endsWith('.plan.json'));
const load = (file) => JSON.parse(readFileSync(`examples/${file}`, 'utf8'));
const xlsx = (name, bytes) => [{ name, bytes }];
const csv = (name, text) => ({ name, bytes: new TextEncoder().encode(text) });
const errors = (problems) => problems.filter((p) => p.severity === 'error');

/** The parts of a plan a workbook does not carry: `$schema` (a hint for editors) and empty lists, which draw the same as none. */
function comparable(doc) {
  const drop = (value) => {
    if (Array.isArray(value)) return value.map(drop);
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === '$schema' || (Array.isArray(v) && v.length === 0 && k !== 'items' && k !== 'goals')) continue;
        out[k] = drop(v);
      }
      return out;
    }
    return value;
  };
  return drop(doc);
}

test('every example: JSON → workbook → JSON gives the same plan (observation dates aside, which export refuses by name)', async () => {
  for (const file of examples) {
    const plan = load(file);
    const first = await exportWorkbook(plan);
    const dated = (plan.indicators ?? []).flatMap((ind, i) => ['baseline', 'target', 'current'].filter((k) => ind[k]?.date !== undefined).map((k) => `/indicators/${i}/${k}/date`));
    if (dated.length > 0) {
      assert.equal(first.bytes, undefined, `${file}: written despite dates`);
      assert.deepEqual(first.problems.map((p) => p.pointer).sort(), dated.sort(), file);
      for (const p of first.problems) assert.match(p.message.ja, /指標 .+ の (baseline|target|current)\.date はブックに書けません/);
      for (const ind of plan.indicators) for (const k of ['baseline', 'target', 'current']) if (ind[k]) delete ind[k].date;
    }
    const { bytes, problems } = await exportWorkbook(plan);
    assert.deepEqual(problems, [], file);
    const back = await importPlan(xlsx(file.replace('.json', '.xlsx'), bytes));
    assert.deepEqual(errors(back.problems), [], file);
    assert.deepStrictEqual(back.plan, comparable(plan), file);
    // And the other way: workbook → JSON → workbook → JSON.
    const again = await importPlan(xlsx('again.xlsx', (await exportWorkbook(back.plan)).bytes));
    assert.deepStrictEqual(again.plan, back.plan, file);
  }
});

test('the Iwaki plan as CSV files, one per sheet: the same plan as from the workbook', async () => {
  const plan = load('iwaki-chiiki-fukushi.plan.json');
  const files = [];
  for (const sheet of ['計画', '体系', '指標', '協働', '記述', '評価', '関連計画', '年表']) {
    const { text, problems } = exportCsv(plan, sheet);
    assert.deepEqual(problems, [], sheet);
    assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a BOM so that Excel reads UTF-8');
    files.push(csv(`${sheet}.csv`, text));
  }
  const back = await importPlan(files);
  assert.deepEqual(errors(back.problems), []);
  assert.deepStrictEqual(back.plan, comparable(plan));
});

/** A generated plan made holdable: observations keep a year and lose their date, measured years in order. */
function holdable(doc) {
  for (const ind of doc.indicators ?? []) {
    const fix = (o, year) => {
      delete o.date;
      if (year !== undefined) o.year = year;
    };
    fix(ind.baseline);
    fix(ind.target);
    (ind.history ?? []).forEach((o, i) => fix(o, 2000 + i));
    if (ind.current) fix(ind.current, 2000 + (ind.history?.length ?? 0));
    else delete ind.history;
  }
  return doc;
}

test('generated plans (Japanese, English, other languages, emoji, odd ids): export then import gives the same plan', async () => {
  await fc.assert(
    fc.asyncProperty(planDocument, async (raw) => {
      const plan = holdable(structuredClone(raw));
      const { bytes, problems } = await exportWorkbook(plan);
      if (!bytes) {
        // The only thing a generated plan may hold that the layout cannot: a single list entry containing 、 or ,.
        for (const p of problems) assert.equal(p.code, 'cannot-hold', JSON.stringify(p));
        return;
      }
      const back = await importPlan(xlsx('generated.xlsx', bytes));
      assert.deepEqual(errors(back.problems), []);
      assert.deepStrictEqual(back.plan, comparable(plan));
    }),
    { numRuns: 60, seed: 14 },
  );
});

test('generated plans as they come: export either gives back the same plan, or refuses naming each place it cannot hold', async () => {
  await fc.assert(
    fc.asyncProperty(planDocument, async (plan) => {
      const { bytes, problems } = await exportWorkbook(plan);
      if (bytes) {
        const back = await importPlan(xlsx('generated.xlsx', bytes));
        assert.deepStrictEqual(back.plan, comparable(plan));
      } else {
        assert.ok(problems.length > 0);
        for (const p of problems) {
          assert.equal(p.code, 'cannot-hold');
          assert.match(p.pointer, /^\/(indicators|levels|collaboration|timeline|evaluation)(\/|$)/);
        }
      }
    }),
    { numRuns: 40, seed: 7 },
  );
});

test('the template: every sheet, its Japanese headers, example rows, and drop-down lists for 方向, 関係, 範囲', async () => {
  const bytes = await templateWorkbook('ja');
  const parts = unzipSync(bytes);
  const workbookXml = strFromU8(parts['xl/workbook.xml']);
  const names = [...workbookXml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(names, ['計画', '体系', '指標', '協働', '記述', '評価', '関連計画', '年表']);
  const sheetXml = (name) => strFromU8(parts[`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`]);
  assert.match(sheetXml('指標'), /<formula1>"増加,減少,維持"<\/formula1>/);
  assert.match(sheetXml('関連計画'), /<formula1>"根拠,上位,関連,連携"<\/formula1>/);
  assert.match(sheetXml('年表'), /<formula1>"国,県,市"<\/formula1>/);
  for (const header of ['ID', '施策ID', '指標名', '方向', '基準値', '基準年度', '目標値', '目標年度', '2024年度', '2025年度', '目標 2026年度'])
    assert.ok(sheetXml('指標').includes(`>${header}<`), header);
  const plan = (await importPlan(xlsx('template.xlsx', bytes))).plan;
  assert.equal(plan.plan.title, 'みどり町 環境基本計画');
  assert.deepEqual(plan.indicators[0].current, { value: 1480, year: 2025 });
  const english = await importPlan(xlsx('template-en.xlsx', await templateWorkbook('en')));
  assert.equal(english.plan.plan.title, 'Greenfield Environment Plan');
});
