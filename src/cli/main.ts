/**
 * The `plan-viz` command line tool.
 *
 *   plan-viz validate FILE…            check plan documents; exit 1 when any is invalid
 *   plan-viz render FILE --view tree|collaboration|indicators [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] --out FILE.svg
 */
import { localize, type Message } from '../schema/messages.js';
import type { PlanDocument } from '../schema/types.js';
import { validatePlan } from '../schema/validate.js';

/** Where the tool reads and writes; the real process, or a test double. */
export interface CliIO {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
  env: Record<string, string | undefined>;
}

/** Renders a view of a valid plan to a standalone SVG string (provided by the SVG exporter). */
export type SvgRenderer = (plan: PlanDocument, options: RenderOptions) => Promise<string> | string;

/** What to draw: the view, its language (default the plan's), one indicator, the date progress is judged at. */
export interface RenderOptions {
  view: string;
  lang?: string;
  indicator?: string;
  today?: string;
}

const text = {
  usage: {
    ja: `使い方:
  plan-viz validate ファイル…
  plan-viz render ファイル --view tree|collaboration|indicators [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] --out 出力.svg`,
    en: `Usage:
  plan-viz validate FILE…
  plan-viz render FILE --view tree|collaboration|indicators [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] --out FILE.svg`,
  },
  valid: (file: string): Message => ({ ja: `✓ ${file}: 問題はありません`, en: `✓ ${file}: valid` }),
  invalid: (file: string, n: number): Message => ({ ja: `✗ ${file}: ${n} 件の問題`, en: `✗ ${file}: ${n} problem${n === 1 ? '' : 's'}` }),
  unreadable: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 読み込めません（${detail}）`, en: `✗ ${file}: cannot read it (${detail})` }),
  notJson: (file: string, detail: string): Message => ({ ja: `✗ ${file}: JSON として読めません（${detail}）`, en: `✗ ${file}: not valid JSON (${detail})` }),
  warning: { ja: '注意', en: 'warning' },
  wrote: (file: string): Message => ({ ja: `${file} に書き出しました`, en: `wrote ${file}` }),
  badView: (view: string): Message => ({ ja: `--view は tree、collaboration、indicators のいずれかです（${view}）`, en: `--view must be tree, collaboration or indicators (got ${view})` }),
  noOut: { ja: '--out で出力先の .svg ファイルを指定してください', en: 'name the output .svg file with --out' },
  noRenderer: { ja: 'この環境では描画できません', en: 'rendering is not available here' },
  renderFailed: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 描画できません（${detail}）`, en: `✗ ${file}: cannot draw it (${detail})` }),
  badLang: (value: string): Message => ({ ja: `--lang は ja か en です（${value}）`, en: `--lang must be ja or en (got ${value})` }),
} as const;

function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') ? args[++i]! : 'true');
      flags.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

function uiLang(flags: Map<string, string>, env: CliIO['env']): string {
  const explicit = flags.get('lang');
  if (explicit) return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

async function readJson(io: CliIO, file: string, lang: string): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let source: string;
  try {
    source = await io.readFile(file);
  } catch (error) {
    io.stderr(localize(text.unreadable(file, error instanceof Error ? error.message : String(error)), lang));
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(source.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    io.stderr(localize(text.notJson(file, error instanceof Error ? error.message : String(error)), lang));
    return { ok: false };
  }
}

async function validate(files: string[], io: CliIO, lang: string): Promise<number> {
  if (files.length === 0) {
    io.stderr(localize(text.usage, lang));
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const json = await readJson(io, file, lang);
    if (!json.ok) {
      failed++;
      continue;
    }
    const result = validatePlan(json.value);
    if (result.valid) {
      io.stdout(localize(text.valid(file), lang));
    } else {
      failed++;
      io.stdout(localize(text.invalid(file, result.errors.length), lang));
      for (const problem of result.errors) io.stdout(`  ${problem.pointer || '/'}  ${localize(problem.message, lang)}`);
    }
    for (const problem of result.warnings) io.stdout(`  ${localize(text.warning, lang)} ${problem.pointer}  ${localize(problem.message, lang)}`);
  }
  return failed > 0 ? 1 : 0;
}

async function render(positional: string[], flags: Map<string, string>, io: CliIO, lang: string, renderer?: SvgRenderer): Promise<number> {
  const file = positional[0];
  const view = flags.get('view') ?? 'tree';
  const out = flags.get('out');
  if (!file) {
    io.stderr(localize(text.usage, lang));
    return 2;
  }
  if (!['tree', 'collaboration', 'indicators'].includes(view)) {
    io.stderr(localize(text.badView(view), lang));
    return 2;
  }
  const drawLang = flags.get('lang');
  if (drawLang !== undefined && drawLang !== 'ja' && drawLang !== 'en') {
    io.stderr(localize(text.badLang(drawLang), lang));
    return 2;
  }
  if (!out) {
    io.stderr(localize(text.noOut, lang));
    return 2;
  }
  if (!renderer) {
    io.stderr(localize(text.noRenderer, lang));
    return 2;
  }
  const json = await readJson(io, file, lang);
  if (!json.ok) return 1;
  const result = validatePlan(json.value);
  if (!result.valid) {
    io.stderr(localize(text.invalid(file, result.errors.length), lang));
    for (const problem of result.errors) io.stderr(`  ${problem.pointer || '/'}  ${localize(problem.message, lang)}`);
    return 1;
  }
  // The drawing is in --lang, else in the plan's own language (not the terminal's).
  const options: RenderOptions = { view };
  const indicator = flags.get('indicator');
  if (drawLang !== undefined) options.lang = drawLang;
  if (indicator !== undefined) options.indicator = indicator;
  const today = flags.get('today');
  if (today !== undefined) options.today = today;
  let svg: string;
  try {
    svg = await renderer(result.plan, options);
  } catch (error) {
    io.stderr(localize(text.renderFailed(file, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  await io.writeFile(out, svg);
  io.stdout(localize(text.wrote(out), lang));
  return 0;
}

/** Runs the tool; resolves to the process exit code. */
export async function main(args: string[], io: CliIO, renderer?: SvgRenderer): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const lang = uiLang(flags, io.env);
  const [command, ...rest] = positional;
  if (command === 'validate') return validate(rest, io, lang);
  if (command === 'render') return render(rest, flags, io, lang, renderer);
  io.stderr(localize(text.usage, lang));
  return command === undefined || flags.has('help') ? 0 : 2;
}
