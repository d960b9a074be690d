import { expect } from '@open-wc/testing';
import { describePeriod, formatPartialDate, periodScene, relationsScene } from '../../../src/components/plan-overview/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import type { Scene, SceneItem, SceneText } from '../../../src/scene/types.js';
import { measureText } from '../../../src/text/index.js';

const load = async (name: string) => (await (await fetch(`/examples/${name}`)).json()) as PlanDocument;

function flat(items: readonly SceneItem[], out: SceneItem[] = []): SceneItem[] {
  for (const item of items) {
    out.push(item);
    if (item.type === 'group') flat(item.children, out);
  }
  return out;
}
const texts = (scene: Scene) => flat(scene.items).filter((i): i is SceneText => i.type === 'text');
const groups = (scene: Scene) => flat(scene.items).filter((i) => i.type === 'group');

describe('period bar layout', () => {
  const period = { from: 2021, to: 2026, originalTo: 2025 };

  it('draws one cell per fiscal year in 和暦 and Western years, the extension as such, and today when inside', () => {
    const scene = periodScene(period, { width: 800, lang: 'ja', today: 2026, title: 'x' });
    const years = groups(scene).filter((g) => g.type === 'group' && g.key);
    expect(years.map((g) => g.type === 'group' && g.key)).to.deep.equal(['2021', '2022', '2023', '2024', '2025', '2026']);
    const lines = texts(scene).flatMap((t) => t.lines.map((l) => l.text));
    expect(lines).to.include.members(['令和3年度', '2021年度', '令和8年度', '2026年度', '今年度', '延長 +1', '当初の計画期間 令和3年度〜令和7年度']);
    const rects = flat(scene.items).filter((i) => i.type === 'rect');
    expect(rects.filter((r) => r.part === 'year extension')).to.have.length(1);
    expect(rects.filter((r) => r.part === 'today')).to.have.length(1);
    expect(scene.description).to.equal(
      '計画期間は令和3年度（2021年度）から令和8年度（2026年度）までの6年間です。当初は令和7年度（2025年度）までで、1年延長されました。今年度（令和8年度（2026年度））は6年目です。',
    );
  });

  it('marks no year when today is outside, and says so', () => {
    const scene = periodScene(period, { width: 800, lang: 'en', today: 2030, title: 'x' });
    expect(flat(scene.items).filter((i) => i.type === 'rect' && i.part === 'today')).to.have.length(0);
    expect(texts(scene).flatMap((t) => t.lines.map((l) => l.text))).to.include.members(['FY2021', 'FY2026', 'Extended +1']);
    expect(describePeriod(period, 'en', 2030)).to.contain('This year (FY2030) is outside the plan period.');
  });

  it('keeps every label inside its cell on a phone, even for a 12-year period', () => {
    for (const width of [300, 390]) {
      const scene = periodScene({ from: 2020, to: 2031, originalTo: 2029 }, { width, lang: 'ja', today: 2024, title: 'x' });
      const cell = width / 12;
      for (const year of groups(scene)) {
        if (year.type !== 'group' || !year.key) continue;
        for (const text of year.children.filter((c): c is SceneText => c.type === 'text')) {
          for (const line of text.lines) {
            if (line.text !== '今年度') expect(measureText(line.text, text.fontSize, text.bold), `${line.text} at ${width}`).to.be.at.most(cell);
          }
        }
      }
      expect(scene.width).to.equal(width);
    }
  });
});

describe('位置づけ diagram layout', () => {
  it('places every related plan of the Iwaki plan and says the relations in words', async () => {
    const doc = await load('iwaki-chiiki-fukushi.plan.json');
    const scene = relationsScene(doc, { width: 900, lang: 'ja' });
    const keys = groups(scene)
      .map((g) => g.type === 'group' && g.key)
      .filter(Boolean);
    expect(keys).to.have.members([...doc.relatedPlans!.map((p) => p.id), 'plan']);
    expect(scene.description).to.equal(
      'いわき市地域福祉計画の位置づけ。根拠：社会福祉法第107条、成年後見制度の利用の促進に関する法律。上位の計画・条例：以和貴まちづくり基本条例。横につなぐ関連計画：市高齢者保健福祉計画（高齢者施策分野）、市障がい者計画（障がい者施策分野）、市子ども・子育て支援事業計画（子ども・子育て施策分野）、健康いわき21（保健・健康施策分野）、市食育推進計画（保健・健康施策分野）、市自殺対策計画（保健・健康施策分野）。連携・協働する計画：市社会福祉協議会の地域福祉活動計画。',
    );
  });

  it('wraps 12 related plans with long titles inside their boxes at every width, never cut', async () => {
    const doc = await load('deep-health-plan.plan.json');
    expect(doc.relatedPlans!.filter((p) => p.relation === 'related')).to.have.length(12);
    for (const width of [320, 390, 700, 1000, 1400]) {
      const scene = relationsScene(doc, { width, lang: 'ja' });
      const boxes = flat(scene.items).filter((g) => g.type === 'group' && g.key);
      expect(boxes, `${width}`).to.have.length(doc.relatedPlans!.length + 1);
      for (const group of boxes) {
        if (group.type !== 'group') continue;
        const rect = group.children.find((c) => c.type === 'rect');
        if (rect?.type !== 'rect') throw new Error('box without a rect');
        expect(rect.x, `${group.key} at ${width}`).to.be.at.least(0);
        expect(rect.x + rect.width, `${group.key} at ${width}`).to.be.at.most(width + 0.01);
        for (const text of group.children.filter((c): c is SceneText => c.type === 'text')) {
          const title = text.lines.map((l) => l.text).join('');
          expect(title).to.not.contain('…');
          for (const line of text.lines) {
            const half = measureText(line.text, text.fontSize, text.bold) / 2;
            expect(line.x - half, `${line.text} at ${width}`).to.be.at.least(rect.x);
            expect(line.x + half, `${line.text} at ${width}`).to.be.at.most(rect.x + rect.width);
            expect(line.y, `${line.text} at ${width}`).to.be.within(rect.y, rect.y + rect.height);
          }
        }
      }
      // Every title is drawn whole (its lines joined give it back).
      const drawn = texts(scene).map((t) => t.lines.map((l) => l.text).join(''));
      for (const plan of doc.relatedPlans!) expect(drawn.join('|'), `${plan.id} at ${width}`).to.contain(String(plan.title).replace(/\s/g, ''));
    }
  });
});

describe('timeline dates', () => {
  it('writes a date to the precision given, in 和暦 and Western years', () => {
    expect(formatPartialDate('2017-12', 'ja')).to.equal('平成29年12月（2017年12月）');
    expect(formatPartialDate('2019-12', 'ja')).to.equal('令和元年12月（2019年12月）');
    expect(formatPartialDate('2019-04', 'ja')).to.equal('平成31年4月（2019年4月）');
    expect(formatPartialDate('2019-05', 'ja')).to.equal('令和元年5月（2019年5月）');
    expect(formatPartialDate('2024-01-01', 'ja')).to.equal('令和6年1月1日（2024年1月1日）');
    expect(formatPartialDate('2021', 'ja')).to.equal('令和3年（2021年）');
    expect(formatPartialDate('2017-12', 'en')).to.equal('December 2017');
    expect(formatPartialDate('2021', 'en')).to.equal('2021');
  });
});
