/**
 * The studio's door to the spreadsheet module (src/sheets, the `plan-viz/sheets` entry), loaded
 * on demand so that the page opens without it; and the row a problem names, read back from the
 * same files with the same readers.
 */
import { importPlan, exportWorkbook, templateWorkbook, type InputFile, type SheetProblem } from '../src/sheets/index.js';
import { readCsv } from '../src/sheets/csv.js';
import { readXlsx } from '../src/sheets/xlsx-read.js';
import { cellText, type Sheet } from '../src/sheets/model.js';
import type { RowView } from './rows.js';

export { importPlan, exportWorkbook, templateWorkbook };

const normalize = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/** The sheet a problem names, read from the file it names. */
function sheetOf(files: InputFile[], problem: SheetProblem): Sheet | undefined {
  const file = files.find((f) => f.name === problem.file);
  if (!file) return undefined;
  const read = /\.csv$|\.txt$/i.test(file.name) ? readCsv(file.name, file.bytes) : readXlsx(file.name, file.bytes);
  if (problem.sheet === undefined) return read.sheets.length === 1 ? read.sheets[0] : undefined;
  return read.sheets.find((s) => s.name === problem.sheet) ?? read.sheets.find((s) => normalize(s.name) === normalize(problem.sheet!));
}

/**
 * The row of a sheet problem: the sheet's header (its first row with anything in it) and the
 * row's cells as the file holds them, the problem's column marked.
 */
export async function readRow(files: InputFile[], problem: SheetProblem): Promise<RowView | undefined> {
  if (problem.row === undefined) return undefined;
  const sheet = sheetOf(files, problem);
  if (!sheet) return undefined;
  const headerRow = sheet.rows.find((r) => r.cells.some((c) => cellText(c).trim() !== ''));
  const row = sheet.rows.find((r) => r.number === problem.row);
  if (!headerRow) return undefined;
  const width = Math.max(headerRow.cells.length, row?.cells.length ?? 0);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.cells[i]));
  const cells = Array.from({ length: width }, (_, i) => cellText(row?.cells[i]));
  const column = problem.column === undefined ? -1 : headers.findIndex((h) => normalize(h) === normalize(problem.column!));
  return column >= 0 ? { headers, cells, column } : { headers, cells };
}
