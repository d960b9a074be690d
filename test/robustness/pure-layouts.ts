// The pure steps of every component (validate → layout), bundled for Node by
// test/node/property-layout.test.mjs. No DOM and no Lit here.
export { validatePlan } from '../../src/schema/index.js';
export { layoutTree, layoutCallout, planItems, visibleItems } from '../../src/components/plan-tree/layout.js';
export { splitIntoBands } from '../../src/components/plan-tree/bands.js';
export { layoutCollaboration } from '../../src/components/plan-collaboration/layout.js';
export { layoutGauge, layoutSparkline } from '../../src/components/plan-gauge/layout.js';
export { describeIndicator } from '../../src/components/plan-gauge/describe.js';
export { selectIndicators } from '../../src/components/plan-indicators/group.js';
export { indicatorProgress, gradeScale } from '../../src/progress/index.js';
export { measureText } from '../../src/text/index.js';
export { overlappingPairs, overlaps, contains } from '../../src/geometry/index.js';
