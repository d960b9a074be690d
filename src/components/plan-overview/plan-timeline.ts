import type { TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../core/shared.styles.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Scene } from '../../scene/types.js';
import { OverviewPart } from './overview-part.js';
import { overviewScene } from './overview-scene.js';
import { overviewColors, overviewPartStyles } from './plan-overview.styles.js';
import { headingTag, renderTimeline } from './parts.js';

/**
 * The plan's `timeline` (国の動向, 県の動向, 市の経緯) as an ordered list, oldest first: each event's
 * date to the precision given in 和暦 and Western years (平成29年12月（2017年12月）), its scope (国・県・市),
 * its title as a heading and its items. Planned events (announced, not yet in force) carry a
 * dashed marker and the word 施行予定. Screen readers get a list with its length.
 *
 * @summary The dated events around the plan, planned ones marked.
 *
 * @attr heading-level - The level of each event's heading, 2 to 4 (default 3): one below the heading the page puts above the timeline.
 * @csspart timeline - The list.
 * @csspart event - One event; planned events also have the part `planned`.
 * @csspart empty - The sentence shown when the plan gives no timeline.
 * @csspart error - The error panel for a plan that cannot be drawn.
 * @cssprop [--plan-overview-today-color=#b3261e] - The 施行予定 mark of planned events.
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-timeline')
export class PlanTimeline extends OverviewPart {
  static override styles = [sharedStyles, overviewColors, overviewPartStyles];

  /** The level of each event's heading, 2 to 4 (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected exportScene(plan: PlanDocument): Scene | undefined {
    return plan.timeline?.length
      ? overviewScene(
          { ...plan, relatedPlans: [], sections: [], plan: { ...plan.plan, period: undefined } },
          { width: this.figureWidth, lang: this.displayLang, today: this.todayYear },
        )
      : undefined;
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    return renderTimeline(plan, this.displayLang, headingTag(this.headingLevel));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
}
