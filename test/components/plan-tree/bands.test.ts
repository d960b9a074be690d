import { expect } from '@open-wc/testing';
import { layoutTree, type TreeLayout } from '../../../src/components/plan-tree/index.js';
import { BAND_HEIGHT, splitIntoBands } from '../../../src/components/plan-tree/bands.js';
import type { Box } from '../../../src/geometry/index.js';
import { generatePlan, loadPlan, polylines } from './helpers.js';

function within(box: Box, top: number, bottom: number): boolean {
  return box.y >= top && box.y + box.height <= bottom;
}

/** Everything that would show as a cut-off box or a missing piece of a connector. */
function bandProblems(layout: TreeLayout, bandHeight?: number): string[] {
  const bands = splitIntoBands(layout, bandHeight);
  const problems: string[] = [];
  const vb = layout.viewBox;
  if (bands[0]!.y !== vb.y) problems.push(`first band starts at ${bands[0]!.y}`);
  bands.forEach((band, i) => {
    if (band.height <= 0) problems.push(`band ${i} is empty`);
    const next = bands[i + 1];
    if (next && Math.abs(band.y + band.height - next.y) > 1e-9) problems.push(`gap or overlap between bands ${i} and ${i + 1}`);
  });
  const last = bands[bands.length - 1]!;
  if (Math.abs(last.y + last.height - (vb.y + vb.height)) > 1e-9) problems.push('the last band does not end at the bottom');

  const seen = new Map<number, number>();
  bands.forEach((band, b) => {
    for (const i of band.nodes) {
      seen.set(i, (seen.get(i) ?? 0) + 1);
      if (!within(layout.nodes[i]!.box, band.y, band.y + band.height)) problems.push(`node ${layout.nodes[i]!.item.id} is cut by band ${b}`);
    }
    for (const i of band.groups) if (!within(layout.groups[i]!.box, band.y, band.y + band.height)) problems.push(`group ${layout.groups[i]!.label} is cut`);
    for (const i of band.headers) if (!within(layout.headers[i]!.box, band.y, band.y + band.height)) problems.push(`header ${layout.headers[i]!.text} is cut`);
  });
  layout.nodes.forEach((n, i) => {
    if (seen.get(i) !== 1) problems.push(`node ${n.item.id} is drawn ${seen.get(i) ?? 0} times`);
  });
  if (bands.reduce((sum, band) => sum + band.groups.length, 0) !== layout.groups.length) problems.push('a group is missing or drawn twice');

  // A connector is drawn in every band that a piece of it passes through, and only there.
  layout.links.forEach((link, i) => {
    const ys = polylines(link.path)
      .flat()
      .map(([, y]) => y);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    bands.forEach((band, b) => {
      const crosses = bottom >= band.y && top <= band.y + band.height;
      const listed = band.links.includes(i);
      if (crosses && !listed) problems.push(`link to ${link.target} is missing from band ${b}`);
      if (!crosses && listed && (bottom < band.y - 3 || top > band.y + band.height + 3)) problems.push(`link to ${link.target} is drawn in band ${b} far from it`);
    });
  });
  return problems;
}

describe('splitIntoBands', () => {
  it('keeps a plan the size of Iwaki’s in one band', async () => {
    const layout = layoutTree(await loadPlan('iwaki-chiiki-fukushi'));
    const bands = splitIntoBands(layout);
    expect(bands).to.have.length(1);
    expect(bands[0]!.nodes).to.have.length(24);
    expect(bands[0]!.links).to.have.length(23);
    expect(bandProblems(layout)).to.deep.equal([]);
  });

  it('cuts a tall plan where no box is: every box whole in one band, every connector wherever it passes', () => {
    const plan = generatePlan(11, { goals: 8, depth: 3, children: () => [4, 8] });
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutTree(plan, { orientation });
      const bands = splitIntoBands(layout);
      if (orientation === 'horizontal') {
        expect(layout.viewBox.height).to.be.greaterThan(5 * BAND_HEIGHT);
        expect(bands.length).to.be.greaterThan(4);
        // Bands are about as tall as asked: cut at the first free row past the height.
        for (const band of bands.slice(0, -1)) expect(band.height).to.be.within(BAND_HEIGHT, BAND_HEIGHT * 1.5);
      }
      expect(bandProblems(layout), orientation).to.deep.equal([]);
    }
  });

  it('holds for small bands, deep plans and group names', async () => {
    const layouts = [
      layoutTree(await loadPlan('deep-health-plan')),
      layoutTree(generatePlan(21, { goals: 4, depth: 5, children: (d) => (d < 3 ? [2, 4] : [0, 3]) })),
      layoutTree(generatePlan(22, { goals: 6, depth: 2, children: () => [3, 9] }), { visionWriting: 'vertical' }),
    ];
    for (const layout of layouts) {
      for (const height of [100, 400, BAND_HEIGHT]) {
        expect(splitIntoBands(layout, height).length).to.be.at.least(layout.viewBox.height > 2 * height ? 2 : 1);
        expect(bandProblems(layout, height)).to.deep.equal([]);
      }
    }
  });
});
