// The outer ring (社会・地域・暮らし …): one annulus segment per label, each label upright in it.
import { arc } from 'd3-shape';
import { polar, round, TAU, type Box } from '../../geometry/index.js';
import { wrapText } from '../../text/index.js';
import { dist } from './circles.js';
import { variants } from './labels.js';
import { LINE_HEIGHT, type Point, type Variant } from './model.js';

export interface RingPlan {
  inner: number;
  fontSize: number;
  segments: { startAngle: number; endAngle: number; path: string; text: string; lang: string | undefined; variant: Variant; box: Box }[];
}

/**
 * The outer ring: one annulus segment per label, each label upright in the middle of its
 * segment. The band is as thin as one line of text; a label too wide for it where the band
 * runs steeply stays inside the outer edge and reaches inwards (the keywords keep clear of it).
 * The ring turns whichever way needs less of that.
 */
export function layoutRing(labels: { text: string; lang: string | undefined }[], outer: number, f: number): RingPlan | undefined {
  const m = labels.length;
  if (m === 0) return undefined;
  const fontSize = round(f * 1.1);
  const pad = f * 0.3;
  const band = fontSize * LINE_HEIGHT + f * 0.4 + 2 * pad;
  const maxReach = Math.max(outer * 0.3, fontSize * 4.5);
  // Smaller type, then a cut line, before a label may crowd its neighbours or the circles.
  const choices = labels.map((label) => [
    ...[1, 0.88, 0.78].flatMap((scale) => variants(label.text, label.lang, round(fontSize * scale), true, [5, 3.2, 2.2], 3, f, true, false, 2 * outer)),
    ...[6, 4, 2.5].map((em): Variant => {
      const size = round(fontSize * 0.78);
      const cut = wrapText(label.text, { maxWidth: Math.max(size, Math.min(em * size, 2 * outer - f * 0.9)), fontSize: size, bold: true, maxLines: 1, lang: label.lang ?? 'ja' });
      return { fontSize: size, lines: cut.lines, width: round(cut.width + f * 0.9), height: round(size * LINE_HEIGHT + f * 0.4), truncated: cut.truncated };
    }),
  ]);
  /** The label's centre: on the middle of the band, or further in when a corner would cross the outer edge. */
  const seat = (angle: number, v: Variant): { centre: Point; reach: number; fits: boolean } => {
    const far = (rho: number) => {
      const c = polar(0, 0, rho, angle);
      return dist(Math.abs(c.x) + v.width / 2, Math.abs(c.y) + v.height / 2);
    };
    let lo = 0;
    let hi = outer - band / 2;
    if (far(hi) > outer - pad) {
      for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (far(mid) > outer - pad) hi = mid;
        else lo = mid;
      }
      hi = lo;
    }
    const centre = polar(0, 0, hi, angle);
    const near = dist(Math.max(Math.abs(centre.x) - v.width / 2, 0), Math.max(Math.abs(centre.y) - v.height / 2, 0));
    const xs = [centre.x - v.width / 2, centre.x + v.width / 2];
    const ys = [centre.y - v.height / 2, centre.y + v.height / 2];
    const reach = outer - near;
    return { centre, reach, fits: reach <= maxReach && (m === 1 || withinSector(xs, ys, angle, Math.PI / m)) };
  };
  let best: { offset: number; reach: number; picks: { variant: Variant; centre: Point }[] } | undefined;
  for (const offset of [0, Math.PI / m]) {
    let reach = 0;
    const picks = labels.map((_, i) => {
      const angle = offset + (i * TAU) / m;
      const options = (choices[i] ?? []).map((variant) => ({ variant, ...seat(angle, variant) }));
      const fitting = options.filter((o) => o.fits && o.variant.lines.length > 0);
      // One line at full size unless stacking or smaller type saves a good deal of room; cut text only when nothing else fits.
      const weight = (o: (typeof options)[number]) =>
        o.reach + (o.variant.lines.length - 1) * fontSize * 0.8 + (fontSize - (o.variant.fontSize ?? fontSize)) * 8 + (o.variant.truncated ? outer : 0);
      const pick = fitting.reduce<(typeof options)[number] | undefined>((a, b) => (!a || weight(b) < weight(a) - 0.5 ? b : a), undefined);
      // A label that fits nowhere is left out of the drawing (it stays in the text alternative).
      const centre = polar(0, 0, outer - band / 2, angle);
      const none = { variant: { lines: [], width: 0, height: 0, truncated: true }, centre, reach: 0 };
      reach = Math.max(reach, pick ? weight(pick) : outer);
      return pick ?? none;
    });
    if (!best || reach < best.reach - 0.5) best = { offset, reach, picks };
  }
  const chosen = best ?? { offset: 0, reach: band, picks: [] };
  const inner = outer - band;
  const shape = arc().digits(2);
  const segments = labels.map((label, i) => {
    const centre = chosen.offset + (i * TAU) / m;
    const startAngle = m === 1 ? 0 : centre - Math.PI / m;
    const endAngle = m === 1 ? TAU : centre + Math.PI / m;
    const path = shape({ innerRadius: inner, outerRadius: outer, startAngle, endAngle, padAngle: m === 1 ? 0 : 0.012 }) ?? '';
    const pick = chosen.picks[i];
    const variant = pick?.variant ?? { lines: [], width: 0, height: 0, truncated: false };
    const mid = pick?.centre ?? polar(0, 0, outer - band / 2, centre);
    return { startAngle, endAngle, path, ...label, variant, box: { x: mid.x - variant.width / 2, y: mid.y - variant.height / 2, width: variant.width, height: variant.height } };
  });
  return { inner, fontSize, segments };
}

/** True when every corner of the box lies within `half` radians of `angle`. */
function withinSector(xs: number[], ys: number[], angle: number, half: number): boolean {
  for (const x of xs) {
    for (const y of ys) {
      const a = Math.atan2(x, -y);
      let delta = Math.abs(a - angle) % TAU;
      if (delta > Math.PI) delta = TAU - delta;
      if (delta > half - 0.02) return false;
    }
  }
  return true;
}
