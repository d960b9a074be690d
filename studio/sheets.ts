/**
 * The studio's door to the spreadsheet module (src/sheets), loaded on demand so that the page
 * opens without it.
 */
import type { PlanDocument } from '../src/schema/index.js';
import type { InputFile, ImportResult, SheetProblem } from './import.js';

const notYet = (file: string): SheetProblem => ({
  file,
  code: 'unsupported-file',
  message: { ja: 'この版のスタジオは表計算ファイルをまだ読めません。JSON を使ってください。', en: 'This version of the studio cannot read spreadsheets yet; use JSON.' },
});

export async function importPlan(files: InputFile[]): Promise<ImportResult> {
  return { problems: files.map((f) => notYet(f.name)) };
}

export async function exportWorkbook(_plan: PlanDocument): Promise<{ bytes?: Uint8Array; problems: SheetProblem[] }> {
  return { problems: [notYet('plan.xlsx')] };
}

export const available = false;

export async function templateWorkbook(_lang: 'ja' | 'en' = 'ja'): Promise<Uint8Array> {
  throw new Error('The template needs the spreadsheet module (src/sheets), which is not in this build yet.');
}

export async function readRow(_files: InputFile[], _problem: SheetProblem): Promise<import('./rows.js').RowView | undefined> {
  return undefined;
}
