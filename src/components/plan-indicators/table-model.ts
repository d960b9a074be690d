import { formatFiscalYear, formatNumber, formatPercent, gradeName, indicatorProgress, type IndicatorProgress } from '../../progress/index.js';
import { localize, type Message } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { Indicator, Observation, PlanDocument, PlanNode } from '../../schema/types.js';

/** The KPI table's headers, in Japanese and English (as cities publish it: 施策, 指標, 基準値 …). */
export const tableMessages = {
  node: { ja: '施策', en: 'Measure' },
  name: { ja: '指標', en: 'Indicator' },
  unit: { ja: '単位', en: 'Unit' },
  baseline: { ja: '基準値', en: 'Baseline' },
  baselineYear: { ja: '基準年度', en: 'Baseline year' },
  target: { ja: '目標値', en: 'Target' },
  targetYear: { ja: '目標年度', en: 'Target year' },
  progress: { ja: '進捗', en: 'Progress' },
  grade: { ja: '評価', en: 'Grade' },
  symbol: { ja: '記号', en: 'Symbol' },
  caption: (count: string): Message => ({ ja: `成果指標の一覧（${count}件）`, en: `Indicators (${count})` }),
  csv: { ja: 'CSVでダウンロード', en: 'Download CSV' },
  workbook: { ja: 'Excel形式でダウンロード', en: 'Download workbook' },
  trend: { ja: '推移', en: 'Trend' },
  downloadFailed: { ja: 'ダウンロードできませんでした', en: 'The download failed' },
} as const satisfies Record<string, Message | ((count: string) => Message)>;

/** One cell: what is shown, and the number it sorts by (null sorts last). */
export interface TableCell {
  text: string;
  value: number | null;
  /** A second, smaller line: the fiscal year of a baseline or target. */
  year?: string;
}

/** One indicator's row. */
export interface TableRow {
  indicator: Indicator;
  progress: IndicatorProgress;
  /** The node it measures (施策), label and title, or '' for none; and its place in plan order. */
  node: string;
  nodeOrder: number;
  name: string;
  unit: string;
  baseline: TableCell;
  /** One cell per measured year of the table (see {@link IndicatorTable.years}), null where not measured that year. */
  years: (TableCell | null)[];
  target: TableCell;
  progressCell: TableCell;
  /** The grade as shown: symbol and label (◎ 達成); sorts by rank, best first. */
  grade: TableCell;
}

export interface IndicatorTable {
  /** Every fiscal year that some indicator has a measured value for, oldest first. */
  years: number[];
  rows: TableRow[];
}

/** Every measured observation of an indicator with its fiscal year (history, then current, which wins for its year). */
function measuredByYear(indicator: Indicator): Map<number, Observation> {
  const byYear = new Map<number, Observation>();
  for (const observation of [...(indicator.history ?? []), ...(indicator.current ? [indicator.current] : [])]) {
    const year = observation.year ?? (observation.date ? Number(observation.date.slice(0, 4)) : undefined);
    if (year !== undefined && Number.isFinite(year)) byYear.set(year, observation);
  }
  return byYear;
}

/** The nodes in plan order (depth first, as the tree draws them). */
function nodesInOrder(plan: PlanDocument): Map<string, { node: PlanNode; order: number }> {
  const found = new Map<string, { node: PlanNode; order: number }>();
  const visit = (nodes: readonly PlanNode[]) => {
    for (const node of nodes) {
      found.set(node.id, { node, order: found.size });
      if (node.children) visit(node.children);
    }
  };
  visit(plan.goals);
  return found;
}

/**
 * The KPI table of `indicators` (all of the plan's by default): one row per indicator, one
 * column per fiscal year measured. Pure: the element and the CSV writer both read it.
 */
