/**
 * Resolves an element's stylesheet against its captured shadow tree, where there is no browser
 * to do it (the `plan-viz render` command in Node): the cascade by specificity and order,
 * inheritance, custom properties with their `var()` defaults, `currentColor`. It knows the
 * selectors the elements' stylesheets use (type, class, attribute, `:not()`, `:host`,
 * descendant and child combinators); hover, focus and every `@media` block never apply, as
 * in a print of the figure.
 */
import { INHERITED_STYLE, INITIAL_STYLE, isElement, normalizeStyle, type RawElement } from './svg.js';

interface Simple {
  tag?: string;
  classes: string[];
  attrs: { name: string; op?: '=' | '~='; value?: string }[];
  not: Simple[];
  host: boolean;
  /** A pseudo-class that never holds in an export (`:hover`, `:focus-visible` …). */
  never: boolean;
}

interface Complex {
  /** Compound selectors right to left, with the combinator to the next one on the left. */
  parts: { compound: Simple; combinator: ' ' | '>' }[];
  specificity: number;
}

export interface Rule {
  selectors: Complex[];
  declarations: [string, string][];
  order: number;
}

/** Properties the presentation attributes of SVG elements set. */
const PRESENTATION = new Set([...Object.keys(INITIAL_STYLE), 'font-family']);

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseCompound(text: string): Simple | undefined {
  const simple: Simple = { classes: [], attrs: [], not: [], host: false, never: false };
  let rest = text;
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = /^\*/.exec(rest))) {
      // matches any element
    } else if ((match = /^([a-zA-Z][\w-]*)/.exec(rest))) simple.tag = match[1]!.toLowerCase();
    else if ((match = /^\.([\w-]+)/.exec(rest))) simple.classes.push(match[1]!);
    else if ((match = /^\[\s*([\w-]+)\s*(?:(~?=)\s*(?:'([^']*)'|"([^"]*)"|([\w-]+))\s*)?\]/.exec(rest))) {
      const op = match[2] as '=' | '~=' | undefined;
      simple.attrs.push(op ? { name: match[1]!, op, value: match[3] ?? match[4] ?? match[5] ?? '' } : { name: match[1]! });
    } else if ((match = /^:not\(([^()]*)\)/.exec(rest))) {
      const inner = parseCompound(match[1]!.trim());
      if (!inner) return undefined;
      simple.not.push(inner);
    } else if ((match = /^:host(\([^()]*(?:\([^()]*\))?[^()]*\))?/.exec(rest))) {
      simple.host = true;
      if (match[1]) simple.never = true;
    } else if ((match = /^::?[\w-]+(\([^()]*\))?/.exec(rest))) simple.never = true;
    else return undefined;
    rest = rest.slice(match[0].length);
  }
  return simple;
}

function specificityOf(simple: Simple): number {
  const b = simple.classes.length + simple.attrs.length + (simple.host || simple.never ? 1 : 0) + simple.not.reduce((sum, n) => sum + Math.floor(specificityOf(n) / 1000), 0);
  const c = (simple.tag ? 1 : 0) + simple.not.reduce((sum, n) => sum + (specificityOf(n) % 1000), 0);
  return b * 1000 + c;
}

function parseSelector(text: string): Complex | undefined {
  const tokens = text.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/).filter(Boolean);
  const parts: Complex['parts'] = [];
  let combinator: ' ' | '>' = ' ';
  let specificity = 0;
  for (const token of tokens) {
    if (token === '>') {
      combinator = '>';
      continue;
    }
    if (token === '+' || token === '~') return undefined;
    const compound = parseCompound(token);
    if (!compound) return undefined;
    specificity += specificityOf(compound);
    parts.push({ compound, combinator });
    combinator = ' ';
  }
  if (parts.length === 0) return undefined;
  // Right to left: each part carries the combinator that joins it to the part on its left.
  const reversed = parts.reverse().map((part, i, all) => ({ compound: part.compound, combinator: i + 1 < all.length ? part.combinator : ' ' }));
  return { parts: reversed, specificity };
}

