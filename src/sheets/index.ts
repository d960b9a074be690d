/**
 * `plan-viz/sheets`: the plan as a spreadsheet. Import a workbook (.xlsx), CSV files or a JSON
 * document into a validated plan; export a plan as a workbook or as CSV; write the empty
 * template. No Lit, no DOM: the same code runs in Node (the `plan-viz` command) and in the
 * browser (the studio page), and nothing leaves the machine.
 */
import { validatePlan, type Problem } from '../schema/validate.js';
import type { PlanDocument } from '../schema/types.js';
import { readCsv, writeCsv } from './csv.js';
import { findSheet, SHEETS } from './layout.js';
import { sheetMessages as m } from './messages.js';
import type { Sheet, SheetProblem } from './model.js';
import { planFromSheets, type Origin } from './read-plan.js';
import { templatePlan } from './template.js';
import { sheetsFromPlan } from './write-plan.js';
import { isZip, readXlsx } from './xlsx-read.js';
import { writeXlsx } from './xlsx-write.js';

export type { SheetProblem, OutputCell, OutputSheet } from './model.js';
export { csvCell, writeCsv } from './csv.js';
export { writeXlsx as writeWorkbook } from './xlsx-write.js';
export { ZIP_LIMITS } from './xlsx-read.js';
export { parseNumber, parseYear } from './cells.js';

/** A file the user chose: its name (the extension says what it is) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Files larger than this are refused before reading (a plan's workbook is well under 1 MB; 100,000 rows are about 5 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

function fromValidator(problem: Problem, severity: SheetProblem['severity'], file: string, locate?: (pointer: string) => Origin | undefined): SheetProblem {
  const out: SheetProblem = { file, pointer: problem.pointer, code: problem.code, severity, message: problem.message };
  // The nearest place of the plan that remembers its cell: the value itself, else its row, else its sheet.
  const origin = locate?.(problem.pointer);
  if (!origin) return out;
  const mapped: SheetProblem = { file: origin.file, sheet: origin.sheet, pointer: problem.pointer, code: problem.code, severity, message: problem.message };
  if (origin.row !== undefined) mapped.row = origin.row;
  if (origin.column !== undefined) mapped.column = origin.column;
  if (origin.value !== undefined && origin.value !== '') mapped.value = origin.value;
  return mapped;
}

function validated(doc: unknown, file: string, problems: SheetProblem[], locate?: (pointer: string) => Origin | undefined): { plan?: PlanDocument; problems: SheetProblem[] } {
  const result = validatePlan(doc);
  const seen = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}\u0000${p.sheet}\u0000${p.row}\u0000${p.column}`));
  for (const problem of result.errors) {
    const mapped = fromValidator(problem, 'error', file, locate);
    // A cell already reported (a value that could not be read) is not reported again as missing.
    if (mapped.row !== undefined && seen.has(`${mapped.file}\u0000${mapped.sheet}\u0000${mapped.row}\u0000${mapped.column}`)) continue;
    problems.push(mapped);
  }
  for (const problem of result.warnings) problems.push(fromValidator(problem, 'warning', file, locate));
  const failed = problems.some((p) => p.severity === 'error');
  return failed || !result.valid ? { problems } : { plan: result.plan, problems };
}

type Kind = 'xlsx' | 'csv' | 'json' | 'unknown';

function kindOf(file: InputFile): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === undefined && isZip(file.bytes)) return 'xlsx';
  return 'unknown';
}

/**
 * Reads a plan from a workbook (.xlsx), one or more CSV files (one per sheet, named after the
 * sheet: `計画.csv`, `体系.csv` …) or one JSON document, and validates it. Every problem is
 * returned at once, each with its file, sheet, row (as Excel numbers it), column header and
 * value, in Japanese and English; the validator's problems are told on the cells they came from.
 * `plan` is there only when there is no error.
 */
