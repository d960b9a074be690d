/**
 * Every view of `plan-viz render`, from a valid plan to the bytes of an SVG file: layout →
 * scene → string, the same functions the elements' `toSVG()` call in the browser, with no DOM,
 * no CSS and no server rendering of the elements.
 */
import { collaborationSVG } from '../components/plan-collaboration/file.js';
import { gaugeSVG } from '../components/plan-gauge/file.js';
import { parseToday } from '../components/plan-gauge/today.js';
import { indicatorsSVG } from '../components/plan-indicators/file.js';
import { renderOverviewSvg } from '../components/plan-overview/overview-file.js';
import { treeSVG, type TreeFileOptions } from '../components/plan-tree/file.js';
import type { ResolveOptions } from '../theme/define.js';
import type { SvgRenderer } from './io.js';

export const renderView: SvgRenderer = (plan, options) => {
  const lang = options.lang || plan.plan.lang || 'ja';
  const colors: ResolveOptions = options.colorScheme === undefined ? {} : { scheme: options.colorScheme };
  switch (options.view) {
    case 'indicators': {
      const today = parseToday(options.today);
      const variant = options.variant === 'bar' ? 'bar' : 'arc';
      if (options.indicator !== undefined) return gaugeSVG(plan, options.indicator, { lang, today, variant }, colors);
      return indicatorsSVG(plan, options.width === undefined ? { lang, today, variant } : { lang, today, variant, width: options.width }, colors);
    }
    case 'collaboration':
      return collaborationSVG(plan, { lang, ...colors });
    case 'overview':
      return renderOverviewSvg(plan, options);
    default: {
      const tree: TreeFileOptions = { lang, today: parseToday(options.today), ...colors };
      if (options.orientation !== undefined) tree.orientation = options.orientation;
      if (options.visionWriting !== undefined) tree.visionWriting = options.visionWriting;
      if (options.maxLines !== undefined) tree.maxLines = options.maxLines;
      return treeSVG(plan, tree);
    }
  }
};
