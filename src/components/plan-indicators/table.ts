import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../schema/messages.js';
import type { Indicator, PlanDocument } from '../../schema/types.js';
import { formatNumber } from '../../progress/index.js';
import { gradeShape } from '../plan-gauge/render.js';
import { columnLabel, indicatorTable, sortRows, tableColumns, tableMessages, type IndicatorTable, type TableCell, type TableColumnKey, type TableRow } from './table-model.js';
import '../plan-trend/plan-trend.js';
import { tableStyles } from './table.styles.js';

/** What the table remembers between updates: the sorted column, the rows whose trend is open, the last table built. */
export interface TableState {
  sort?: { key: TableColumnKey; direction: 'ascending' | 'descending' };
  open: Set<string>;
  built?: { plan: PlanDocument; lang: string; indicators: readonly Indicator[]; table: IndicatorTable };
  /** Why the last download could not be made, shown beside the buttons. */
  problem?: string;
}

interface TableHost {
  requestUpdate(): void;
  readonly tableState: TableState;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The table's styles join the element's own when the table is first drawn (they are not in its first load). */
function adoptStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = tableStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** A date as `YYYY-MM-DD` in local time, as the `today` attribute takes it. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const NUMERIC = new Set(['baseline', 'target', 'progress']);

function valueCell(cell: TableCell | null, key: string): TemplateResult {
  if (!cell) return html`<td class="num"></td>`;
  return html`<td class="num" data-column=${key}>${cell.text}${cell.year ? html`<span class="year">${cell.year}</span>` : nothing}</td>`;
}

/** A download of the table: the CSV writer (and the workbook writer) load only when asked for. */
async function download(kind: 'csv' | 'workbook', plan: PlanDocument, table: IndicatorTable, lang: string, host: TableHost): Promise<void> {
  const { tableToCsv, downloadFile } = await import('./table-csv.js');
  host.tableState.problem = undefined;
  if (kind === 'csv') downloadFile(tableToCsv(table, lang), `${plan.plan.id}-indicators.csv`, 'text/csv;charset=utf-8');
  else {
    // The whole plan in the spreadsheet layout (sheets 計画, 体系, 指標 …), which a city edits and imports again:
    // exportWorkbook's two steps for a plan already validated, without the readers (CSV, xlsx) it sits beside.
    const [{ sheetsFromPlan }, { writeXlsx }] = await Promise.all([import('../../sheets/write-plan.js'), import('../../sheets/xlsx-write.js')]);
    const { sheets, problems } = sheetsFromPlan(plan);
    if (problems.length === 0)
      downloadFile(writeXlsx(sheets) as Uint8Array<ArrayBuffer>, `${plan.plan.id}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    else host.tableState.problem = [localize(tableMessages.downloadFailed, lang), ...problems.slice(0, 3).map((p) => localize(p.message, lang))].join(' ');
  }
  host.requestUpdate();
}

/**
 * The indicators as the KPI table cities publish: 施策, 指標, 単位, 基準値 (year), one column
 * per measured year, 目標値 (year), 進捗, 評価. Column headers sort the rows (buttons, with
 * `aria-sort`); each indicator's trend opens in a row below it.
 */
export function renderTable(host: TableHost, plan: PlanDocument, indicators: readonly Indicator[], lang: string, today: Date): TemplateResult {
  adoptStyles(host.renderRoot);
  const state = host.tableState;
  const built = state.built;
  const table =
    built && built.plan === plan && built.lang === lang && built.indicators.length === indicators.length && built.indicators.every((x, i) => x === indicators[i])
      ? built.table
      : indicatorTable(plan, lang, today, indicators);
  state.built = { plan, lang, indicators, table };
  const columns = tableColumns(table);
  const sort = state.sort && columns.includes(state.sort.key) ? state.sort : undefined;
  const rows = sort ? sortRows(table, sort.key, sort.direction, lang) : table.rows;
  const message = (key: 'csv' | 'workbook' | 'trend') => localize(tableMessages[key], lang);
  const toggleSort = (key: TableColumnKey) => {
    state.sort = { key, direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' };
    host.requestUpdate();
  };
  const toggleTrend = (id: string) => {
    if (!state.open.delete(id)) state.open.add(id);
    host.requestUpdate();
  };
  const caption = localize(tableMessages.caption(formatNumber(rows.length, lang)), lang);
  const row = (r: TableRow, index: number) => {
    const id = r.indicator.id;
    const open = state.open.has(id);
    const trendId = `trend-${index}`;
    return html`<tr part="row" data-indicator=${id}>
        <td class="node">${r.node}</td>
        <th scope="row" class="name">
          <span class="name-text">${r.name}</span>
          <button type="button" class="trend-toggle" part="trend-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${trendId} @click=${() => toggleTrend(id)}>${message('trend')}</button>
        </th>
        <td class="unit">${r.unit}</td>
        ${valueCell(r.baseline, 'baseline')}${r.years.map((cell) => valueCell(cell, 'year'))}${valueCell(r.target, 'target')}
        <td class="num progress">${r.progressCell.text}</td>
        <td class="grade-cell tone-${r.progress.grade.tone}" data-grade=${r.progress.grade.key}>${gradeShape(r.progress.grade)}<span class="grade-text">${r.grade.text}</span></td>
      </tr>
      ${open ? html`<tr class="trend-row" id=${trendId}><td colspan=${columns.length}><plan-trend .plan=${plan} indicator=${id} lang=${lang} today=${localDay(today)}></plan-trend></td></tr>` : nothing}`;
  };
  return html`<div class="table-tools">
      <button type="button" part="download" class="download" @click=${() => void download('csv', plan, table, lang, host)}>${message('csv')}</button>
      <button type="button" part="download" class="download" @click=${() => void download('workbook', plan, table, lang, host)}>${message('workbook')}</button>
      ${state.problem ? html`<p class="download-problem" role="alert">${state.problem}</p>` : nothing}
    </div>
    <div class="table-scroll" part="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table part="table" class="kpi">
        <caption>${caption}</caption>
        <colgroup>
          ${columns.map((key) => html`<col class="col-${key.startsWith('year-') ? 'year' : key}" />`)}
        </colgroup>
        <thead>
          <tr>
            ${columns.map((key) => {
              const sorted = sort?.key === key ? sort.direction : undefined;
              return html`<th scope="col" class=${key.startsWith('year-') || NUMERIC.has(key) ? 'num' : key} aria-sort=${sorted ?? 'none'}>
                <button type="button" class="sort" @click=${() => toggleSort(key)}>${columnLabel(key, lang)}<span class="sort-mark" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button><span class="print-label">${columnLabel(key, lang)}</span>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${rows.map(row)}
        </tbody>
      </table>
    </div>`;
}
