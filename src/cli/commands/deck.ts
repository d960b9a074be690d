/**
 * `plan-viz deck FILE --out FILE.pptx [--lang ja|en] [--size 16:9|4:3] [--today YYYY-MM-DD] [--indicators FILE.json]`:
 * the plan as a PowerPoint deck of native, editable shapes. The plan is checked as `render` checks
 * it (the same messages); nothing is written unless the whole deck is made, and then all at once.
 */
import { PlanDeckError, planDeck, withIndicators, type PlanDeckOptions } from '../../deck/plan-deck.js';
import { localize, type Message } from '../../schema/messages.js';
import { validatePlan } from '../../schema/validate.js';
import type { CliIO } from '../io.js';
import { messages, parseCommandArgs, readPlan } from '../shared.js';

export const usage: Message = {
  ja: 'plan-viz deck ファイル --out 出力.pptx [--lang ja|en] [--size 16:9|4:3] [--today YYYY-MM-DD] [--indicators 指標.json]',
  en: 'plan-viz deck FILE --out FILE.pptx [--lang ja|en] [--size 16:9|4:3] [--today YYYY-MM-DD] [--indicators FILE.json]',
};

const text = {
  noOut: { ja: '--out で出力先の .pptx ファイルを指定してください', en: 'name the output .pptx file with --out' } as Message,
  badLang: (value: string): Message => ({ ja: `--lang は ja か en です（${value}）`, en: `--lang must be ja or en (got ${value})` }),
  badSize: (value: string): Message => ({ ja: `--size は 16:9 か 4:3 です（${value}）`, en: `--size must be 16:9 or 4:3 (got ${value})` }),
  badToday: (value: string): Message => ({ ja: `--today は YYYY-MM-DD の日付です（${value}）`, en: `--today must be a date YYYY-MM-DD (got ${value})` }),
  failed: (file: string, detail: string): Message => ({ ja: `✗ ${file}: スライドを作れません（${detail}）`, en: `✗ ${file}: cannot make the deck (${detail})` }),
  noWriter: { ja: 'この環境ではファイルを書き出せません', en: 'files cannot be written here' } as Message,
  writeFailed: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 書き出せません（${detail}）`, en: `✗ ${file}: cannot write it (${detail})` }),
} as const;

const options = {
  lang: { type: 'string' },
  size: { type: 'string', default: '16:9' },
  today: { type: 'string' },
  indicators: { type: 'string' },
  out: { type: 'string' },
} as const;

function realDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, options, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const { out, size, today, indicators, lang: deckLang } = parsed.values;
  const file = parsed.positionals[0];
  if (!file) {
    io.stderr(localize(usage, lang));
    return 2;
  }
  if (deckLang !== undefined && deckLang !== 'ja' && deckLang !== 'en') {
    io.stderr(localize(text.badLang(deckLang), lang));
    return 2;
  }
  if (size !== '16:9' && size !== '4:3') {
    io.stderr(localize(text.badSize(size), lang));
    return 2;
  }
  if (today !== undefined && !realDate(today)) {
    io.stderr(localize(text.badToday(today), lang));
    return 2;
  }
  if (!out) {
    io.stderr(localize(text.noOut, lang));
    return 2;
  }
  if (!io.writeBytes) {
    io.stderr(localize(text.noWriter, lang));
    return 2;
  }
  const plan = await readPlan(io, file, lang);
  if (!plan) return 1;
  const deckOptions: PlanDeckOptions = { size };
  if (deckLang !== undefined) deckOptions.lang = deckLang;
  if (today !== undefined) deckOptions.today = today;
  if (indicators !== undefined) {
    const other = await readPlan(io, indicators, lang);
    if (!other) return 1;
    // Its indicators must measure nodes of this plan: reported against the indicators file, as `render` reports a plan.
    const merged = validatePlan(withIndicators(plan, other));
    if (!merged.valid) {
      io.stderr(localize(messages.invalid(indicators, merged.errors.length), lang));
      for (const problem of merged.errors) io.stderr(`  ${problem.pointer || '/'}  ${localize(problem.message, lang)}`);
      return 1;
    }
    deckOptions.indicators = other;
  }
  let bytes: Uint8Array;
  try {
    bytes = planDeck(plan, deckOptions);
  } catch (error) {
    if (error instanceof PlanDeckError) {
      for (const line of error.message.split('\n')) io.stderr(line.startsWith('/') ? `  ${line}` : `✗ ${file}: ${line}`);
    } else io.stderr(localize(text.failed(file, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  try {
    await io.writeBytes(out, bytes);
  } catch (error) {
    io.stderr(localize(text.writeFailed(out, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  io.stdout(localize(messages.wrote(out), lang));
  return 0;
}
