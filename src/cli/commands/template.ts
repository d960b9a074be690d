/**
 * `plan-viz template [--sheets ja|en] --out plan.xlsx`: an empty plan workbook to fill in: every
 * sheet with its headers, a short example, and drop-down lists for 方向, 関係 and 範囲.
 */
import { localize, type Message } from '../../schema/messages.js';
import { templateWorkbook } from '../../sheets/index.js';
import type { CliIO } from '../io.js';
import { messages, parseCommandArgs } from '../shared.js';
import { text } from './import.js';

export const usage: Message = { ja: 'plan-viz template [--sheets ja|en] --out 出力.xlsx', en: 'plan-viz template [--sheets ja|en] --out FILE.xlsx' };

const badSheets = (value: string): Message => ({ ja: `--sheets は ja か en です（${value}）`, en: `--sheets must be ja or en (got ${value})` });

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, { out: { type: 'string' }, sheets: { type: 'string' }, lang: { type: 'string' } }, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const out = parsed.values.out;
  // The sheets' names and headers: Japanese, as the layout's contract writes them, unless --sheets en.
  const sheets = parsed.values.sheets ?? 'ja';
  if (sheets !== 'ja' && sheets !== 'en') {
    io.stderr(localize(badSheets(sheets), lang));
    return 2;
  }
  if (!out || parsed.positionals.length > 0) {
    io.stderr(localize(out ? usage : text.noOut('.xlsx'), lang));
    return 2;
  }
  if (!io.writeBytes) {
    io.stderr(localize(text.noFileIo, lang));
    return 2;
  }
  try {
    await io.writeBytes(out, await templateWorkbook(sheets));
  } catch (error) {
    io.stderr(localize(text.cannotWrite(out, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  io.stdout(localize(messages.wrote(out), lang));
  return 0;
}
