import { property } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { ContainerSizeController } from '../../core/container-size.js';
import { fiscalYearOf } from './dates.js';

/**
 * What the overview's parts share: the element's width (the figures are laid out for it) and
 * the date that decides today's fiscal year.
 */
export abstract class OverviewPart extends PlanElement {
  /** The date that decides today's fiscal year (`YYYY-MM-DD`, April to March); default the real today. */
  @property() today?: string;

  protected readonly size = new ContainerSizeController(this, () => false);

  /** Today's fiscal year. */
  protected get todayYear(): number {
    return fiscalYearOf(this.today);
  }

  /** The width the figures are laid out for: the element's, else a typical column's before it is in a page. */
  protected get figureWidth(): number {
    return Math.round(this.size.width) || 640;
  }
}
