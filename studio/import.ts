/**
 * Reads the files a user gives the studio into one plan, with every problem found, through the
 * sheets module (JSON, workbooks and CSV alike), loaded only when a file is opened.
 */
import type { PlanDocument } from '../src/schema/index.js';

export type { InputFile, SheetProblem } from '../src/sheets/index.js';
import type { InputFile, SheetProblem } from '../src/sheets/index.js';

export interface ImportResult {
  /** The plan, when no problem is an error (warnings do not stop it). */
  plan?: PlanDocument;
  problems: SheetProblem[];
}

/** The plan in `files`: one JSON file, or one workbook, or CSV files (one per sheet). */
export async function importFiles(files: InputFile[]): Promise<ImportResult> {
  if (files.length === 0) return { problems: [] };
  const sheets = await import('./sheets.js');
  return sheets.importPlan(files);
}
