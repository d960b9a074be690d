// plan-viz/sheets in the browser, where the studio runs it (Chromium's TextDecoder, Intl and
// Blob, not Node's): the Iwaki plan written as a workbook and as one CSV file per sheet reads back
// to the same plan, Japanese text intact; a broken CSV is told on its sheet, row and column.
import { expect } from '@open-wc/testing';
import { describeProblem, exportCsv, exportWorkbook, importPlan } from '../../src/sheets/index.js';
import type { PlanDocument } from '../../src/schema/index.js';
import { loadPlan } from '../components/plan-tree/helpers.js';

const SHEETS = ['計画', '体系', '指標', '協働', '記述', '評価', '関連計画', '年表'];

describe('plan-viz/sheets in Chromium', () => {
  it('a workbook and CSV files of the Iwaki plan read back to the same plan', async () => {
    // The $schema line is the JSON file's pointer for editors, not part of the plan a sheet holds.
    const { $schema: _pointer, ...plan } = (await loadPlan('iwaki-chiiki-fukushi')) as PlanDocument & { $schema?: string };
    const { bytes, problems } = await exportWorkbook(plan);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect([...bytes!.slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
    const fromWorkbook = await importPlan([{ name: 'iwaki.xlsx', bytes: bytes! }]);
    expect(fromWorkbook.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(fromWorkbook.plan).to.deep.equal(plan);

    const files = SHEETS.flatMap((sheet) => {
      const { text } = exportCsv(plan, sheet);
      return text === undefined ? [] : [{ name: `${sheet}.csv`, bytes: new TextEncoder().encode(text) }];
    });
    expect(files.length).to.be.greaterThan(2);
    const fromCsv = await importPlan(files);
    expect(fromCsv.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(fromCsv.plan).to.deep.equal(plan);
    expect(fromCsv.plan!.plan.title).to.equal(plan.plan.title);
  });

  it('a CSV with a parent that does not exist: no plan, the problem on its sheet, row and column in both languages', async () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    const { plan, problems } = await importPlan([
      { name: '計画.csv', bytes: csv('項目,値\nID,t\n計画名,"テスト計画, 第1期"\n基本理念,安心\n') },
      { name: '体系.csv', bytes: csv('ID,親ID,名称\n1,,目標\n2,9,施策\n') },
    ]);
    expect(plan).to.equal(undefined);
    const error = problems.find((p) => p.severity === 'error')!;
    expect([error.sheet, error.row, error.column]).to.deep.equal(['体系', 3, '親ID']);
    expect(describeProblem(error, 'ja')).to.match(/体系.*3行目.*親ID/);
    expect(describeProblem(error, 'en')).to.match(/row 3/i);
  });
});
