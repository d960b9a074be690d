/**
 * Linked selection: elements on one page that show the same plan follow each other's
 * `plan-select` and `plan-deselect`. Two elements are linked when they name the same `src`,
 * when one's `for` names the other's `id`, or when both `for` the same element.
 */

/** What the hub needs of an element. */
export interface Linkable extends HTMLElement {
  src?: string | undefined;
  for?: string | undefined;
  selected?: string | undefined;
}

const members = new Set<Linkable>();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** True when `a` and `b` show the same plan and asked to work together. */
export function linked(a: Linkable, b: Linkable): boolean {
  if (a === b) return false;
  if (a.for && a.for === b.id) return true;
  if (b.for && b.for === a.id) return true;
  if (a.for && b.for && a.for === b.for) return true;
  return Boolean(a.src && b.src && absolute(a.src) === absolute(b.src));
}

function source(event: Event): Linkable | undefined {
  const target = event.target;
  return target instanceof HTMLElement && members.has(target as Linkable) ? (target as Linkable) : undefined;
}

/** Every element linked to `from`, directly or through others (a tree, its collaboration figure and its indicators). */
export function linkedGroup(from: Linkable): Linkable[] {
  const group = [from];
  const seen = new Set(group);
  for (let i = 0; i < group.length; i++) {
    for (const member of members) {
      if (!seen.has(member) && linked(group[i]!, member)) {
        seen.add(member);
        group.push(member);
      }
    }
  }
  return group;
}

function onSelect(event: CustomEvent<{ id: string }>): void {
  const from = source(event);
  if (!from || typeof event.detail?.id !== 'string') return;
  for (const member of linkedGroup(from)) member.selected = event.detail.id;
}

function onDeselect(event: Event): void {
  const from = source(event);
  if (!from) return;
  for (const member of linkedGroup(from)) member.selected = undefined;
}

/** Starts following linked selections; the document listeners exist only while someone listens. */
export function joinSelection(element: Linkable): void {
  if (members.size === 0) {
    document.addEventListener('plan-select', onSelect);
    document.addEventListener('plan-deselect', onDeselect);
  }
  members.add(element);
}

/** Stops following linked selections. */
export function leaveSelection(element: Linkable): void {
  members.delete(element);
  if (members.size === 0) {
    document.removeEventListener('plan-select', onSelect);
    document.removeEventListener('plan-deselect', onDeselect);
  }
}
