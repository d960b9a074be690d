/**
 * `plan-viz/deck`: a plan as a native PowerPoint deck. Its own entry and file, loaded on demand
 * (never part of the IIFE or the element entries).
 */
export { planDeck, periodText, PlanDeckError, type PlanDeckOptions } from './plan-deck.js';
export { DEFAULT_FONTS, SLIDE_SIZES, type DeckFonts, type SlideSize } from './package.js';
