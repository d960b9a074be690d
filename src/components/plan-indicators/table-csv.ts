import { formatFiscalYear } from '../../progress/index.js';
import { localize } from '../../schema/messages.js';
import { tableMessages, type IndicatorTable } from './table-model.js';

/**
 * A text cell for CSV: quoted, quotes doubled, and a cell that a spreadsheet would read as a
 * formula (beginning with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe,
 * so that plan text is never run (OWASP's advice on CSV injection).
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A number as a spreadsheet reads it (no grouping, full precision); empty for none. */
function csvNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/**
 * The KPI table as CSV for Excel: UTF-8 with a BOM (so that Excel opens Japanese text
 * correctly), CRLF line ends, one row per indicator; values as plain numbers, years in
 * their own columns, measured years headed as the spreadsheet layout heads them (令和3年度).
 */
export function tableToCsv(table: IndicatorTable, lang: string): string {
  const m = (key: keyof typeof tableMessages) => localize(tableMessages[key] as { ja: string; en: string }, lang);
  const header = [
    m('node'),
    m('name'),
    m('unit'),
    m('baseline'),
    m('baselineYear'),
    ...table.years.map((year) => formatFiscalYear(year, lang)),
    m('target'),
    m('targetYear'),
    `${m('progress')} (%)`,
    m('symbol'),
    m('grade'),
  ];
  const lines = [header.map(csvText).join(',')];
  for (const row of table.rows) {
    const { indicator, progress } = row;
    lines.push(
      [
        csvText(row.node),
        csvText(row.name),
        csvText(row.unit),
        csvNumber(indicator.baseline.value),
        csvNumber(indicator.baseline.year),
        ...row.years.map((cell) => csvNumber(cell?.value)),
        csvNumber(indicator.target.value),
        csvNumber(indicator.target.year),
        csvNumber(progress.percent),
        csvText(progress.grade.symbol ?? ''),
        csvText(progress.grade.label),
      ].join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers `content` as a file download (a blob URL: works under a strict Content-Security-Policy). */
export function downloadFile(content: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
