import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadMessages, localize, ui, type Message } from '../schema/messages.js';
import { resolveText } from '../schema/text.js';
import type { PlanDocument, Text } from '../schema/types.js';
import type { Problem, ValidationResult } from '../schema/validate.js';
import { loadValidator, validatorNow } from './validator.js';
import type { PlanErrorDetail } from './events.js';
import { loadJson, PlanLoadError } from './load.js';
import { joinSelection, leaveSelection } from './selection.js';
import { loadFileWriters, type FileWriters } from '../export/load.js';
import type { Scheme } from '../theme/define.js';

/** How many problems the error panel lists before "and N more". */
const SHOWN_PROBLEMS = 5;

function loadProblem(error: unknown, url: string): Problem {
  if (error instanceof PlanLoadError) {
    const failure = error.failure;
    if (failure.kind === 'http') return { pointer: '', code: 'load-http', message: loadMessages.http(failure.url, failure.status) };
    if (failure.kind === 'not-json') return { pointer: '', code: 'not-json', message: loadMessages.jsonAt(failure.url, failure.detail) };
  }
  return { pointer: '', code: 'load-network', message: loadMessages.network(url) };
}

/**
 * What every plan-viz element shares: it takes a plan three ways (the `plan` property, a
 * `src` URL, or an inline `<script type="application/json">` child), validates it, and shows
 * a readable error panel (and fires `plan-error`) instead of a blank or a crash.
 * Subclasses draw a valid plan in {@link PlanElement.renderPlan}.
 *
 * @attribute lang - The language the element shows plan text and messages in (`ja`, `en`); default an ancestor's `lang`, else the plan's.
 * @attribute presentation - Larger type and thicker lines for a projector at 16:9, filling its container: the element takes the container's width and height (16:9 of its width when the container has no height) and the figure scales to fit.
 * @fires plan-error - The plan could not be loaded or is not valid; `detail` is `{ problems, src? }` and the element shows why.
 * @fires plan-deselect - The selection was cleared (`clearSelection()`), here or in a linked element.
 * @csspart placeholder - The empty box shown before the plan has loaded.
 * @cssprop [--plan-viz-font-family='Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif] - Font of the HTML text (outline, gauge labels, error panel). SVG text always uses this stack, which the text measuring is calibrated for.
 * @cssprop [--plan-viz-text-color=#1b1b1b] - Text around the drawing (`#e6e8eb` when the reader prefers a dark colour scheme).
 * @cssprop [--plan-viz-background=#17191c] - Behind the element when the reader prefers a dark colour scheme (in light mode the element has no background of its own).
 * @cssprop [--plan-viz-error-color=#b3261e] - The error panel's border and heading.
 * @cssprop [--plan-viz-error-background=#fdf0ef] - The error panel's background.
 * @cssprop [--plan-viz-error-text-color=#1b1b1b] - The error panel's text.
 * @cssprop [--plan-viz-placeholder-height=20rem] - Height of the placeholder while the plan loads.
 * @cssprop [--plan-viz-placeholder-color=rgba(127, 127, 127, 0.08)] - Colour of the placeholder.
 */
export abstract class PlanElement extends LitElement {
  /** The plan document as an object (it is validated before anything is drawn). */
  @property({ attribute: false }) plan?: unknown;

  /**
   * URL of a plan document (JSON). Fetched once per page and shared by every element that
   * names it; when it changes, the newest wins.
   */
  @property({ reflect: true }) src?: string;

  /**
   * The id of the selected node, or nothing. Linked elements set it for each other (see `for`);
   * set it yourself to highlight a node (tree, collaboration) or filter to it (indicators).
   */
  @property({ reflect: true }) selected?: string;

  /**
   * The `id` of another element (usually a `plan-tree`) whose selection this element follows.
   * Elements with the same `src` follow each other without it.
   */
  @property({ reflect: true }) for?: string;

