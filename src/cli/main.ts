/**
 * The `plan-viz` command line tool: one table of commands, each its own module.
 *
 *   plan-viz validate FILE…            check plan documents; exit 1 when any is invalid
 *   plan-viz render FILE --view tree|collaboration|indicators|overview [--lang ja|en] [--indicator ID] [--today YYYY-MM-DD] --out FILE.svg
 *   plan-viz deck FILE --out FILE.pptx [--lang ja|en] [--size 16:9|4:3] [--today YYYY-MM-DD] [--indicators FILE.json]
 *   plan-viz import FILE.xlsx|FILE.csv|FOLDER --out FILE.json   a plan from a workbook or CSV files, validated
 *   plan-viz export FILE.json --out FILE.xlsx                    the plan as a workbook
 *   plan-viz template [--sheets ja|en] --out FILE.xlsx           the workbook to fill in
 *
 * To add a command `NAME`: write src/cli/commands/NAME.ts exporting
 *   `usage: Message` (one line, ja and en) and `run(args: string[], io: CliIO): Promise<number>`
 * (args are those after the command's name; parse them with `parseCommandArgs` from shared.ts,
 * node:util parseArgs in strict mode; resolve to the exit code: 0 done, 1 the input is bad,
 * 2 the command line is wrong; messages in Japanese and English through `localize`; write
 * nothing unless the whole output is ready), then add it to `commands` below. Its usage line
 * joins the tool's usage by itself. A new `--view` of `render` goes into VIEWS in
 * commands/render.ts and the renderer.
 */
import { localize, type Message } from '../schema/messages.js';
import * as deck from './commands/deck.js';
import * as exportCommand from './commands/export.js';
import * as importCommand from './commands/import.js';
import * as render from './commands/render.js';
import * as template from './commands/template.js';
import * as validate from './commands/validate.js';
import type { CliIO, CommandRun, SvgRenderer } from './io.js';
import { langArgument, uiLang } from './shared.js';

export type { CliIO, CommandRun, RenderOptions, SvgRenderer } from './io.js';

/** Every command, by name, in the order the usage lists them. */
export const commands: Readonly<Record<string, { usage: Message; run: CommandRun }>> = {
  validate,
  render,
  deck,
  import: importCommand,
  export: exportCommand,
  template,
};

const usageHeading: Message = { ja: '使い方:', en: 'Usage:' };

/** The tool's usage: a heading and one line per command. */
export function usage(lang: string): string {
  return [localize(usageHeading, lang), ...Object.values(commands).map((command) => `  ${localize(command.usage, lang)}`)].join('\n');
}

/**
 * Runs the tool; resolves to the process exit code. `renderer` draws the SVG of `render` (node.ts
 * passes the real one; tests may pass their own).
 */
export async function main(args: string[], io: CliIO, renderer?: SvgRenderer): Promise<number> {
  const withRenderer: CliIO = renderer ? { ...io, renderSvg: renderer } : io;
  const lang = uiLang(langArgument(args), io.env);
  if (args.includes('--help') || args.includes('-h')) {
    io.stderr(usage(lang));
    return 0;
  }
  // The command is the first word that is not an option nor the value of `--lang`.
  let at = -1;
  for (let i = 0; i < args.length && at === -1; i++) {
    if (args[i] === '--lang') i++;
    else if (!args[i]!.startsWith('-')) at = i;
  }
  const name = at === -1 ? undefined : args[at]!;
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command) return command.run([...args.slice(0, at), ...args.slice(at + 1)], withRenderer);
  io.stderr(usage(lang));
  return name === undefined ? 0 : 2;
}