/** The style rules of a stylesheet (at-rules such as `@media` are left out). */
export function parseStylesheet(css: string, firstOrder = 0): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  let order = firstOrder;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    // Find the matching close brace (at-rules nest).
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const selectors = splitTopLevel(prelude, ',')
      .map(parseSelector)
      .filter((s): s is Complex => s !== undefined);
    const declarations: [string, string][] = [];
    for (const declaration of splitTopLevel(body, ';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).replace(/!important\s*$/, '').trim();
      if (name) declarations.push([name.startsWith('--') ? name : name.toLowerCase(), value]);
    }
    if (selectors.length > 0 && declarations.length > 0) rules.push({ selectors, declarations, order: order++ });
  }
  return rules;
}

// ---------------------------------------------------------------------------
// Matching

interface Placed {
  node: RawElement;
  parent: Placed | undefined;
  isHost: boolean;
}

function matchesCompound(simple: Simple, at: Placed): boolean {
  if (simple.never) return false;
  if (simple.host !== at.isHost) return false;
  const node = at.node;
  if (simple.tag && simple.tag !== node.tag.toLowerCase()) return false;
  if (simple.classes.length > 0) {
    const classes = (node.attrs.class ?? '').split(/\s+/);
    if (!simple.classes.every((name) => classes.includes(name))) return false;
  }
  for (const attr of simple.attrs) {
    const value = node.attrs[attr.name];
    if (value === undefined) return false;
    if (attr.op === '=' && value !== attr.value) return false;
    if (attr.op === '~=' && !value.split(/\s+/).includes(attr.value ?? '')) return false;
  }
  return simple.not.every((inner) => !matchesCompound({ ...inner, host: at.isHost && inner.host }, at));
}

function matches(selector: Complex, at: Placed): boolean {
  const [first, ...rest] = selector.parts;
  if (!first || !matchesCompound(first.compound, at)) return false;
  let candidates: Placed[] = [at];
  for (let k = 0; k < rest.length; k++) {
    const part = rest[k]!;
    const combinator = selector.parts[k]!.combinator;
    const next: Placed[] = [];
    for (const from of candidates) {
      if (combinator === '>') {
        if (from.parent && matchesCompound(part.compound, from.parent)) next.push(from.parent);
      } else {
        for (let up = from.parent; up; up = up.parent) if (matchesCompound(part.compound, up)) next.push(up);
      }
    }
    if (next.length === 0) return false;
    candidates = next;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Values

interface Computed {
  custom: Map<string, string>;
  style: Record<string, string>;
}

/** Replaces each `var(--x, fallback)` with the custom property's value (or the fallback). */
function substitute(value: string, lookup: (name: string) => string | undefined, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, at);
    let level = 1;
    let j = at + 4;
    for (; j < value.length && level > 0; j++) {
      if (value[j] === '(') level++;
      else if (value[j] === ')') level--;
    }
    const inner = value.slice(at + 4, j - 1);
    const comma = splitTopLevel(inner, ',');
    const name = comma[0]!.trim();
    const fallback = comma.length > 1 ? comma.slice(1).join(',').trim() : undefined;
    const found = lookup(name);
    const replacement = found ?? (fallback === undefined ? undefined : substitute(fallback, lookup, depth + 1));
    if (replacement === undefined) return undefined;
    out += replacement;
    i = j;
  }
  return out;
}

