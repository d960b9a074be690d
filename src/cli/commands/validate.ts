/** `plan-viz validate FILE…`: checks plan documents; exit 1 when any is invalid or unreadable, 2 without a file. */
import { localize, type Message } from '../../schema/messages.js';
import { validatePlan } from '../../schema/validate.js';
import type { CliIO } from '../io.js';
import { messages, parseCommandArgs, readJson } from '../shared.js';

export const usage: Message = { ja: 'plan-viz validate ファイル…', en: 'plan-viz validate FILE…' };

const valid = (file: string): Message => ({ ja: `✓ ${file}: 問題はありません`, en: `✓ ${file}: valid` });

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, { lang: { type: 'string' } }, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const files = parsed.positionals;
  if (files.length === 0) {
    io.stderr(localize(usage, lang));
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
      io.stdout(localize(valid(file), lang));
    } else {
      failed++;
      io.stdout(localize(messages.invalid(file, result.errors.length), lang));
      for (const problem of result.errors) io.stdout(`  ${problem.pointer || '/'}  ${localize(problem.message, lang)}`);
    }
    for (const problem of result.warnings) io.stdout(`  ${localize(messages.warning, lang)} ${problem.pointer}  ${localize(problem.message, lang)}`);
  }
  return failed > 0 ? 1 : 0;
}
