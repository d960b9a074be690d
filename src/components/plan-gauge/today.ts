// Moved to src/progress/today.ts, which <plan-tree> shares without pulling in the gauge.
export { parseToday } from '../../progress/today.js';
