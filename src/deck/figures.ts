/**
 * The figures a deck draws, each a scene from its own layout (the same scene the element and the
 * SVG file draw) and the resolver of its theme's paints. A figure whose scene builder is not
 * there is left out here, and the deck gives its content as text in the same place.
 */
import type { Scene } from '../scene/types.js';
import type { Indicator, PlanDocument } from '../schema/types.js';
import type { PxFrame } from './text-frame.js';

/** A figure for a slide: its scene and the colours of its theme's tokens. */
export interface DeckFigure {
  scene: Scene;
  paint: (paint: string) => string;
}

export interface FigureOptions {
  lang: string;
  /** The slide's content area in px: the figure is drawn for about this size and scaled to fit it. */
  frame: PxFrame;
}

export interface DeckFigures {
  /** The 体系図, or with `node` one goal's branch. */
  tree?(plan: PlanDocument, options: FigureOptions & { node?: string }): DeckFigure;
  collaboration?(plan: PlanDocument, options: FigureOptions): DeckFigure;
  /** Up to six gauges of one goal, with the count per grade. */
  indicators?(plan: PlanDocument, indicators: readonly Indicator[], options: FigureOptions & { today: Date; counts: string }): DeckFigure;
}

export const deckFigures: DeckFigures = {};
