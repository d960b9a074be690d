/** What the readers make of a workbook or CSV file, and what the writers are given. */

/** A cell's value as the file holds it: text, a number, TRUE/FALSE, a date, an error, or a formula Excel never computed. */
export type CellValue = string | number | boolean | SheetDate | SheetError;

/** A cell typed as a date in Excel, as an ISO date (`2024-04-01`). */
export interface SheetDate {
  kind: 'date';
  iso: string;
}

/** A cell holding an error (`#N/A`, `#DIV/0!`), or a formula with no saved result (`formula`). */
export interface SheetError {
  kind: 'error';
  code: string;
}

/** One row as Excel numbers it, its cells by column (0 = A). */
export interface SheetRow {
  number: number;
  cells: (CellValue | undefined)[];
}

/** One sheet of a workbook, or one CSV file. */
export interface Sheet {
  /** The file it came from, as the user named it. */
  file: string;
  name: string;
  hidden: boolean;
  rows: SheetRow[];
}

/**
 * One problem found in a workbook, a CSV file or the plan made from them, with where it is:
 * file, sheet, the row as Excel numbers it, the column header as written, and the cell's value.
 */
export interface SheetProblem {
  file: string;
  sheet?: string;
  /** The row number as Excel shows it (1 = the first row). */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** The cell's value, where a cell holds it. */
  value?: string;
  /** The plan's JSON Pointer, when the problem comes from the plan's validator. */
  pointer?: string;
  /** A stable code for programs, e.g. `unknown-column`, `not-a-number`, `zip-too-large`. */
  code: string;
  /** `error` stops the import or export; `warning` is told and does not. */
  severity: 'error' | 'warning';
  message: { ja: string; en: string };
}

/** A value to write: text is always written as text (never a formula), numbers as numbers. */
export type OutputCell = string | number | boolean | undefined;

/** A sheet to write: rows of cells, the first row the header. */
export interface OutputSheet {
  name: string;
  rows: OutputCell[][];
  /** Lists Excel offers in a drop-down: the column (0 = A) and its choices. */
  lists?: { column: number; values: string[] }[];
}

/** Shows a cell's value as text, for messages. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.kind === 'date' ? value.iso : value.code;
  return String(value);
}
