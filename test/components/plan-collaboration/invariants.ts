import { overlappingPairs, type Box } from '../../../src/geometry/index.js';
import type { CollaborationLabelLayout as LabelLayout, CollaborationLayout } from '../../../src/components/plan-collaboration/index.js';
import { measureText } from '../../../src/text/index.js';

/** Tolerance for numbers rounded to 1/100 px. */
const TOLERANCE = 0.05;

interface Circle {
  cx: number;
  cy: number;
  r: number;
}

function farthestCorner(c: Circle, b: Box): number {
  return Math.hypot(Math.max(Math.abs(b.x - c.cx), Math.abs(b.x + b.width - c.cx)), Math.max(Math.abs(b.y - c.cy), Math.abs(b.y + b.height - c.cy)));
}

function nearestPoint(c: Circle, b: Box): number {
  return Math.hypot(Math.max(b.x - c.cx, 0, c.cx - b.x - b.width), Math.max(b.y - c.cy, 0, c.cy - b.y - b.height));
}

export function insideCircle(c: Circle, b: Box): boolean {
  return farthestCorner(c, b) <= c.r + TOLERANCE;
}

export function outsideCircle(c: Circle, b: Box): boolean {
  return nearestPoint(c, b) >= c.r - TOLERANCE;
}

function badgeBox(badge: { x: number; y: number; r: number }): Box {
  return { x: badge.x - badge.r, y: badge.y - badge.r, width: 2 * badge.r, height: 2 * badge.r };
}

/** Every number in a value, with its path. */
function numbers(value: unknown, path: string, out: [string, number][]): void {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
}

/** What the issue asks of every layout; returns the broken rules (empty when all hold). */
export function layoutProblems(layout: CollaborationLayout): string[] {
  const problems: string[] = [];
  const found: [string, number][] = [];
  numbers(layout, 'layout', found);
  for (const [path, n] of found) if (!Number.isFinite(n)) problems.push(`${path} is ${n}`);
  for (const segment of layout.ring) if (/NaN|Infinity/.test(segment.path)) problems.push(`ring ${segment.index} path ${segment.path}`);

  const named: [string, Box][] = [];
  if (layout.title) named.push(['title', layout.title.box]);
  named.push(['center', layout.center.box]);
  for (const actor of layout.actors) {
    named.push([`actor ${actor.id}`, actor.label.box]);
    if (actor.key) {
      named.push([`actor ${actor.id} key badge`, badgeBox(actor.key.badge)]);
      if (actor.key.marker) named.push([`actor ${actor.id} marker`, badgeBox(actor.key.marker)]);
    }
  }
  for (const keyword of layout.keywords) {
    named.push([`keyword ${keyword.index}`, keyword.label.box]);
    if (keyword.key) {
      named.push([`keyword ${keyword.index} key badge`, badgeBox(keyword.key.badge)]);
      if (keyword.key.marker) named.push([`keyword ${keyword.index} marker`, badgeBox(keyword.key.marker)]);
    }
  }
  for (const segment of layout.ring) if (segment.label.lines.length > 0) named.push([`ring ${segment.index}`, segment.label.box]);

  for (const [i, j] of overlappingPairs(named.map(([, box]) => box))) problems.push(`${named[i]![0]} overlaps ${named[j]![0]}`);
  for (const actor of layout.actors) if (!(actor.r > 0)) problems.push(`circle of ${actor.id} has radius ${actor.r}`);
  if (layout.ring.length > 0 && !(layout.ringInnerRadius > 0 && layout.ringInnerRadius < layout.ringOuterRadius))
    problems.push(`the ring runs from radius ${layout.ringInnerRadius} to ${layout.ringOuterRadius}`);

  // Every line fits its label's box, and no label with text is left without a line.
  const labels: [string, LabelLayout][] = [
    ['center', layout.center],
    ...layout.actors.map((a): [string, LabelLayout] => [`actor ${a.id}`, a.label]),
    ...layout.keywords.map((k): [string, LabelLayout] => [`keyword ${k.index}`, k.label]),
  ];
  if (layout.title) labels.push(['title', layout.title]);
  for (const segment of layout.ring) labels.push([`ring ${segment.index}`, segment.label]);
  for (const [name, label] of labels) {
    if (!name.startsWith('ring') && label.text.trim() !== '' && label.lines.length === 0) problems.push(`${name}: "${label.text}" is not written anywhere`);
    for (const line of label.lines) {
      const width = measureText(line.text, label.fontSize, label.bold);
      const left = label.align === 'middle' ? line.x - width / 2 : line.x;
      if (left < label.box.x - TOLERANCE || left + width > label.box.x + label.box.width + TOLERANCE)
        problems.push(`${name}: line "${line.text}" (${width} px) is wider than its box`);
    }
  }
  for (const [name, b] of named) {
    if (b.x < -TOLERANCE || b.y < -TOLERANCE || b.x + b.width > layout.width + TOLERANCE || b.y + b.height > layout.height + TOLERANCE)
      problems.push(`${name} is outside the viewBox`);
  }

  const circles = new Map(layout.actors.map((a) => [a.id, a] as const));
  const figureBottom = layout.cy + Math.max(layout.ringOuterRadius, ...layout.actors.map((a) => Math.hypot(a.cx - layout.cx, a.cy - layout.cy) + a.r));
  const inRegion = (actors: string[], box: Box) => {
    for (const actor of layout.actors) {
      if (actors.includes(actor.id) ? !insideCircle(actor, box) : !outsideCircle(actor, box)) return false;
    }
    if (actors.length === 0 && layout.ringInnerRadius > 0 && farthestCorner({ cx: layout.cx, cy: layout.cy, r: 0 }, box) > layout.ringInnerRadius + TOLERANCE) return false;
    return true;
  };
  for (const keyword of layout.keywords) {
    if (keyword.inRegion) {
      if (!inRegion(keyword.actors, keyword.label.box)) problems.push(`keyword ${keyword.index} is not in the region of [${keyword.actors.join(', ')}]`);
      if (keyword.key) problems.push(`keyword ${keyword.index} is in its region and in the key`);
    } else {
      if (!layout.misplaced.includes(keyword.index)) problems.push(`keyword ${keyword.index} is out of its region but not reported`);
      if (!keyword.key) problems.push(`keyword ${keyword.index} is out of its region and not in the key`);
      else if (keyword.key.marker && !inRegion(keyword.actors, badgeBox(keyword.key.marker))) problems.push(`keyword ${keyword.index}'s marker is not in its region`);
      if (keyword.label.box.y < figureBottom - TOLERANCE) problems.push(`keyword ${keyword.index} is in the key but not under the figure`);
    }
  }
  for (const index of layout.misplaced) if (layout.keywords[index]?.inRegion !== false) problems.push(`misplaced lists ${index}, which is in its region`);
  for (const actor of layout.actors) {
    const others = layout.actors.filter((a) => a !== actor);
    if (actor.key) continue;
    if (actor.inRegion && !inRegion([actor.id], actor.label.box)) problems.push(`actor ${actor.id}'s name is not in its own part of the circle`);
    if (!actor.inRegion && (others.some((o) => !outsideCircle(o, actor.label.box)) || nearestPoint(actor, actor.label.box) > actor.r))
      problems.push(`actor ${actor.id}'s name neither in its circle nor on its outline`);
  }
  if (layout.centerInRegion && layout.actors.some((a) => !insideCircle(circles.get(a.id)!, layout.center.box))) problems.push('the centre label is not where all circles overlap');
  return problems;
}