/** `calc()` of numbers with + − × ÷ (what the stylesheets use); undefined for anything else. */
function calculate(value: string): string | undefined {
  const match = /^calc\((.*)\)$/.exec(value.trim());
  if (!match) return value;
  const expression = match[1]!.replace(/calc\(/g, '(');
  if (!/^[\d.\s+\-*/()]+$/.test(expression)) return undefined;
  const tokens = expression.match(/\d*\.?\d+(?:e-?\d+)?|[+\-*/()]/g) ?? [];
  let k = 0;
  const primary = (): number => {
    const token = tokens[k++];
    if (token === '(') {
      const inner = sum();
      k++;
      return inner;
    }
    if (token === '-') return -primary();
    return Number(token);
  };
  const product = (): number => {
    let left = primary();
    while (tokens[k] === '*' || tokens[k] === '/') left = tokens[k++] === '*' ? left * primary() : left / primary();
    return left;
  };
  const sum = (): number => {
    let left = product();
    while (tokens[k] === '+' || tokens[k] === '-') left = tokens[k++] === '+' ? left + product() : left - product();
    return left;
  };
  const result = sum();
  return Number.isFinite(result) ? String(result) : undefined;
}

function computeElement(at: Placed, declared: Map<string, string>, parent: Computed | undefined): Computed {
  const inherited = parent?.custom ?? new Map<string, string>();
  const custom = new Map(inherited);
  const resolving = new Set<string>();
  const customValue = (name: string): string | undefined => {
    if (!declared.has(name)) return inherited.get(name);
    if (resolving.has(name)) return undefined;
    resolving.add(name);
    const value = substitute(declared.get(name)!, customValue);
    resolving.delete(name);
    return value;
  };
  for (const name of declared.keys()) {
    if (!name.startsWith('--')) continue;
    const value = customValue(name);
    if (value === undefined) custom.delete(name);
    else custom.set(name, value);
  }

  const style: Record<string, string> = {};
  const parentStyle = parent?.style;
  const fallback = (property: string): string => (INHERITED_STYLE.has(property) && parentStyle ? parentStyle[property]! : INITIAL_STYLE[property]!);
  const resolve = (property: string): string => {
    let raw = declared.get(property);
    if (property === 'background-color' && raw === undefined) raw = declared.get('background');
    if (raw === undefined) return fallback(property);
    const substituted = substitute(raw, (name) => custom.get(name));
    if (substituted === undefined) return fallback(property);
    const value = calculate(substituted.trim());
    if (value === undefined) return fallback(property);
    const lower = value.toLowerCase();
    if (lower === 'inherit') return parentStyle?.[property] ?? INITIAL_STYLE[property]!;
    if (lower === 'initial') return INITIAL_STYLE[property]!;
    if (lower === 'unset') return fallback(property);
    if (lower === 'currentcolor') return property === 'color' ? fallback('color') : style.color!;
    if (property === 'font-size') {
      const em = /^([\d.]+)(em|rem)$/.exec(lower);
      if (em) return normalizeStyle(property, String(Number(em[1]) * (em[2] === 'em' ? Number(fallback('font-size')) : 16)));
    }
    return normalizeStyle(property, value);
  };
  style.color = resolve('color');
  for (const property of Object.keys(INITIAL_STYLE)) if (property !== 'color') style[property] = resolve(property);
  if (style['background-color'] && !/^(#|rgba?\(|transparent)/.test(style['background-color'])) style['background-color'] = 'transparent';
  return { custom, style };
}

/**
 * Resolves the style of every element under `host` (and of `host` itself, which `:host`
 * selects) with the rules of its stylesheet, writing each into the element's `style`.
 */
export function applyStylesheet(host: RawElement, rules: readonly Rule[], inheritedFrom?: Computed): void {
  const visit = (node: RawElement, parent: Placed | undefined, parentComputed: Computed | undefined) => {
    const at: Placed = { node, parent, isHost: parent === undefined };
    const matched: { specificity: number; order: number; declarations: [string, string][] }[] = [];
    for (const rule of rules) {
      let best = -1;
      for (const selector of rule.selectors) if (selector.specificity > best && matches(selector, at)) best = selector.specificity;
      if (best >= 0) matched.push({ specificity: best, order: rule.order, declarations: rule.declarations });
    }
    matched.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    const declared = new Map<string, string>();
    // Presentation attributes first: any rule overrides them.
    if (!at.isHost) for (const [name, value] of Object.entries(node.attrs)) if (PRESENTATION.has(name)) declared.set(name, value);
    for (const { declarations } of matched) for (const [name, value] of declarations) declared.set(name, value);
    const computed = computeElement(at, declared, parentComputed);
    node.style = computed.style;
    for (const child of node.children) if (isElement(child)) visit(child, at, computed);
  };
  visit(host, undefined, inheritedFrom);
}