  /**
   * Larger type and thicker lines for a projector at 16:9, filling its container (width and
   * height 100%; 16:9 of the width when the container has no height); the figure scales to fit.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /**
   * `light` or `dark` keeps the element in that colour scheme whatever the reader prefers (for
   * a site that has no dark mode, set `light`); absent, it follows the reader's preference
   * (`prefers-color-scheme`). Print always uses the light colours, and so do `toSVG()` and
   * `toPNG()` unless this is `dark`.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  /** The validated plan being drawn. */
  @state() protected planDocument?: PlanDocument;

  /** Problems that stop the plan from being drawn. */
  @state() protected problems: Problem[] = [];

  /** True while `src` is being fetched. */
  @state() protected loading = false;

  /** True while the `<script>` file's validator is being loaded for a plan that waits for it. */
  @state() private checking = false;

  private loadController?: AbortController;
  private inlineText?: string;
  /** The plan waiting for the validator (only the latest is drawn). */
  private waiting?: object;

  /** The language the element shows text and messages in: its own `lang`, an ancestor's, the plan's, else `ja`. */
  protected get displayLang(): string {
    // `closest` is absent when the element is rendered on a server (Lit SSR).
    const inherited = typeof this.closest === 'function' ? this.closest('[lang]')?.getAttribute('lang') : undefined;
    const own = this.lang || inherited || '';
    return own || this.planDocument?.plan.lang || 'ja';
  }

  /** The plan's own language, the fallback for bilingual text. */
  protected get planLang(): string {
    return this.planDocument?.plan.lang ?? 'ja';
  }

  /** Clears the selection here and in every linked element (fires `plan-deselect`). */
  clearSelection(): void {
    this.selected = undefined;
    this.dispatchEvent(new CustomEvent('plan-deselect', { detail: {}, bubbles: true, composed: true }));
  }

  /**
   * The drawing as a standalone SVG file (colours as attributes, the Japanese font stack,
   * `<title>` and `<desc>`), for slides and print, written from the figure's scene: the same
   * bytes as `plan-viz render` gives for the same plan and options. The file writer is loaded on
   * the first call (the `<script>` file loads `plan-viz-export.iife.js` from beside it). Rejects
   * when there is no valid plan to draw.
   */
  async toSVG(): Promise<string> {
    const writers = await loadFileWriters();
    // A file keeps the light colours unless the element is dark (a handout should not depend on the screen it was made on).
    const file = this.sceneSVG(writers, this.colorScheme === 'dark' ? 'dark' : 'light');
    if (file === undefined) throw new Error(localize(writers.exportMessages.nothingDrawn(this.localName), this.displayLang));
    return file;
  }

  /**
   * The drawing as an SVG file serialized from its scene by `writers` (src/export/files.ts), in
   * `scheme` with the page's own values of the theme's custom properties; `undefined` when there
   * is nothing to draw (no valid plan). An element either overrides this or `toSVG()` itself.
   */
  protected sceneSVG(_writers: FileWriters, _scheme: Scheme): string | undefined {
    return undefined;
  }

  /** Builds what is not built yet of a drawing built in parts (see `<plan-tree>`); called before print. */
  protected completeDrawing(): void {}

  /**
   * The drawing as a PNG image, `scale` times its size in CSS pixels (default 2). Rejects on a
   * page whose Content Security Policy forbids `blob:` images.
   */
  async toPNG(options: { scale?: number } = {}): Promise<Blob> {
    const svg = await this.toSVG();
    return (await loadFileWriters()).svgToPNG(svg, { ...options, lang: this.displayLang });
  }

  /** Resolves a plan `Text` in the display language. */
  protected text(value: Text | undefined): string {
    return resolveText(value, this.displayLang, this.planLang);
  }

