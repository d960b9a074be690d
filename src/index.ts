/**
 * plan-viz: draw a city's plan from one JSON document.
 * Importing this module defines every element.
 */
export * from './schema/index.js';
export * from './core/index.js';
export * from './components/plan-gauge/index.js';
export * from './components/plan-indicators/index.js';
export * from './components/plan-tree/index.js';
export * from './components/plan-collaboration/index.js';