export function indicatorTable(plan: PlanDocument, lang: string, today: Date, indicators: readonly Indicator[] = plan.indicators ?? []): IndicatorTable {
  const planLang = plan.plan.lang ?? 'ja';
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, lang, planLang);
  const nodes = nodesInOrder(plan);
  const measured = indicators.map(measuredByYear);
  const years = [...new Set(measured.flatMap((byYear) => [...byYear.keys()]))].sort((a, b) => a - b);
  const rows = indicators.map((indicator, index): TableRow => {
    const progress = indicatorProgress(indicator, plan, today, lang);
    const digits = progress.decimals;
    const cell = (observation: Observation | undefined): TableCell | null =>
      observation ? { text: formatNumber(observation.value, lang, digits), value: observation.value } : null;
    const dated = (observation: Observation): TableCell => ({
      ...cell(observation)!,
      ...(observation.year !== undefined ? { year: formatFiscalYear(observation.year, lang) } : {}),
    });
    const found = indicator.node === undefined ? undefined : nodes.get(indicator.node);
    const byYear = measured[index]!;
    return {
      indicator,
      progress,
      node: found ? [text(found.node.label), text(found.node.title)].filter(Boolean).join(' ') : '',
      nodeOrder: found ? found.order : Infinity,
      name: text(indicator.name),
      unit: text(indicator.unit),
      baseline: dated(indicator.baseline),
      years: years.map((year) => cell(byYear.get(year))),
      target: dated(indicator.target),
      progressCell:
        progress.percent === null
          ? { text: progress.measured ? '—' : '', value: progress.measured ? (progress.achieved ? 1 : -Infinity) : null }
          : { text: formatPercent(progress.percent, lang), value: progress.ratio },
      grade: { text: gradeName(progress.grade), value: null },
    };
  });
  return { years, rows };
}

/** The columns of the table, in order: what each shows and how it sorts. */
export type TableColumnKey = 'node' | 'name' | 'unit' | 'baseline' | `year-${number}` | 'target' | 'progress' | 'grade';

export function tableColumns(table: IndicatorTable): TableColumnKey[] {
  return ['node', 'name', 'unit', 'baseline', ...table.years.map((year) => `year-${year}` as const), 'target', 'progress', 'grade'];
}

export function columnLabel(key: TableColumnKey, lang: string): string {
  if (key.startsWith('year-')) return formatFiscalYear(Number(key.slice(5)), lang);
  return localize(tableMessages[key as Exclude<TableColumnKey, `year-${number}`>], lang);
}

/** The rank of a grade for sorting: the plan's grades best first, 未計測 last. */
function gradeRank(row: TableRow): number {
  const key = row.progress.grade.key;
  const order = ['achieved', 'on-track', 'behind', 'worsened'];
  if (key === 'not-measured') return Infinity;
  return key.startsWith('grade-') ? Number(key.slice(6)) : order.indexOf(key) + 1;
}

/**
 * The rows sorted by one column, ascending or descending; rows without a value in that column
 * stay last either way, and ties keep plan order. Text sorts in the display language's order.
 */
export function sortRows(table: IndicatorTable, key: TableColumnKey, direction: 'ascending' | 'descending', lang: string): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(lang, { numeric: true });
  const yearIndex = key.startsWith('year-') ? table.years.indexOf(Number(key.slice(5))) : -1;
  const numberOf = (row: TableRow): number | null => {
    switch (key) {
      case 'node':
        return row.nodeOrder === Infinity ? null : row.nodeOrder;
      case 'baseline':
        return row.baseline.value;
      case 'target':
        return row.target.value;
      case 'progress':
        return row.progressCell.value;
      case 'grade':
        return gradeRank(row) === Infinity ? null : gradeRank(row);
      default:
        return yearIndex >= 0 ? (row.years[yearIndex]?.value ?? null) : null;
    }
  };
  const textOf = key === 'name' ? (row: TableRow) => row.name : key === 'unit' ? (row: TableRow) => row.unit : null;
  const keyed = table.rows.map((row, index) => ({ row, index, n: textOf ? null : numberOf(row), t: textOf ? textOf(row) : '' }));
  keyed.sort((a, b) => {
    if (textOf) {
      if (!a.t !== !b.t) return a.t ? -1 : 1;
      return sign * collator.compare(a.t, b.t) || a.index - b.index;
    }
    if ((a.n === null) !== (b.n === null)) return a.n === null ? 1 : -1;
    if (a.n === null || b.n === null || a.n === b.n) return a.index - b.index;
    return sign * (a.n < b.n ? -1 : 1);
  });
  return keyed.map((k) => k.row);
}
