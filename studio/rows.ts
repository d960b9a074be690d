/**
 * What the studio shows under a problem: the row of the sheet it is in (every column, the one
 * with the problem marked), or the JSON at its pointer.
 */
import type { InputFile, SheetProblem } from './import.js';

export interface RowView {
  /** The sheet's column headers, as written. */
  headers: string[];
  /** The row's cells as text, by column. */
  cells: string[];
  /** Index of the column with the problem, if it is one of `headers`. */
  column?: number;
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const preview = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 160 ? `${json.slice(0, 159)}…` : json;
};

/**
 * The object (or list) that holds the place `pointer` names in a JSON file, as a row: its keys
 * and values, the named key marked (added with an empty value when it is missing, as for a
 * `required` problem). The pointer's parent, and the pointer of that parent, for the caption.
 */
export function jsonAt(file: InputFile, pointer: string): (RowView & { at: string }) | undefined {
  const data: unknown = JSON.parse(new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, ''));
  const tokens =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let holder: unknown = data;
  let depth = 0;
  // Walk to the deepest existing container above the place.
  for (; depth < tokens.length - 1; depth++) {
    const next = typeof holder === 'object' && holder !== null ? (holder as Record<string, unknown>)[tokens[depth]!] : undefined;
    if (typeof next !== 'object' || next === null) break;
    holder = next;
  }
  if (typeof holder !== 'object' || holder === null) return undefined;
  const key = tokens[depth];
  const headers = Object.keys(holder);
  const cells = headers.map((k) => preview((holder as Record<string, unknown>)[k]));
  let column = key === undefined ? undefined : headers.indexOf(key);
  if (key !== undefined && column === -1) {
    headers.push(key);
    cells.push('');
    column = headers.length - 1;
  }
  const at = tokens
    .slice(0, depth)
    .map((t) => `/${t.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
  return { headers, cells, column, at };
}

/** The row a sheet problem names, read from the files the user opened. */
export async function rowOf(files: InputFile[], problem: SheetProblem): Promise<RowView | undefined> {
  const sheets = await import('./sheets.js');
  return sheets.readRow(files, problem);
}
