import { expect } from '@open-wc/testing';
import { describeSdgs, sdgLegendGoals, sdgMarks, sdgTextColor, SDG_COLORS } from '../../src/sdgs/index.js';

describe('SDG marks', () => {
  it('draws one numbered square per goal in its official colour, in a row that wraps', () => {
    const { items, width, height } = sdgMarks([3, 11], 10, 20, 16);
    const rects = items.filter((i) => i.type === 'rect');
    expect(rects.map((r) => r.type === 'rect' && [r.x, r.y, r.fill])).to.deep.equal([
      [10, 20, '#4C9F38'],
      [28, 20, '#FD9D24'],
    ]);
    expect(items.filter((i) => i.type === 'text').map((t) => t.type === 'text' && t.lines[0]!.text)).to.deep.equal(['3', '11']);
    expect([width, height]).to.deep.equal([34, 16]);
    const wrapped = sdgMarks([1, 2, 3, 4, 5], 0, 0, 10, 3);
    expect([wrapped.width, wrapped.height]).to.deep.equal([3 * 10 + 2 * 1, 2 * 10 + 1]);
    expect(sdgMarks(undefined, 0, 0).items).to.deep.equal([]);
  });

  it('keeps the numbers readable: white only where it reaches 4.5:1 on the colour', () => {
    expect(SDG_COLORS).to.have.length(17);
    expect(sdgTextColor(1)).to.equal('#ffffff');
    expect(sdgTextColor(17)).to.equal('#ffffff');
    expect(sdgTextColor(7)).to.equal('#1b1b1b');
    expect(sdgTextColor(11)).to.equal('#1b1b1b');
    // Every goal: white where it reaches 4.5:1 on the colour, else near-black, which then does.
    const luminance = (hex: string) => {
      const channel = (i: number) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    };
    const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
    SDG_COLORS.forEach((color, i) => {
      const white = contrast('#ffffff', color) >= 4.5;
      expect(sdgTextColor(i + 1), `goal ${i + 1}`).to.equal(white ? '#ffffff' : '#1b1b1b');
      expect(contrast(sdgTextColor(i + 1), color), `goal ${i + 1}`).to.be.at.least(4.5);
    });
  });

  it('names the goals for a text alternative, and lists a legend of every goal used', () => {
    expect(describeSdgs([3, 11], 'ja')).to.equal('SDGs 目標3、目標11');
    expect(describeSdgs([3, 11], 'en')).to.equal('SDGs: Goal 3, Goal 11');
    expect(describeSdgs([], 'ja')).to.equal('');
    expect(sdgLegendGoals([{ sdgs: [11, 3] }, {}, { sdgs: [3, 17] }])).to.deep.equal([3, 11, 17]);
  });
});
