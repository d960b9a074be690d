/**
 * A large 体系図 is drawn as horizontal bands, each its own SVG that the browser lays out and
 * paints only when it is near the screen (`content-visibility: auto`). Cuts fall where no box
 * is, so that every box, group name and heading lies whole inside one band; a connector that
 * crosses a cut is drawn in each band it passes through (each band clips it to itself).
 * Plain numbers, no DOM.
 */
import type { TreeLayout } from './layout.js';

/** Height (viewBox px) a band grows to before it is cut at the next free row. */
export const BAND_HEIGHT = 1600;

/** Room kept around boxes: half a stroke, rounding. */
const EDGE = 2;

export interface TreeBand {
  /** Top of the band and its height, in the layout's coordinates. */
  y: number;
  height: number;
  /** Indexes into the layout's nodes, groups, headers and links drawn in this band. */
  nodes: number[];
  groups: number[];
  headers: number[];
  links: number[];
}

/**
 * Splits a laid-out tree into bands about `bandHeight` tall. Every node, group and heading
 * belongs to exactly one band and lies inside it; every connector is listed in each band it
 * passes through. A drawing shorter than `bandHeight` (or with no free row) is one band.
 */
export function splitIntoBands(layout: TreeLayout, bandHeight = BAND_HEIGHT): TreeBand[] {
  const vb = layout.viewBox;
  const top = vb.y;
  const bottom = vb.y + vb.height;
  const spans: [number, number][] = [];
  for (const n of layout.nodes) spans.push([n.box.y - EDGE, n.box.y + n.box.height + EDGE]);
  for (const g of layout.groups) spans.push([g.box.y - EDGE, g.box.y + g.box.height + EDGE]);
  for (const h of layout.headers) spans.push([h.box.y - EDGE, h.box.y + h.box.height + EDGE]);
  spans.sort((a, b) => a[0] - b[0]);

  // Cut in the middle of a free row once the band is tall enough.
  const cuts: number[] = [];
  let start = top;
  let covered = -Infinity;
  for (const [from, to] of spans) {
    if (from > covered && covered > start) {
      const cut = (covered + from) / 2;
      if (cut - start >= bandHeight && bottom - cut >= bandHeight / 4) {
        cuts.push(cut);
        start = cut;
      }
    }
    covered = Math.max(covered, to);
  }

  const edges = [top, ...cuts, bottom];
  const bands: TreeBand[] = [];
  for (let i = 0; i + 1 < edges.length; i++) bands.push({ y: edges[i]!, height: edges[i + 1]! - edges[i]!, nodes: [], groups: [], headers: [], links: [] });
  const bandAt = (y: number): number => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  layout.nodes.forEach((n, i) => bands[bandAt(n.box.y + n.box.height / 2)]!.nodes.push(i));
  layout.groups.forEach((g, i) => bands[bandAt(g.box.y + g.box.height / 2)]!.groups.push(i));
  layout.headers.forEach((h, i) => bands[bandAt(h.box.y + h.box.height / 2)]!.headers.push(i));
  layout.links.forEach((l, i) => {
    const last = bandAt(l.bottom + EDGE);
    for (let b = bandAt(l.top - EDGE); b <= last; b++) bands[b]!.links.push(i);
  });
  return bands;
}
