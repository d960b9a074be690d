import { property } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { ContainerSizeController } from '../../core/container-size.js';
import { exportMessages } from '../../export/messages.js';
import { localize } from '../../schema/messages.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Scene } from '../../scene/types.js';
import { sceneToSVG } from '../../scene/svg.js';
import { readOverrides } from '../../theme/host.js';
import { fiscalYearOf } from './dates.js';
import { overviewTheme } from './theme.js';

/**
 * What the overview's parts share: the element's width (the figures are laid out for it) and
 * the date that decides today's fiscal year.
 */
export abstract class OverviewPart extends PlanElement {
  /** The date that decides today's fiscal year (`YYYY-MM-DD`, April to March); default the real today. */
  @property() today?: string;

  protected readonly size = new ContainerSizeController(this, () => false);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The display language is the element's own lang: draw every part again when it changes.
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The figure as one scene for a file; undefined when the plan gives nothing to draw. */
  protected abstract exportScene(plan: PlanDocument): Scene | undefined;

  /**
   * The figure as a standalone SVG file, written from its scene by the shared SVG writer
   * (`<title>` and `<desc>` carry its text alternative; the page's colour properties are kept).
   * Throws when there is no valid plan or nothing to draw.
   */
  override async toSVG(): Promise<string> {
    const scene = this.planDocument && this.exportScene(this.planDocument);
    if (!scene) throw new Error(localize(exportMessages.nothingDrawn(this.localName), this.displayLang));
    return sceneToSVG(scene, overviewTheme, { scheme: this.colorScheme === 'dark' ? 'dark' : 'light', overrides: readOverrides(this, overviewTheme) });
  }

  /** Today's fiscal year. */
  protected get todayYear(): number {
    return fiscalYearOf(this.today);
  }

  /** The width the figures are laid out for: the element's, else a typical column's before it is in a page. */
  protected get figureWidth(): number {
    return Math.round(this.size.width) || 640;
  }
}