export async function importPlan(files: InputFile[]): Promise<{ plan?: PlanDocument; problems: SheetProblem[] }> {
  if (files.length === 0) return { problems: [{ file: '', code: 'no-files', severity: 'error', message: m.noFiles }] };
  const problems: SheetProblem[] = [];
  const sheets: Sheet[] = [];
  const kinds = files.map(kindOf);
  if (kinds.includes('json')) {
    if (files.length > 1) return { problems: [{ file: files.map((f) => f.name).join(', '), code: 'json-with-others', severity: 'error', message: m.jsonWithOthers }] };
    const file = files[0]!;
    let doc: unknown;
    try {
      doc = JSON.parse(new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, ''));
    } catch (error) {
      return { problems: [{ file: file.name, code: 'not-json', severity: 'error', message: m.notJson(error instanceof Error ? error.message : String(error)) }] };
    }
    return validated(doc, file.name, problems);
  }
  files.forEach((file, i) => {
    if (file.bytes.length > MAX_FILE_BYTES) {
      problems.push({ file: file.name, code: 'file-too-large', severity: 'error', message: m.fileTooLarge(file.bytes.length, MAX_FILE_BYTES) });
      return;
    }
    const kind = kinds[i];
    const read = kind === 'xlsx' ? readXlsx(file.name, file.bytes) : kind === 'csv' ? readCsv(file.name, file.bytes) : undefined;
    if (!read) {
      problems.push({ file: file.name, code: 'unknown-file-type', severity: 'error', message: m.unknownFileType(file.name) });
      return;
    }
    problems.push(...read.problems);
    sheets.push(...read.sheets);
  });
  if (problems.some((p) => p.severity === 'error') && sheets.length === 0) return { problems };
  const built = planFromSheets(sheets);
  problems.push(...built.problems);
  return validated(built.doc, files[0]!.name, problems, built.locate);
}

/**
 * Writes a plan as a workbook (.xlsx) in the layout importPlan reads, so that importing it gives
 * the same document. An invalid plan, or one holding what the workbook cannot (an observation's
 * date, a measured value without a fiscal year), gives problems naming the place and no bytes.
 */
export async function exportWorkbook(plan: PlanDocument): Promise<{ bytes?: Uint8Array; problems: SheetProblem[] }> {
  const result = validatePlan(plan);
  if (!result.valid) return { problems: [{ file: '', code: 'not-valid', severity: 'error', message: m.notValid }, ...result.errors.map((p) => fromValidator(p, 'error', ''))] };
  const { sheets, problems } = sheetsFromPlan(result.plan);
  if (problems.length > 0) return { problems };
  return { bytes: writeXlsx(sheets), problems: [] };
}

/** One sheet of the plan (`計画`, `指標` … or its English name) as CSV text: UTF-8 with a BOM, formula-safe. */
export function exportCsv(plan: PlanDocument, sheet: string): { text?: string; problems: SheetProblem[] } {
  const layout = findSheet(sheet);
  if (!layout)
    return { problems: [{ file: '', sheet, code: 'unknown-sheet', severity: 'error', message: m.unknownCsvSheet(sheet, SHEETS.map((s) => `${s.ja} [${s.en}]`).join('、')) }] };
  const result = validatePlan(plan);
  if (!result.valid) return { problems: [{ file: '', code: 'not-valid', severity: 'error', message: m.notValid }, ...result.errors.map((p) => fromValidator(p, 'error', ''))] };
  const { sheets, problems } = sheetsFromPlan(result.plan, true);
  const out = sheets.find((s) => findSheet(s.name) === layout);
  // Only this sheet's problems stop it.
  const own = problems.filter((p) => (p.pointer ?? '').startsWith(`/${layout.key === 'nodes' ? 'goals' : layout.key}`));
  if (own.length > 0 || !out) return { problems: own };
  return { text: writeCsv(out.rows), problems: [] };
}

/** The template: every sheet with its header, a short example, and drop-down lists for 方向, 関係, 範囲 (and 種類, 未定, 予定). */
export async function templateWorkbook(lang: 'ja' | 'en' = 'ja'): Promise<Uint8Array> {
  return writeXlsx(sheetsFromPlan(templatePlan(lang), true).sheets);
}

/** One problem as a line for a terminal or a list: where (file, sheet, row, column, value), then what, in `lang` (ja or en). */
export function describeProblem(problem: SheetProblem, lang: string): string {
  const ja = lang.toLowerCase().startsWith('ja');
  const where: string[] = [];
  if (problem.file) where.push(problem.file);
  if (problem.sheet) where.push(ja ? `シート「${problem.sheet}」` : `sheet "${problem.sheet}"`);
  if (problem.row !== undefined) where.push(ja ? `${problem.row}行目` : `row ${problem.row}`);
  if (problem.column) where.push(ja ? `列「${problem.column}」` : `column "${problem.column}"`);
  if (problem.value !== undefined) {
    const value = problem.value.length > 40 ? `${problem.value.slice(0, 37)}…` : problem.value;
    where.push(ja ? `値「${value}」` : `value "${value}"`);
  }
  if (problem.pointer && problem.sheet === undefined) where.push(problem.pointer);
  const mark = problem.severity === 'warning' ? (ja ? '注意 ' : 'warning ') : '';
  return `${mark}${where.join(ja ? ' ' : ', ')}: ${ja ? problem.message.ja : problem.message.en}`;
}
