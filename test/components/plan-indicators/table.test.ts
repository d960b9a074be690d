import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/plan-indicators/index.js';
import type { PlanIndicators } from '../../../src/components/plan-indicators/index.js';
import { csvText, tableToCsv } from '../../../src/components/plan-indicators/table-csv.js';
import { indicatorTable, sortRows } from '../../../src/components/plan-indicators/table-model.js';
import { clearPlanCache } from '../../../src/core/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { edgePlan } from '../../progress/edge-plan.js';

const today = new Date(2025, 5, 1);

async function table(plan: PlanDocument = edgePlan, lang = 'ja'): Promise<PlanIndicators> {
  const el = await fixture<PlanIndicators>(html`<plan-indicators .plan=${plan} layout="table" lang=${lang} today="2025-06-01"></plan-indicators>`);
  await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the table is drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const root = (el: PlanIndicators) => el.shadowRoot!;
const headers = (el: PlanIndicators) => [...root(el).querySelectorAll('thead th button')].map((b) => b.textContent!.replace(/[▲▼↕\s]/g, ''));
const header = (el: PlanIndicators, name: string) => [...root(el).querySelectorAll('thead th')].find((th) => th.textContent!.includes(name))!;
const rowNames = (el: PlanIndicators) => [...root(el).querySelectorAll('tbody tr:not(.trend-row) th[scope="row"] .name-text')].map((n) => n.textContent);

describe('<plan-indicators layout="table">', () => {
  beforeEach(() => clearPlanCache());

  it('is a real table: a column per measured fiscal year, headers for every cell, values with their years', async () => {
    const el = await table();
    expect(headers(el)).to.deep.equal(['施策', '指標', '単位', '基準値', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '目標値', '進捗', '評価']);
    expect(root(el).querySelector('caption')!.textContent).to.equal('成果指標の一覧（12件）');
    expect([...root(el).querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const millions = root(el).querySelector('tr[data-indicator="millions"]')!;
    const cells = [...millions.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal([
      '防犯',
      '市民交流センターの年間来館者数 推移',
      '人',
      '1,250,000令和3年度',
      '',
      '',
      '1,262,000',
      '1,291,000',
      '1,318,000',
      '1,400,000令和8年度',
      '45%',
      '遅れ',
    ]);
    expect(millions.querySelector('th')!.getAttribute('scope')).to.equal('row');
    // 未計測 has no progress, and says so in the grade column, never 0%.
    const unmeasured = root(el).querySelector('tr[data-indicator="not-measured"]')!;
    expect(unmeasured.querySelector('.progress')!.textContent).to.equal('');
    expect(unmeasured.querySelector('.grade-cell')!.textContent!.trim()).to.equal('未計測');
    await expect(el).to.be.accessible();
  });

  it('sorts by a column from the keyboard, ascending then descending, with aria-sort', async () => {
    const el = await table();
    const progressHeader = header(el, '進捗');
    progressHeader.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(progressHeader.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = rowNames(el);
    // Worse than a target equal to the baseline first (no percentage), then -36% (reported crimes); unmeasured last.
    expect(ascending.slice(0, 3)).to.deep.equal(['乳幼児健康診査の未受診率', '民生委員・児童委員の充足率', '刑法犯認知件数']);
    expect(ascending[ascending.length - 1]).to.equal('市民後見人の登録者数');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(progressHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)[0]).to.equal('認知症サポーター養成講座の開催回数');
    expect(rowNames(el)[rowNames(el).length - 1]).to.equal('市民後見人の登録者数');
    expect([...root(el).querySelectorAll('thead th')].filter((th) => th.getAttribute('aria-sort') !== 'none')).to.have.length(1);
  });

  it('opens an indicator’s trend in a row below it', async () => {
    const el = await table();
    const button = root(el).querySelector<HTMLButtonElement>('tr[data-indicator="millions"] .trend-toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const row = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    const trend = row.querySelector('plan-trend')!;
    expect(trend.indicator).to.equal('millions');
    await waitUntil(() => trend.shadowRoot?.querySelector('svg'), 'the trend is drawn');
    expect(trend.shadowRoot!.querySelector('desc')!.textContent).to.include('令和6年度 1,318,000 人（現状値、遅れ）');
  });

  it('downloads the CSV and the whole plan as a workbook (.xlsx) from its buttons', async () => {
    const el = await table();
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href).then(async (r) => saved.push({ name, bytes: new Uint8Array(await r.arrayBuffer()) }));
    };
    try {
      const [csv, workbook] = [...root(el).querySelectorAll<HTMLButtonElement>('.download')];
      expect(csv!.textContent).to.equal('CSVでダウンロード');
      csv!.click();
      await waitUntil(() => saved.length === 1, 'the CSV is offered');
      workbook!.click();
      await waitUntil(() => saved.length === 2, 'the workbook is offered', { timeout: 10000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((f) => f.name)).to.deep.equal([`${edgePlan.plan.id}-indicators.csv`, `${edgePlan.plan.id}.xlsx`]);
    // UTF-8 with a BOM; a zip (PK) for the workbook.
    expect([...saved[0]!.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(saved[0]!.bytes)).to.include('ゲートキーパー養成者数');
    expect([...saved[1]!.bytes.slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
    expect(root(el).querySelector('.download-problem')).to.equal(null);
  });

  it('writes the table as CSV for Excel: BOM, CRLF, plain numbers, no formula ever', () => {
    const plan: PlanDocument = {
      ...edgePlan,
      evaluation: {
        grades: [
          { label: '達成', min: 1, symbol: '◎' },
          { label: '遅れ', min: -1e9, symbol: '△' },
        ],
      },
      indicators: [
        { ...edgePlan.indicators![0]!, name: '=HYPERLINK("http://x","市民")', unit: '@人' },
        { ...edgePlan.indicators![1]!, name: '+1', unit: '-' },
      ],
    };
    const csv = tableToCsv(indicatorTable(plan, 'ja', today), 'ja');
    expect(csv.startsWith('\uFEFF"施策","指標","単位","基準値","基準年度","令和6年度","目標値","目標年度","進捗 (%)","記号","評価"\r\n')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).to.equal(`"担い手","'=HYPERLINK(""http://x"",""市民"")","'@人",0,2020,640,3000,2026,21,"△","遅れ"`);
    expect(lines[2]).to.equal(`"担い手","'+1","'-",0,2020,80,100,2026,80,"△","遅れ"`);
    expect(lines[3]).to.equal('');
    expect(csvText('-5')).to.equal(`"'-5"`);
    expect(csvText('普通の文')).to.equal('"普通の文"');
  });

  it('sorts text in the reader’s order and keeps rows without a value last both ways', () => {
    const t = indicatorTable(edgePlan, 'ja', today);
    const years = t.years;
    expect(years).to.deep.equal([2020, 2021, 2022, 2023, 2024]);
    const by2022 = sortRows(t, 'year-2022', 'descending', 'ja').map((r) => r.indicator.id);
    expect(by2022[0]).to.equal('millions');
    expect(sortRows(t, 'year-2022', 'ascending', 'ja')[0]!.indicator.id).to.equal('suicide');
    // Rows without a 2022 value come last either way.
    const with2022 = t.rows.filter((r) => r.years[2] !== null).length;
    for (const direction of ['ascending', 'descending'] as const)
      expect(
        sortRows(t, 'year-2022', direction, 'ja')
          .slice(with2022)
          .every((r) => r.years[2] === null),
      ).to.equal(true);
    expect(sortRows(t, 'name', 'ascending', 'ja')[0]!.name).to.equal('がん検診の精密検査受診率');
    expect(
      sortRows(t, 'grade', 'ascending', 'ja')
        .map((r) => r.progress.grade.key)
        .at(-1),
    ).to.equal('not-measured');
    expect(
      sortRows(t, 'grade', 'descending', 'ja')
        .map((r) => r.progress.grade.key)
        .at(-1),
    ).to.equal('not-measured');
  });
});
