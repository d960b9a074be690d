/**
 * `plan-viz render FILE --view tree|collaboration|indicators|overview [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] [--variant arc|bar] --out FILE.svg`:
 * one view of a plan as a standalone SVG file. Nothing is written unless the whole file is drawn.
 */
import { localize, type Message } from '../../schema/messages.js';
import type { CliIO, RenderOptions } from '../io.js';
import { messages, parseCommandArgs, readPlan } from '../shared.js';

export const usage: Message = {
  ja: 'plan-viz render ファイル --view tree|collaboration|indicators|overview [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] [--orientation horizontal|vertical] [--vision-writing horizontal|vertical] [--max-lines N] [--color-scheme light|dark] [--variant arc|bar] [--width PX] --out 出力.svg',
  en: 'plan-viz render FILE --view tree|collaboration|indicators|overview [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] [--orientation horizontal|vertical] [--vision-writing horizontal|vertical] [--max-lines N] [--color-scheme light|dark] [--variant arc|bar] [--width PX] --out FILE.svg',
};

/** The views `--view` accepts; another engineer's view is added here and in the renderer. */
export const VIEWS: readonly string[] = ['tree', 'collaboration', 'indicators', 'overview'];

const text = {
  badView: (view: string): Message => ({
    ja: `--view は ${VIEWS.join('、')} のいずれかです（${view}）`,
    en: `--view must be ${VIEWS.slice(0, -1).join(', ')} or ${VIEWS.at(-1)} (got ${view})`,
  }),
  noOut: { ja: '--out で出力先の .svg ファイルを指定してください', en: 'name the output .svg file with --out' } as Message,
  noRenderer: { ja: 'この環境では描画できません', en: 'rendering is not available here' } as Message,
  renderFailed: (file: string, detail: string): Message => ({ ja: `✗ ${file}: 描画できません（${detail}）`, en: `✗ ${file}: cannot draw it (${detail})` }),
  badWidth: (value: string): Message => ({
    ja: `--width は画面上の幅（px、正の数）です（${value}）`,
    en: `--width must be the width on screen in px, a positive number (got ${value})`,
  }),
  badMaxLines: (value: string): Message => ({ ja: `--max-lines は 1 以上の整数です（${value}）`, en: `--max-lines must be a whole number of at least 1 (got ${value})` }),
  badLang: (value: string): Message => ({ ja: `--lang は ja か en です（${value}）`, en: `--lang must be ja or en (got ${value})` }),
} as const;

const options = {
  view: { type: 'string', default: 'tree' },
  lang: { type: 'string' },
  indicator: { type: 'string' },
  today: { type: 'string' },
  width: { type: 'string' },
  out: { type: 'string' },
  orientation: { type: 'string' },
  'vision-writing': { type: 'string' },
  'max-lines': { type: 'string' },
  'color-scheme': { type: 'string' },
  variant: { type: 'string' },
} as const;

/** A flag that takes one of a few words: the word, or a message naming them. */
function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): { ok: true; value: T | undefined } | { ok: false; message: Message } {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return { ok: true, value: value as T | undefined };
  return { ok: false, message: { ja: `--${flag} は ${allowed.join(' か ')} です（${value}）`, en: `--${flag} must be ${allowed.join(' or ')} (got ${value})` } };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, options, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const { view, out, indicator, today, width, lang: drawLang } = parsed.values;
  const file = parsed.positionals[0];
  if (!file) {
    io.stderr(localize(usage, lang));
    return 2;
  }
  if (!VIEWS.includes(view)) {
    io.stderr(localize(text.badView(view), lang));
    return 2;
  }
  if (drawLang !== undefined && drawLang !== 'ja' && drawLang !== 'en') {
    io.stderr(localize(text.badLang(drawLang), lang));
    return 2;
  }
  if (width !== undefined && !(/^\d+(\.\d+)?$/.test(width) && Number(width) > 0)) {
    io.stderr(localize(text.badWidth(width), lang));
    return 2;
  }
  const orientation = oneOf('orientation', parsed.values.orientation, ['horizontal', 'vertical'] as const);
  const visionWriting = oneOf('vision-writing', parsed.values['vision-writing'], ['horizontal', 'vertical'] as const);
  const colorScheme = oneOf('color-scheme', parsed.values['color-scheme'], ['light', 'dark'] as const);
  const variant = oneOf('variant', parsed.values.variant, ['arc', 'bar'] as const);
  for (const checked of [orientation, visionWriting, colorScheme, variant]) {
    if (!checked.ok) {
      io.stderr(localize(checked.message, lang));
      return 2;
    }
  }
  const maxLinesText = parsed.values['max-lines'];
  const maxLines = maxLinesText === undefined ? undefined : Number(maxLinesText);
  if (maxLines !== undefined && !(Number.isInteger(maxLines) && maxLines >= 1)) {
    io.stderr(localize(text.badMaxLines(maxLinesText!), lang));
    return 2;
  }
  if (!out) {
    io.stderr(localize(text.noOut, lang));
    return 2;
  }
  if (!io.renderSvg) {
    io.stderr(localize(text.noRenderer, lang));
    return 2;
  }
  const plan = await readPlan(io, file, lang);
  if (!plan) return 1;
  // The drawing is in --lang, else in the plan's own language (not the terminal's).
  const renderOptions: RenderOptions = { view };
  if (drawLang !== undefined) renderOptions.lang = drawLang;
  if (indicator !== undefined) renderOptions.indicator = indicator;
  if (today !== undefined) renderOptions.today = today;
  if (width !== undefined) renderOptions.width = Number(width);
  if (orientation.ok && orientation.value) renderOptions.orientation = orientation.value;
  if (visionWriting.ok && visionWriting.value) renderOptions.visionWriting = visionWriting.value;
  if (colorScheme.ok && colorScheme.value) renderOptions.colorScheme = colorScheme.value;
  if (variant.ok && variant.value) renderOptions.variant = variant.value;
  if (maxLines !== undefined) renderOptions.maxLines = maxLines;
  let svg: string;
  try {
    svg = await io.renderSvg(plan, renderOptions);
  } catch (error) {
    io.stderr(localize(text.renderFailed(file, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  await io.writeFile(out, svg);
  io.stdout(localize(messages.wrote(out), lang));
  return 0;
}
