/**
 * `plan-viz import FILE.xlsx|FILE.csv|FOLDER --out plan.json`: a plan from a workbook, a CSV file
 * or a folder of CSV files (one per sheet), validated. Every problem is printed with its file,
 * sheet, row, column and value; nothing is written when there is an error (exit 1).
 */
import { localize, type Message } from '../../schema/messages.js';
import { describeProblem, importPlan, type InputFile } from '../../sheets/index.js';
import type { CliIO } from '../io.js';
import { messages, parseCommandArgs } from '../shared.js';

export const usage: Message = {
  ja: 'plan-viz import ファイル.xlsx|ファイル.csv|フォルダー --out 出力.json',
  en: 'plan-viz import FILE.xlsx|FILE.csv|FOLDER --out FILE.json',
};

export const text = {
  noOut: (what: string): Message => ({ ja: `--out で出力先の ${what} ファイルを指定してください`, en: `name the output ${what} file with --out` }),
  noFileIo: { ja: 'この環境ではファイルを読み書きできません', en: 'files cannot be read or written here' } as Message,
  emptyFolder: (folder: string): Message => ({ ja: `✗ ${folder}: CSV ファイルがありません`, en: `✗ ${folder}: holds no CSV files` }),
  failed: (file: string, n: number): Message => ({
    ja: `✗ ${file}: ${n} 件の問題があるため、何も書き出していません`,
    en: `✗ ${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was written`,
  }),
  cannotWrite: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 書き出せません（${detail}）`, en: `✗ ${file}: cannot write it (${detail})` }),
} as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, { out: { type: 'string' }, lang: { type: 'string' } }, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const source = parsed.positionals[0];
  const out = parsed.values.out;
  if (!source || parsed.positionals.length > 1) {
    io.stderr(localize(usage, lang));
    return 2;
  }
  if (!out) {
    io.stderr(localize(text.noOut('.json'), lang));
    return 2;
  }
  if (!io.readBytes || !io.writeBytes) {
    io.stderr(localize(text.noFileIo, lang));
    return 2;
  }
  const files: InputFile[] = [];
  try {
    const names = io.listFolder ? await io.listFolder(source) : undefined;
    if (names) {
      for (const name of names.filter((n) => /\.csv$/i.test(n))) files.push({ name, bytes: await io.readBytes(`${source.replace(/[\\/]+$/, '')}/${name}`) });
      if (files.length === 0) {
        io.stderr(localize(text.emptyFolder(source), lang));
        return 1;
      }
    } else {
      files.push({ name: source, bytes: await io.readBytes(source) });
    }
  } catch (error) {
    io.stderr(localize(messages.unreadable(source, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  const { plan, problems } = await importPlan(files);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const problem of errors) io.stderr(`  ${describeProblem(problem, lang)}`);
  for (const problem of problems.filter((p) => p.severity === 'warning')) io.stderr(`  ${describeProblem(problem, lang)}`);
  if (!plan) {
    io.stderr(localize(text.failed(source, errors.length), lang));
    return 1;
  }
  try {
    await io.writeBytes(out, new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`));
  } catch (error) {
    io.stderr(localize(text.cannotWrite(out, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  io.stdout(localize(messages.wrote(out), lang));
  return 0;
}
