/**
 * CSV: one sheet per file, as Excel writes it: UTF-8 with or without a BOM, or Shift_JIS (CP932).
 * Parsing is Papa Parse's (quoted cells, line breaks inside cells, any line ending).
 *
 * Writing follows one rule against formula injection: a text cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is written with a leading `'` (as OWASP advises; Excel
 * shows it as text), and so is one that already starts with `'`, so that reading it back removes
 * exactly one. Numbers are written as numbers.
 */
import Papa from 'papaparse';
import { numberText } from './cells.js';
import { sheetMessages as m } from './messages.js';
import type { OutputCell, Sheet, SheetProblem } from './model.js';

const RISKY = /^[=+\-@\t\r]/;

/** A text cell as written to a CSV file: quoted when needed, and never something a spreadsheet runs. */
export function csvCell(value: OutputCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = RISKY.test(value) || value.startsWith("'") ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text with a BOM (so that Excel reads it as UTF-8) and CRLF line ends. */
export function writeCsv(rows: OutputCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Undoes the leading `'` that writeCsv (or a careful person) put before a risky cell. */
function unguard(text: string): string {
  return text.length > 1 && text[0] === "'" && (RISKY.test(text.slice(1)) || text[1] === "'") ? text.slice(1) : text;
}

/** CSV bytes → text: UTF-8 (with or without BOM) when it decodes as such, else Shift_JIS. */
export function decodeCsv(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
}

/** One CSV file as a sheet named after the file (without `.csv`). */
export function readCsv(file: string, bytes: Uint8Array): { sheets: Sheet[]; problems: SheetProblem[] } {
  const text = decodeCsv(bytes);
  const name = (file.split(/[\\/]/).pop() ?? file).replace(/\.csv$/i, '');
  if (text === undefined) return { sheets: [], problems: [{ file, sheet: name, code: 'csv-encoding', severity: 'error', message: m.csvNotText }] };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '', delimitersToGuess: [',', '\t'] });
  const problems: SheetProblem[] = [];
  for (const error of parsed.errors) {
    // An unclosed quote swallows the rest of the file: worth stopping for. Delimiter guessing on a one-column file is not.
    if (error.type === 'Quotes')
      problems.push({
        file,
        sheet: name,
        ...(error.row !== undefined ? { row: error.row + 1 } : {}),
        code: 'csv-malformed',
        severity: 'error',
        message: m.csvParse(error.message),
      });
  }
  const rows = parsed.data.map((cells, i) => ({ number: i + 1, cells: cells.map((cell) => (cell === '' ? undefined : unguard(cell))) }));
  return { sheets: [{ file, name, hidden: false, rows }], problems };
}
