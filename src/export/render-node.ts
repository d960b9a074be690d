/**
 * The SVG of a plan in Node, with no browser: the element itself is rendered with Lit's server
 * renderer (the same layout and line-breaking code as in the page), its shadow content parsed,
 * hover and focus state removed, its stylesheet resolved (custom properties at their defaults)
 * and written as presentation attributes, exactly as `toSVG()` does in the browser.
 *
 * Only the command line tool uses this module (it is bundled into dist/cli.mjs).
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { resolveText } from '../schema/text.js';
import type { PlanDocument } from '../schema/types.js';
import { exportCaptured } from './compose.js';
import { applyStylesheet, parseStylesheet } from './css.js';
import { stripInteraction, type RawElement, type RawNode } from './svg.js';

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Parse5Element = DefaultTreeAdapterMap['element'];
type Parse5Template = DefaultTreeAdapterMap['template'];

/** Which drawing to make. */
export interface NodeRenderOptions {
  view: string;
  /** The display language; default the plan's. */
  lang?: string;
  /** With view `indicators`: one indicator's gauge instead of all of them. */
  indicator?: string;
  /** With view `indicators`: the date progress is judged at (`YYYY-MM-DD`) when a value has no date or year. */
  today?: string;
}

// The DOM shim has no `lang` property; the elements read their display language from it.
const shimmed = globalThis.HTMLElement.prototype as HTMLElement;
if (!('lang' in shimmed)) {
  Object.defineProperty(shimmed, 'lang', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('lang') ?? '';
    },
    set(this: HTMLElement, value: string) {
      this.setAttribute('lang', value);
    },
  });
}

let components: Promise<unknown> | undefined;

/** Defines the elements (after the DOM shim is in place). */
function loadComponents(): Promise<unknown> {
  components ??= Promise.all([import('../components/plan-tree/index.js'), import('../components/plan-collaboration/index.js'), import('../components/plan-indicators/index.js'), import('../components/plan-gauge/index.js')]);
  return components;
}

function template(plan: PlanDocument, options: NodeRenderOptions, lang: string): TemplateResult {
  switch (options.view) {
    case 'collaboration':
      return html`<plan-collaboration lang=${lang} .plan=${plan}></plan-collaboration>`;
    case 'indicators':
      return options.indicator === undefined
        ? html`<plan-indicators lang=${lang} .today=${options.today} .plan=${plan}></plan-indicators>`
        : html`<plan-gauge lang=${lang} indicator=${options.indicator} .today=${options.today} .plan=${plan}></plan-gauge>`;
    default:
      return html`<plan-tree lang=${lang} layout="diagram" .plan=${plan}></plan-tree>`;
  }
}

function isTemplate(node: Parse5Element): node is Parse5Template {
  return node.nodeName === 'template';
}

function childrenOf(node: Parse5Node): DefaultTreeAdapterMap['childNode'][] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Converts parsed HTML to the exporter's tree; a declarative shadow root's content becomes the element's children, its styles are collected. */
function convert(node: Parse5Element, styles: string[]): RawElement {
  const attrs: Record<string, string> = {};
  for (const attr of node.attrs) attrs[attr.name] = attr.value;
  const raw: RawElement = { tag: node.tagName, attrs, children: [] };
  const shadow = node.childNodes.find((child): child is Parse5Template => 'tagName' in child && isTemplate(child) && child.attrs.some((a) => a.name === 'shadowrootmode'));
  const source: Parse5Node = shadow ? shadow.content : node;
  const visit = (parent: Parse5Node, into: RawNode[]) => {
    for (const child of childrenOf(parent)) {
      if (child.nodeName === '#text' && 'value' in child) into.push(child.value);
      else if ('tagName' in child) {
        if (child.tagName === 'style') {
          styles.push(childrenOf(child).map((text) => ('value' in text ? text.value : '')).join(''));
        } else if (child.tagName === 'template' && isTemplate(child)) {
          visit(child.content, into);
        } else if (child.tagName !== 'script') {
          into.push(convert(child, styles));
        }
      }
    }
  };
  visit(source, raw.children);
  return raw;
}

/** The standalone SVG file of a valid plan's view. */
export async function renderPlanSvg(plan: PlanDocument, options: NodeRenderOptions): Promise<string> {
  await loadComponents();
  const lang = options.lang || plan.plan.lang || 'ja';
  const markup = await collectResult(render(template(plan, options, lang)));
  const fragment = parseFragment(markup);
  const element = fragment.childNodes.find((child): child is Parse5Element => 'tagName' in child && child.tagName.startsWith('plan-'));
  if (!element) throw new Error(`nothing was rendered for the view ${options.view}`);
  const styles: string[] = [];
  const host = convert(element, styles);
  stripInteraction(host, host.tag);
  applyStylesheet(host, parseStylesheet(styles.join('\n')));
  return exportCaptured(host, { planTitle: resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja'), lang });
}
