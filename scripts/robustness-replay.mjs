// Runs one case of the property test again, from the seed and path its failure printed, and
// writes out the plan and the options, with every problem found (known bugs included).
//   node scripts/robustness-replay.mjs <seed> <path> [out=/tmp/robustness-case.json]
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { importSource } from '../test/node/bundle.mjs';
import { planDocument, treeOptions, collaborationOptions } from '../test/robustness/plan-arbitrary.mjs';
import { checkPlan, newStats, useLayouts } from '../test/robustness/layout-invariants.mjs';

const [seed, path, out = '/tmp/robustness-case.json'] = process.argv.slice(2);
if (!seed || !path) {
  console.error('usage: node scripts/robustness-replay.mjs <seed> <path> [out]');
  process.exit(2);
}
useLayouts(await importSource('test/robustness/pure-layouts.ts'));
const today = fc.date({ min: new Date(2000, 0, 1), max: new Date(2045, 11, 31), noInvalidDate: true });
fc.check(
  fc.property(planDocument, treeOptions, collaborationOptions, today, fc.nat(), (doc, options, collabOptions, day, pick) => {
    const problems = checkPlan(doc, options, collabOptions, day, pick, newStats());
    for (const [component, problem] of problems) console.log(`${component}: ${problem.slice(0, 500)}`);
    writeFileSync(out, JSON.stringify({ options: { ...options, maxLines: String(options.maxLines) }, collabOptions, today: day, pick, problems, plan: doc }, null, 1));
    console.log(`${problems.length} problems; plan and options in ${out}`);
    return true;
  }),
  { seed: Number(seed), path, numRuns: 1 },
);
