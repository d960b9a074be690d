/**
 * `toSVG()` and `toPNG()` of the elements, in the browser: the drawing is copied with every
 * style the page resolved for it (so that colours set with the elements' CSS custom properties
 * carry over) and written as presentation attributes, with no dependence on any stylesheet.
 */
import { localize } from '../schema/messages.js';
import { exportCaptured, type ExportContext } from './compose.js';
import { exportMessages as m } from './messages.js';
import { INITIAL_STYLE, INTERACTIVE, normalizeStyle, type RawElement, type RawNode } from './svg.js';

const PROPERTIES = Object.keys(INITIAL_STYLE);

/** What the exporter needs of an element (every plan-viz element has it). */
export interface ExportableElement extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

function read(element: Element, properties: readonly string[]): Record<string, string> {
  const computed = getComputedStyle(element);
  const style: Record<string, string> = {};
  for (const property of properties) style[property] = normalizeStyle(property, computed.getPropertyValue(property));
  return style;
}

function attributesOf(element: Element): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attribute of element.attributes) attrs[attribute.name] = attribute.value;
  return attrs;
}

function children(parent: Node, svg: boolean, tag: string): RawNode[] {
  const out: RawNode[] = [];
  for (const child of parent.childNodes) {
    const node = capture(child, svg, tag);
    if (node !== undefined) out.push(node);
  }
  return out;
}

function capture(node: Node, svg: boolean, tag: string): RawNode | undefined {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (!(node instanceof Element) || node.localName === 'style' || node.localName === 'script') return undefined;
  if (!svg && node.localName === 'svg') return captureSvg(node, tag);
  const raw: RawElement = { tag: node.localName, attrs: attributesOf(node), children: [], style: read(node, svg ? PROPERTIES : ['color', 'display', 'background-color']) };
  if (raw.style?.display === 'none') return undefined;
  raw.children = children(node.shadowRoot ?? node, svg, tag);
  return raw;
}

/**
 * An SVG is copied, the copy stripped of hover and focus state and put beside the original
 * (so that the element's own stylesheet applies to it), read, and removed again, all before the
 * page next paints.
 */
function captureSvg(svg: Element, tag: string): RawElement | undefined {
  const rules = INTERACTIVE[tag];
  const copy = svg.cloneNode(true) as Element;
  if (rules) {
    for (const name of rules.remove) for (const element of copy.querySelectorAll(`.${name}`)) element.remove();
    for (const name of rules.classes) for (const element of copy.querySelectorAll(`.${name}`)) element.classList.remove(name);
  }
  svg.after(copy);
  try {
    const raw = capture(copy, true, tag);
    return raw === undefined || typeof raw === 'string' ? undefined : raw;
  } finally {
    copy.remove();
  }
}

interface Switchable {
  layout?: string;
  showsOutline?: boolean;
  performUpdate(): void;
}

/** The element and its shadow content as a tree, with the styles the page resolved. */
export function captureElement(element: ExportableElement): RawElement {
  const tag = element.localName;
  const root: RawElement = { tag, attrs: attributesOf(element), children: [], style: read(element, ['color', 'background-color']) };
  // A tree drawn as an outline (narrow container) is exported as its diagram: switch, copy, switch back.
  const switchable = element as unknown as Switchable;
  if (switchable.showsOutline === true && typeof switchable.performUpdate === 'function') {
    const layout = switchable.layout;
    switchable.layout = 'diagram';
    switchable.performUpdate();
    try {
      root.children = children(element.renderRoot, false, tag);
    } finally {
      switchable.layout = layout;
      switchable.performUpdate();
    }
    return root;
  }
  root.children = children(element.renderRoot, false, tag);
  return root;
}

/**
 * The element's drawing as a standalone SVG file, in the light colours unless the element is
 * `color-scheme="dark"`: a file for a slide or a handout should not depend on the colour scheme
 * of the screen it was made on.
 */
export function elementToSVG(element: ExportableElement, context: ExportContext): string {
  const scheme = element.getAttribute('color-scheme');
  if (scheme !== 'dark') element.setAttribute('color-scheme', 'light');
  try {
    return exportCaptured(captureElement(element), context);
  } finally {
    if (scheme === null) element.removeAttribute('color-scheme');
    else if (scheme !== 'dark') element.setAttribute('color-scheme', scheme);
  }
}

/** How long an image may take to load before toPNG gives up. */
const IMAGE_TIMEOUT = 10_000;

/**
 * Draws an SVG file into a canvas and encodes it as PNG. Needs `blob:` images: a page whose
 * Content Security Policy forbids them (img-src) gets a rejection that says so, never a hang.
 */
export async function svgToPNG(svgText: string, options: { scale?: number; lang?: string } = {}): Promise<Blob> {
  const lang = options.lang ?? 'en';
  const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
  const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svgText);
  const width = Math.max(1, Math.round(Number(size?.[1] ?? 300) * scale));
  const height = Math.max(1, Math.round(Number(size?.[2] ?? 150) * scale));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(localize(m.imageTimeout, lang))), IMAGE_TIMEOUT);
      image.onload = () => {
        clearTimeout(timer);
        resolve();
      };
      image.onerror = () => {
        clearTimeout(timer);
        reject(new Error(localize(m.imageBlocked, lang)));
      };
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(localize(m.canvasFailed, lang));
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(localize(m.canvasFailed, lang)))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
