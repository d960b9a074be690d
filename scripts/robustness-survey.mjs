// Runs generated valid plans through every layout without stopping at the first broken
// invariant, and prints each kind of problem once with how often it happened and the seed and
// run that shows it. For finding every bug at once; the test suite runs the same checks
// (test/node/property-layout.test.mjs) and stops at the first.
//   node scripts/robustness-survey.mjs [runs=2000] [seed=1]
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { importSource } from '../test/node/bundle.mjs';
import { planDocument, treeOptions, collaborationOptions } from '../test/robustness/plan-arbitrary.mjs';
import { checkPlan, describeStats, newStats, useLayouts } from '../test/robustness/layout-invariants.mjs';

useLayouts(await importSource('test/robustness/pure-layouts.ts'));
const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 1);
const stats = newStats();
/** Each kind's first plan, with the options, is written here to reproduce it. */
const OUT = process.env.SURVEY_OUT ?? '/tmp/robustness-survey';
mkdirSync(OUT, { recursive: true });
/** Problem kind (the text without numbers and quoted strings) → count and first example. */
const kinds = new Map();
const today = fc.date({ min: new Date(2000, 0, 1), max: new Date(2045, 11, 31), noInvalidDate: true });
const started = performance.now();
const cpuStart = process.cpuUsage();
let run = 0;
fc.check(
  fc.property(planDocument, treeOptions, collaborationOptions, today, fc.nat(), (doc, options, collabOptions, day, pick) => {
    for (const [component, problem] of checkPlan(doc, options, collabOptions, day, pick, stats)) {
      const kind = `${component}: ${problem
        .replace(/"[^"]*"/g, '"…"')
        .replace(/-?\d+(\.\d+)?(e[-+]?\d+)?/g, '#')
        .replace(/(of|node|keyword|actor|group|header|ring) [^ :]+/g, '$1 …')}`;
      let seen = kinds.get(kind);
      if (!seen) {
        seen = { count: 0, example: problem, run, options, collabOptions, file: `${OUT}/${kinds.size + 1}.json` };
        writeFileSync(
          seen.file,
          JSON.stringify({ problem, component, options: { ...options, maxLines: String(options.maxLines) }, collabOptions, today: day, pick, plan: doc }, null, 1),
        );
      }
      seen.count++;
      kinds.set(kind, seen);
    }
    run++;
    return true;
  }),
  { numRuns: runs, seed },
);
const cpu = process.cpuUsage(cpuStart);
console.log(`${describeStats(stats)} in ${((performance.now() - started) / 1000).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU (seed ${seed})`);
for (const [kind, { count, example, run: at, options, collabOptions, file }] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
  console.log(
    `\n${count}× ${kind}\n   e.g. run ${at}: ${example.slice(0, 300)}\n   tree options ${JSON.stringify(options)}, collaboration options ${JSON.stringify(collabOptions)}\n   plan and options: ${file}`,
  );
}
