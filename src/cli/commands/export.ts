/**
 * `plan-viz export plan.json --out plan.xlsx`: the plan as a workbook in the layout `import`
 * reads. A plan that is not valid, or that holds what the workbook cannot (an observation's
 * date …), is reported by place and nothing is written (exit 1).
 */
import { localize, type Message } from '../../schema/messages.js';
import { describeProblem, exportWorkbook } from '../../sheets/index.js';
import type { CliIO } from '../io.js';
import { messages, parseCommandArgs, readPlan } from '../shared.js';
import { text } from './import.js';

export const usage: Message = { ja: 'plan-viz export 計画.json --out 出力.xlsx', en: 'plan-viz export FILE.json --out FILE.xlsx' };

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsedArgs = parseCommandArgs(args, { out: { type: 'string' }, lang: { type: 'string' } }, io, usage);
  if (!parsedArgs) return 2;
  const { parsed, lang } = parsedArgs;
  const file = parsed.positionals[0];
  const out = parsed.values.out;
  if (!file || parsed.positionals.length > 1) {
    io.stderr(localize(usage, lang));
    return 2;
  }
  if (!out) {
    io.stderr(localize(text.noOut('.xlsx'), lang));
    return 2;
  }
  if (!io.writeBytes) {
    io.stderr(localize(text.noFileIo, lang));
    return 2;
  }
  const plan = await readPlan(io, file, lang);
  if (!plan) return 1;
  const { bytes, problems } = await exportWorkbook(plan);
  for (const problem of problems) io.stderr(`  ${describeProblem({ ...problem, file: problem.file || file }, lang)}`);
  if (!bytes) {
    io.stderr(localize(text.failed(file, problems.length), lang));
    return 1;
  }
  try {
    await io.writeBytes(out, bytes);
  } catch (error) {
    io.stderr(localize(text.cannotWrite(out, error instanceof Error ? error.message : String(error)), lang));
    return 1;
  }
  io.stdout(localize(messages.wrote(out), lang));
  return 0;
}
