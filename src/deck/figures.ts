/**
 * The figures a deck draws, each a scene from its own layout (the same scene the element and the
 * SVG file draw) and the resolver of its theme's paints. A figure whose scene builder is not
 * there is left out here, and the deck gives its content as text in the same place.
 */
import { describeCollaboration } from '../components/plan-collaboration/describe.js';
import { layoutCollaboration } from '../components/plan-collaboration/layout.js';
import { collaborationScene } from '../components/plan-collaboration/scene.js';
import { indicatorsScene } from '../components/plan-indicators/scene.js';
import { treeFileTitle } from '../components/plan-tree/file.js';
import { layoutTree, VISION_ID } from '../components/plan-tree/layout.js';
import { sceneOfTree } from '../components/plan-tree/scene.js';
import { treeTheme } from '../theme/tree.js';
import { collaborationTheme } from '../theme/collaboration.js';
import type { Scene, SceneItem } from '../scene/types.js';
import type { Indicator, PlanDocument } from '../schema/types.js';
import { resolvePaint, type Theme } from '../theme/define.js';
import { gaugeTheme } from '../theme/gauge.js';
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

const painter =
  (theme: Theme) =>
  (paint: string): string =>
    resolvePaint(paint, theme);

/**
 * The size in points of the smallest node title (the vision's aside) once the scene is fitted
 * into the frame (px, 96 to the inch): what the slide's text runs will say.
 */
export function titlePoints(scene: Scene, frame: PxFrame): number {
  let smallest = Infinity;
  const walk = (items: readonly SceneItem[], inNode: boolean): void => {
    for (const item of items) {
      if (item.type === 'group') walk(item.children, item.part === 'node' ? item.key !== VISION_ID : inNode);
      else if (inNode && item.type === 'text' && item.part === 'title') smallest = Math.min(smallest, item.fontSize);
    }
  };
  walk(scene.items, false);
  return smallest === Infinity ? Infinity : Math.round(smallest * fit(scene, frame) * 75) / 100;
}

/** The scale a scene gets when fitted into the frame. */
function fit(scene: Scene, frame: PxFrame): number {
  return Math.min(frame.width / scene.width, frame.height / scene.height);
}

export const deckFigures: DeckFigures = {
  /**
   * The 体系図 as `<plan-tree presentation>` draws it on a box of the slide's shape (columns
   * widened to it), or one goal's branch (`node`); titles whole (up to ten lines), never cut with '…'.
   */
  tree(plan, options) {
    const layout = layoutTree(plan, { lang: options.lang, aspect: options.frame.width / options.frame.height, maxLines: 10, ...(options.node ? { branch: options.node } : {}) });
    return { scene: sceneOfTree(layout, { lang: options.lang, title: treeFileTitle(plan, options.lang), presentation: true }), paint: painter(treeTheme) };
  },
  /**
   * The 協働の図 as `<plan-collaboration presentation>` draws it at 800 px, with the keyword size
   * (18 or 14 px) that comes out largest once the figure is scaled to the slide.
   */
  collaboration(plan, options) {
    const description = describeCollaboration(plan, options.lang);
    let best: { scene: Scene; size: number } | undefined;
    for (const fontSize of [18, 14]) {
      const layout = layoutCollaboration(plan, { width: 800, fontSize, lang: options.lang });
      if (!layout || !description) continue;
      const scene = collaborationScene(plan, layout, description, options.lang, true);
      const size = fontSize * fit(scene, options.frame);
      if (!best || size > best.size) best = { scene, size };
    }
    if (!best) throw new Error('the plan has no collaboration figure');
    return { scene: best.scene, paint: painter(collaborationTheme) };
  },
  /**
   * The `<plan-indicators>` scene of these indicators (one goal's, at most six): its count per
   * grade, the goal's heading and the cards, at the element width of three, four or two columns
   * whichever comes out largest on the slide.
   */
  indicators(plan, indicators, options) {
    const only: PlanDocument = { ...plan, indicators: [...indicators] };
    let best: Scene | undefined;
    for (const width of [752, 992, 512]) {
      const scene = indicatorsScene(only, { lang: options.lang, today: options.today, width });
      if (!best || fit(scene, options.frame) > fit(best, options.frame)) best = scene;
    }
    return { scene: best!, paint: painter(gaugeTheme) };
  },
};