  /** A UI message in the display language. */
  protected message(value: Message): string {
    return localize(value, this.displayLang);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The display language is the element's own lang: redraw in the new one when it changes.
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinSelection(this);
    // The <script> file fetches its validator while the plan is being fetched (a failure is told when a plan needs it).
    if (!validatorNow()) loadValidator().catch(() => {});
    if (this.plan === undefined && !this.src) {
      this.readInlinePlan();
      // Defined by a classic <script> in <head>, the element is upgraded as the parser meets its
      // start tag, before its inline JSON is parsed: read it once the document is.
      if (this.inlineText === undefined && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.plan === undefined && !this.src && this.readInlinePlan(), { once: true });
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveSelection(this);
    this.loadController?.abort();
    this.loadController = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan !== undefined) {
      this.loadController?.abort();
      this.accept(this.plan);
    } else if (changed.has('src') && this.src && this.plan === undefined) {
      void this.load(this.src);
    }
  }

  private readInlinePlan(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const source = script?.textContent ?? undefined;
    if (source === undefined || source === this.inlineText) return;
    this.inlineText = source;
    try {
      this.accept(JSON.parse(source) as unknown);
    } catch (error) {
      this.fail([{ pointer: '', code: 'not-json', message: loadMessages.inlineJson(error instanceof Error ? error.message : String(error)) }]);
    }
  }

  private async load(url: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = true;
    try {
      const json = await loadJson(url, controller.signal);
      if (controller.signal.aborted) return;
      this.accept(json, url);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail([loadProblem(error, url)], url);
    } finally {
      if (this.loadController === controller) this.loading = false;
    }
  }

  private accept(input: unknown, src?: string): void {
    const validate = validatorNow();
    const waiting = (this.waiting = {});
    if (validate) return this.judge(validate(input), src);
    this.checking = true;
    loadValidator()
      .then(
        (loaded) => this.waiting === waiting && this.judge(loaded(input), src),
        (error: Error) => this.waiting === waiting && this.fail([{ pointer: '', code: 'load-network', message: loadMessages.network(error.message) }], src),
      )
      .finally(() => this.waiting === waiting && (this.checking = false));
  }

  private judge(result: ValidationResult, src?: string): void {
    if (result.valid) {
      this.planDocument = result.plan;
      this.problems = [];
    } else {
      this.fail(result.errors, src);
    }
  }

  private fail(problems: Problem[], src?: string): void {
    this.planDocument = undefined;
    this.problems = problems;
    const detail: PlanErrorDetail = src === undefined ? { problems } : { problems, src };
    // After this update, so that listeners see the error panel already drawn.
    void this.updateComplete.then(() => {
      this.dispatchEvent(new CustomEvent('plan-error', { detail, bubbles: true, composed: true }));
    });
  }

  /** Draws a valid plan. */
  protected abstract renderPlan(plan: PlanDocument): TemplateResult | typeof nothing;

  /** The error panel: what went wrong and where, in the page's language. */
  protected renderProblems(): TemplateResult {
    const loadFailed = this.problems.some((p) => p.code.startsWith('load-') || p.code === 'not-json');
    const shown = this.problems.slice(0, SHOWN_PROBLEMS);
    const more = this.problems.length - shown.length;
    return html`<div part="error" role="alert">
      <strong>${this.message(loadFailed ? ui.loadFailed : ui.invalidPlan)}</strong>
      ${this.src ? html`<div>${this.message(ui.source(this.src))}</div>` : nothing}
      <ul>
        ${shown.map((p) => html`<li>${p.pointer ? html`<code>${p.pointer}</code> ` : nothing}${this.message(p.message)}</li>`)}
        ${more > 0 ? html`<li>${this.message(ui.andMore(more))}</li>` : nothing}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.problems.length > 0) return this.renderProblems();
    if (this.planDocument) return this.renderPlan(this.planDocument);
    if (this.loading || this.checking) return html`<div part="placeholder" role="status" aria-label=${this.message(ui.loading)}></div>`;
    return html`<div part="placeholder"></div>`;
  }
}
