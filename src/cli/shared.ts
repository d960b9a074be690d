/** What the commands share: the interface language, reading a plan file, parsing options, common messages. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localize, type Message } from '../schema/messages.js';
import { validatePlan } from '../schema/validate.js';
import type { PlanDocument } from '../schema/types.js';
import type { CliIO } from './io.js';

export const messages = {
  invalid: (file: string, n: number): Message => ({ ja: `✗ ${file}: ${n} 件の問題`, en: `✗ ${file}: ${n} problem${n === 1 ? '' : 's'}` }),
  unreadable: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 読み込めません（${detail}）`, en: `✗ ${file}: cannot read it (${detail})` }),
  notJson: (file: string, detail: string): Message => ({ ja: `✗ ${file}: JSON として読めません（${detail}）`, en: `✗ ${file}: not valid JSON (${detail})` }),
  badOption: (detail: string): Message => ({ ja: `オプションが正しくありません（${detail}）`, en: `bad option (${detail})` }),
  warning: { ja: '注意', en: 'warning' } as Message,
  wrote: (file: string): Message => ({ ja: `${file} に書き出しました`, en: `wrote ${file}` }),
} as const;

/** The language of the tool's messages: `--lang`, else the locale of the environment. */
export function uiLang(lang: string | undefined, env: CliIO['env']): string {
  if (lang) return lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The `--lang` given anywhere in `args` (before parsing fails, so that its error is in that language). */
export function langArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--lang=')) return arg.slice(7);
    if (arg === '--lang' && args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) return args[i + 1];
  }
  return undefined;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/**
 * A command's arguments parsed with node:util parseArgs (strict: an unknown option or a missing
 * value is an error); on error, the reason and the usage on stderr and `undefined`.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, io: CliIO, usage: Message): { parsed: Parsed<O>; lang: string } | undefined {
  const lang = uiLang(langArgument(args), io.env);
  try {
    return { parsed: parseArgs({ args, options, allowPositionals: true, strict: true }) as Parsed<O>, lang };
  } catch (error) {
    io.stderr(localize(messages.badOption(error instanceof Error ? error.message : String(error)), lang));
    io.stderr(localize(usage, lang));
    return undefined;
  }
}

/** A file's JSON (a leading BOM allowed); a file that cannot be read or parsed is reported on stderr. */
export async function readJson(io: CliIO, file: string, lang: string): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let source: string;
  try {
    source = await io.readFile(file);
  } catch (error) {
    io.stderr(localize(messages.unreadable(file, error instanceof Error ? error.message : String(error)), lang));
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(source.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    io.stderr(localize(messages.notJson(file, error instanceof Error ? error.message : String(error)), lang));
    return { ok: false };
  }
}

/** A valid plan from a file, or `undefined` after reporting why not on stderr (each problem with its JSON Pointer). */
export async function readPlan(io: CliIO, file: string, lang: string): Promise<PlanDocument | undefined> {
  const json = await readJson(io, file, lang);
  if (!json.ok) return undefined;
  const result = validatePlan(json.value);
  if (!result.valid) {
    io.stderr(localize(messages.invalid(file, result.errors.length), lang));
    for (const problem of result.errors) io.stderr(`  ${problem.pointer || '/'}  ${localize(problem.message, lang)}`);
    return undefined;
  }
  return result.plan;
}
