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
import { indicatorsSVG } from '../components/plan-indicators/file.js';
import { collaborationSVG } from '../components/plan-collaboration/file.js';
import { gaugeSVG } from '../components/plan-gauge/file.js';
import { parseToday } from '../components/plan-gauge/today.js';
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
  /** With view `indicators`: the width of the element on screen (CSS px), whose grid columns the file has; default 752. */
  width?: number;
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

// ---------------------------------------------------------------------------
// Drawings built with the DOM

/**
 * Some elements build part of their drawing with the DOM (`document.createElementNS`) and put
 * the nodes into their template. The server renderer has no DOM: these few methods build plain
 * nodes instead, and each node renders as a token that is replaced by the node itself after
 * parsing. Plan text only ever enters them as text (`textContent`, `createTextNode`).
 */
const built = new Map<string, BuiltElement>();
const TOKEN = /\uE000plan-viz-node:(\d+)\uE000/g;

class BuiltText {
  parentNode: BuiltElement | null = null;
  readonly nodeType = 3;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
  cloneNode(): BuiltText {
    return new BuiltText(this.data);
  }
}

class BuiltElement {
  parentNode: BuiltElement | null = null;
  readonly nodeType = 1;
  readonly attributes = new Map<string, string>();
  childNodes: (BuiltElement | BuiltText)[] = [];
  readonly ownerDocument = globalThis.document;
  constructor(readonly localName: string) {}
  get tagName(): string {
    return this.localName;
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild<T extends BuiltElement | BuiltText>(child: T): T {
    if (child.parentNode) child.parentNode.childNodes = child.parentNode.childNodes.filter((c) => c !== child);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  get firstChild(): BuiltElement | BuiltText | null {
    return this.childNodes[0] ?? null;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.childNodes = [];
    this.appendChild(new BuiltText(text));
  }
  cloneNode(deep = false): BuiltElement {
    const copy = new BuiltElement(this.localName);
    for (const [name, value] of this.attributes) copy.attributes.set(name, value);
    if (deep) for (const child of this.childNodes) copy.appendChild(child.cloneNode(true));
    return copy;
  }
  readonly classList = {
    contains: (name: string): boolean => (this.getAttribute('class') ?? '').split(/\s+/).includes(name),
    add: (name: string): void => void this.classList.toggle(name, true),
    remove: (name: string): void => void this.classList.toggle(name, false),
    toggle: (name: string, force?: boolean): boolean => {
      const names = (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
      const on = force ?? !names.includes(name);
      this.setAttribute('class', [...names.filter((n) => n !== name), ...(on ? [name] : [])].join(' '));
      return on;
    },
  };
  toString(): string {
    const id = String(built.size);
    built.set(id, this);
    return `\uE000plan-viz-node:${id}\uE000`;
  }
}

const shimDocument = globalThis.document as unknown as Record<string, unknown>;
if (typeof shimDocument.createElementNS !== 'function') {
  shimDocument.createElementNS = (_namespace: string, tag: string) => new BuiltElement(tag);
  shimDocument.createElement = (tag: string) => new BuiltElement(tag);
  shimDocument.createTextNode = (text: string) => new BuiltText(text);
}

function fromBuilt(node: BuiltElement): RawElement {
  return {
    tag: node.localName,
    attrs: Object.fromEntries(node.attributes),
    children: node.childNodes.map((child) => (child instanceof BuiltElement ? fromBuilt(child) : child.data)),
  };
}

/** Replaces the tokens in text children by the nodes they stand for. */
function splice(node: RawElement): void {
  node.children = node.children.flatMap((child): RawNode[] => {
    if (typeof child !== 'string') {
      splice(child);
      return [child];
    }
    const out: RawNode[] = [];
    let last = 0;
    for (const match of child.matchAll(TOKEN)) {
      out.push(child.slice(last, match.index));
      const element = built.get(match[1]!);
      if (element) out.push(fromBuilt(element));
      last = match.index + match[0].length;
    }
    out.push(child.slice(last));
    return out.filter((part) => part !== '');
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
  // The overview is drawn from its scene, without rendering an element.
  if (options.view === 'overview') return (await import('../components/plan-overview/overview-file.js')).renderOverviewSvg(plan, options);
  const lang = options.lang || plan.plan.lang || 'ja';
  // The indicators are drawn from their scene, with no element rendered.
  if (options.view === 'indicators') {
    const today = parseToday(options.today);
    if (options.indicator !== undefined) return gaugeSVG(plan, options.indicator, { lang, today });
    return indicatorsSVG(plan, options.width === undefined ? { lang, today } : { lang, today, width: options.width });
  }
  // The collaboration figure is written from its scene, as its toSVG() does: no DOM, no CSS.
  if (options.view === 'collaboration') return collaborationSVG(plan, { lang });
  await loadComponents();
  const markup = await collectResult(render(template(plan, options, lang)));
  const fragment = parseFragment(markup);
  const element = fragment.childNodes.find((child): child is Parse5Element => 'tagName' in child && child.tagName.startsWith('plan-'));
  if (!element) throw new Error(`nothing was rendered for the view ${options.view}`);
  const styles: string[] = [];
  const host = convert(element, styles);
  splice(host);
  built.clear();
  stripInteraction(host, host.tag);
  applyStylesheet(host, parseStylesheet(styles.join('\n')));
  return exportCaptured(host, { planTitle: resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja'), lang });
}
