/**
 * Reads the files a user gives the studio into one plan, with every problem found. JSON goes
 * through the validator; workbooks and CSV through the sheets module, loaded only when needed.
 */
import { validatePlan, type Message, type PlanDocument } from '../src/schema/index.js';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** One problem, with the place in the file (sheet, row as Excel numbers it, column header) or the JSON pointer. */
export interface SheetProblem {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
  pointer?: string;
  code: string;
  message: Message;
}

export interface ImportResult {
  plan?: PlanDocument;
  problems: SheetProblem[];
}

const isJson = (name: string): boolean => /\.json$/i.test(name);

function importJson(file: InputFile): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          file: file.name,
          code: 'not-json',
          message: { ja: `JSON として読めません（${detail}）。`, en: `This is not valid JSON (${detail}).` },
        },
      ],
    };
  }
  const result = validatePlan(data);
  if (result.valid) return { plan: result.plan, problems: [] };
  return { problems: result.errors.map((p) => ({ file: file.name, pointer: p.pointer, code: p.code, message: p.message })) };
}

/** The plan in `files`: one JSON file, or one workbook, or CSV files (one per sheet). */
export async function importFiles(files: InputFile[]): Promise<ImportResult> {
  if (files.length === 0) return { problems: [] };
  const json = files.filter((f) => isJson(f.name));
  if (json.length > 0) {
    if (files.length > 1) {
      return {
        problems: [
          {
            file: files.map((f) => f.name).join(', '),
            code: 'mixed-files',
            message: {
              ja: 'JSON ファイルは 1 つだけ、ほかのファイルと混ぜずに読み込んでください。',
              en: 'Open one JSON file on its own, not together with other files.',
            },
          },
        ],
      };
    }
    return importJson(json[0]!);
  }
  const sheets = await import('./sheets.js');
  return sheets.importPlan(files);
}
