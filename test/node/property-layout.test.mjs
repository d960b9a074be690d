// Property test: thousands of generated VALID plans (depth 1–6, up to 60 children, up to 200
// indicators, Japanese / English / mixed text up to 200 characters, bilingual Text) go through
// validatePlan and every pure layout without throwing, and every layout keeps its promises:
// finite numbers only, no overlapping boxes, everything inside the viewBox, every line of
// text no wider than its box (checks: test/robustness/layout-invariants.mjs).
// Seeded and split over the cores: PLAN_VIZ_SEED picks another seed, PLAN_VIZ_RUNS the size.
// npm test runs 2,000 plans (about a fifth of the time: the layouts themselves are the cost, not the
// checks); `npm run test:property` runs the 10,000 of the same seed, as before a release or after a
// change to a layout.
// A failure prints its seed and path: `node scripts/robustness-replay.mjs <seed> <path>` writes
// that plan out; `node scripts/robustness-survey.mjs [runs] [seed]` lists every kind of problem.
// Problems put down to a reported, unfixed bug (KNOWN_BUGS in layout-invariants.mjs) are counted
// and printed instead of failing the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addStats, describeKnownBugs, describeStats, newStats } from '../robustness/layout-invariants.mjs';

const SEED = Number(process.env.PLAN_VIZ_SEED ?? 20260711);
const RUNS = Number(process.env.PLAN_VIZ_RUNS ?? 2_000);
const SHARES = Math.max(1, Math.min(4, availableParallelism()));

function share(index) {
  const runs = Math.floor(RUNS / SHARES) + (index < RUNS % SHARES ? 1 : 0);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../robustness/property-worker.mjs', import.meta.url), { workerData: { seed: SEED + index, runs } });
    worker.once('message', (message) => resolve({ ...message, seed: SEED + index }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker ${index} exited with ${code}`)));
  });
}

test(`${RUNS.toLocaleString('en')} generated valid plans: validate, then every layout keeps its invariants`, async () => {
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: SHARES }, (_, i) => share(i)));
  const stats = newStats();
  for (const result of results) addStats(stats, result.stats);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`property-layout: seeds ${SEED}…${SEED + SHARES - 1} on ${SHARES} threads, ${seconds} s: ${describeStats(stats)}`);
  for (const line of describeKnownBugs(stats)) console.log(line);
  for (const result of results) assert.equal(result.failed, false, `seed ${result.seed}:\n${result.report}`);
  assert.equal(stats.plans, RUNS);
});
