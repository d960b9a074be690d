// One share of the property test of test/node/property-layout.test.mjs, in a worker thread so
// that the shares run on every core. Posts { stats, failed, report }.
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { importSource } from '../node/bundle.mjs';
import { planDocument, treeOptions, collaborationOptions } from './plan-arbitrary.mjs';
import { checkPlan, newStats, unknownProblems, useLayouts } from './layout-invariants.mjs';

useLayouts(await importSource('test/robustness/pure-layouts.ts'));
const { seed, runs } = workerData;
const stats = newStats();
const today = fc.date({ min: new Date(2000, 0, 1), max: new Date(2045, 11, 31), noInvalidDate: true });
const details = fc.check(
  fc.property(planDocument, treeOptions, collaborationOptions, today, fc.nat(), (doc, options, collabOptions, day, pick) => {
    const problems = unknownProblems(checkPlan(doc, options, collabOptions, day, pick, stats), stats);
    if (problems.length > 0)
      throw new Error(
        problems
          .slice(0, 12)
          .map(([component, problem]) => `${component}: ${problem}`)
          .join('\n'),
      );
  }),
  { numRuns: runs, seed, endOnFailure: true, includeErrorInReport: true },
);
parentPort.postMessage({ stats, failed: details.failed, report: details.failed ? fc.defaultReportMessage(details) : '' });
