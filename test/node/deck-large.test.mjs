// The deck of the 2,000-measure synthetic plan (scripts/synthetic-plan.mjs: 8 goals, 88 measures
// of about 22 projects): every goal's branch goes on over as many slides as keep its titles at
// 14 pt or more, every node on one of them, and none is the exception of smaller text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importSource } from './bundle.mjs';
import { measureTitleSizes, openDeck, slideParts } from '../deck/helpers.mjs';
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs';

const { planDeck } = await importSource('src/deck/index.ts');

test('the 2,000-measure plan: measure titles at 14 pt or more on every goal slide, every node on one', () => {
  const plan = syntheticPlan(2000);
  const parts = openDeck(planDeck(plan, { today: '2026-03-31' }));
  assert.deepEqual(measureTitleSizes(plan, parts, 'synthetic 2000'), []);
  assert.ok(slideParts(parts).length > 300, `${slideParts(parts).length} slides`);
});
