import { expect } from '@open-wc/testing';
import {
  TREE_GOAL_COLORS as GOAL_COLORS,
  VISION_ID,
  layoutTreeCallout as layoutCallout,
  layoutTree,
  treeItems as planItems,
  visibleTreeItems as visibleItems,
} from '../../../src/components/plan-tree/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { overlappingPairs } from '../../../src/geometry/index.js';
import { measureText } from '../../../src/text/index.js';
import { EXAMPLES, generatePlan, layoutProblems, loadPlan } from './helpers.js';

/**
 * A plan small enough to lay out by hand. Titles are short, so every column takes the smallest
 * width of its level (vision 112, goals 120, measures 140 px of text); only the group name's
 * lane follows its text: measureText('〈体制〉') + 2 × 6 px.
 */
const small = (): PlanDocument => ({
  schemaVersion: 1,
  plan: { id: 'small', title: '小さな計画' },
  vision: { label: '基本理念', text: 'みんなのまち' },
  goals: [
    {
      id: '1',
      label: '目標1',
      title: 'つながる',
      children: [
        { id: '1-1', title: '見守り' },
        { id: '1-2', title: '居場所づくり' },
      ],
    },
    { id: '2', label: '目標2', title: 'ささえる', children: [{ id: '2-1', title: '相談', group: '〈体制〉' }] },
  ],
});

const ids = (plan: PlanDocument, collapsed?: Set<string>) => visibleItems(planItems(plan, { collapsed })).map((item) => item.id);

describe('planItems: the tree a screen reader walks', () => {
  it('gives every item its ARIA level, set size and position, in reading order', () => {
    const items = visibleItems(planItems(small()));
    expect(items.map((i) => [i.id, i.level, i.setSize, i.posInSet, i.index])).to.deep.equal([
      [VISION_ID, 1, 1, 1, 0],
      ['1', 2, 2, 1, 1],
      ['1-1', 3, 2, 1, 2],
      ['1-2', 3, 2, 2, 3],
      ['2', 2, 2, 2, 4],
      ['2-1', 3, 1, 1, 5],
    ]);
    expect(items.map((i) => i.hasChildren)).to.deep.equal([true, true, false, false, true, false]);
  });

  it('names each item by label and full title, says when a title is not set, and describes it by group and description', () => {
    const plan = small();
    plan.goals[0]!.children![0]!.pending = true;
    plan.goals[0]!.children![0]!.description = '民生委員と連携して見守る';
    const items = visibleItems(planItems(plan));
    expect(items[0]!.name).to.equal('基本理念 みんなのまち');
    expect(items[1]!.name).to.equal('目標1 つながる');
    expect(items[2]!.name).to.equal('（名称未定） 見守り');
    expect(items[2]!.accessibleDescription).to.equal('民生委員と連携して見守る');
    expect(items[5]!.accessibleDescription).to.equal('〈体制〉');
    const english = visibleItems(planItems(plan, { lang: 'en' }));
    expect(english[2]!.name).to.equal('(title not yet set) 見守り');
  });

  it('shows the language asked for, falling back to the plan language', () => {
    const plan = small();
    plan.goals[0]!.title = { ja: 'つながる', en: 'Connect' };
    expect(visibleItems(planItems(plan, { lang: 'en' }))[1]!.title).to.equal('Connect');
    expect(visibleItems(planItems(plan, { lang: 'en' }))[1]!.titleLang).to.equal('en');
    expect(visibleItems(planItems(plan, { lang: 'fr' }))[1]!.title).to.equal('つながる');
  });

  it('hides the children of collapsed nodes but keeps them marked as having children', () => {
    expect(ids(small(), new Set(['1']))).to.deep.equal([VISION_ID, '1', '2', '2-1']);
    expect(ids(small(), new Set([VISION_ID]))).to.deep.equal([VISION_ID]);
    const goal = visibleItems(planItems(small(), { collapsed: new Set(['1']) }))[1]!;
    expect([goal.hasChildren, goal.expanded, goal.children.length]).to.deep.equal([true, false, 0]);
  });
});

describe('layoutTree: exact numbers (horizontal)', () => {
  const layout = layoutTree(small());
  // vision 12 + 132 | 44 | goals 188 + 140 | 18 | lane 346 + lane | 18 | measures
  const lane = Math.max(44, measureText('〈体制〉', 12, true)) + 12;
  const mx = 346 + lane + 18;
  const byId = new Map(layout.nodes.map((n) => [n.item.id, n]));

  it('sizes every box to its wrapped text and puts levels in columns', () => {
    // Vision: text width 112 (the minimum), height 4 + 7 + 19.5 + 2 + 25.5 + 7; goals 120 wide
    // text, two lines; measures 140 wide text, one line; a 60 px lane for the group name.
    expect(layout.nodes.map((n) => [n.item.id, n.box.x, n.box.y, n.box.width, n.box.height])).to.deep.equal([
      [VISION_ID, 12, 58.75, 132, 65],
      ['1', 188, 22.75, 140, 56.5],
      ['1-1', mx, 12, 160, 35],
      ['1-2', mx, 55, 160, 35],
      ['2', 188, 103.25, 140, 56.5],
      ['2-1', mx, 114, 160, 35],
    ]);
    expect(layout.viewBox).to.deep.equal({ x: 0, y: 0, width: mx + 160 + 12, height: 103.25 + 56.5 + 12 });
  });

  it('centres each parent on its children, keeping siblings 8 px and cousins 20 px apart', () => {
    const centre = (id: string) => byId.get(id)!.box.y + byId.get(id)!.box.height / 2;
    expect(centre('1')).to.equal((centre('1-1') + centre('1-2')) / 2);
    expect(byId.get('1-2')!.box.y - (byId.get('1-1')!.box.y + 35)).to.equal(8);
    // The goals need 56.5 + 24 px between centres, more than their children ask for.
    expect(centre('2') - centre('1')).to.equal(80.5);
    expect(centre(VISION_ID)).to.equal((centre('1') + centre('2')) / 2);
  });

  it('places text lines on baselines inside the boxes, centred in the vision', () => {
    expect(byId.get(VISION_ID)!.lines.map((l) => [l.text, l.x, l.y, l.anchor, l.fontSize])).to.deep.equal([
      ['基本理念', 78, 83.17, 'middle', 13],
      ['みんなのまち', 78, 109.41, 'middle', 17],
    ]);
    expect(byId.get('1')!.lines.map((l) => [l.text, l.kind, l.x, l.y, l.bold])).to.deep.equal([
      ['目標1', 'label', 198, 43.98, true],
      ['つながる', 'title', 198, 67.54, true],
    ]);
    expect(byId.get('1-1')!.lines).to.have.length(1);
    expect(byId.get('1-1')!.lines[0]!.box).to.deep.equal({ x: mx + 10, y: 19, width: measureText('見守り', 14), height: 21 });
  });

  it('draws elbow connectors through a trunk in the gap, and through the group name', () => {
    expect(layout.links.map((l) => [l.source, l.target, l.path])).to.deep.equal([
      [VISION_ID, '1', 'M144,91.25L166,91.25L166,51L188,51'],
      ['1', '1-1', `M328,51L337,51L337,29.5L${mx},29.5`],
      ['1', '1-2', `M328,51L337,51L337,72.5L${mx},72.5`],
      [VISION_ID, '2', 'M144,91.25L166,91.25L166,131.5L188,131.5'],
      ['2', '2-1', `M328,131.5L337,131.5L337,131.5L346,131.5M${346 + lane},131.5L${346 + lane + 9},131.5L${346 + lane + 9},131.5L${mx},131.5`],
    ]);
  });

  it('brackets a group beside its members with the name in the lane', () => {
    expect(layout.groups).to.have.length(1);
    const group = layout.groups[0]!;
    expect([group.label, group.parentId, group.members, group.goalIndex]).to.deep.equal(['〈体制〉', '2', ['2-1'], 1]);
    expect(group.box).to.deep.equal({ x: 346, y: 118.5, width: lane, height: 26 });
    expect(group.lines.map((l) => [l.text, l.x, l.y, l.anchor])).to.deep.equal([['〈体制〉', 346 + lane / 2, 136.73, 'middle']]);
    expect(group.bracket).to.equal(`M${346 + lane + 14},131.5H${346 + lane + 9}V131.5H${346 + lane + 14}`);
  });

  it('puts expand/collapse controls on the right edge of parents only', () => {
    expect(layout.nodes.map((n) => n.toggle)).to.deep.equal([{ x: 144, y: 91.25 }, { x: 328, y: 51 }, undefined, undefined, { x: 328, y: 131.5 }, undefined]);
  });

  it('names the columns from the plan levels and moves the vision label into the heading', () => {
    const plan = { ...small(), levels: ['基本目標', '施策'] };
    const headed = layoutTree(plan);
    expect(headed.headers.map((h) => [h.depth, h.text, h.box.x, h.box.width])).to.deep.equal([
      [0, '基本理念', 12, 132],
      [1, '基本目標', 188, 140],
      [2, '施策', mx, 160],
    ]);
    expect(headed.nodes[0]!.lines.map((l) => l.text)).to.deep.equal(['みんなのまち']);
    // Headings take 19.5 + 6 px and a 14 px gap above the first box.
    const top = Math.min(...headed.nodes.map((n) => n.box.y), ...headed.groups.map((g) => g.box.y));
    expect(top).to.equal(12 + 25.5 + 14);
  });

  it('keeps the layout of a collapsed subtree out', () => {
    const collapsed = layoutTree(small(), { collapsed: new Set(['1']) });
    expect(collapsed.nodes.map((n) => n.item.id)).to.deep.equal([VISION_ID, '1', '2', '2-1']);
    expect(collapsed.links.map((l) => l.target)).to.deep.equal(['1', '2', '2-1']);
    expect(collapsed.nodes[1]!.toggle).to.deep.equal({ x: collapsed.nodes[1]!.box.x + 140, y: collapsed.nodes[1]!.box.y + 28.25 });
  });
});

describe('layoutTree: long titles', () => {
  const long = '生活習慣病の発症予防と重症化予防に向けた、かかりつけ医・薬局・医療保険者との連携による切れ目のない保健指導の推進';

  it('cuts a title to max-lines with an ellipsis', () => {
    const plan = small();
    plan.goals[0]!.children![0]!.title = long;
    const two = layoutTree(plan, { maxLines: 2 }).nodes[2]!;
    expect(two.truncated).to.equal(true);
    const titles = two.lines.filter((l) => l.kind === 'title');
    expect(titles).to.have.length(2);
    expect(titles[1]!.text.endsWith('…')).to.equal(true);
    expect(two.item.name).to.equal(long);
    const all = layoutTree(plan, { maxLines: 10 }).nodes[2]!;
    expect(all.truncated).to.equal(false);
    expect(all.lines.map((l) => l.text).join('')).to.equal(long);
    expect(all.box.height).to.be.greaterThan(two.box.height);
  });

  it('never starts a line with closing punctuation nor breaks 子ども・子育て', () => {
    const plan = small();
    plan.goals[0]!.children![0]!.title = '地域で子ども・子育て支援を充実させ、「つながり」を深める（仮称）地域共生社会推進事業。';
    for (const maxLines of [3, 10]) {
      const lines = layoutTree(plan, { maxLines }).nodes[2]!.lines.map((l) => l.text);
      for (const text of lines) {
        expect('、。」）ー・'.includes(text[0]!), text).to.equal(false);
        expect('「（'.includes(text[text.length - 1]!), text).to.equal(false);
      }
      expect(lines.some((text) => text.includes('子ども・子育て'))).to.equal(true);
    }
  });

  it('wraps English at spaces', () => {
    const plan = small();
    plan.plan.lang = 'en';
    plan.goals[0]!.children![0]!.title = 'Early identification of young and adult carers through schools, GP practices and pharmacies';
    const lines = layoutTree(plan)
      .nodes[2]!.lines.filter((l) => l.kind === 'title')
      .map((l) => l.text);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal('Early identification of young and adult carers through schools, GP practices and pharmacies');
  });

  it('writes the vision in columns, right to left, about as tall as the tree', () => {
    const plan = small();
    plan.vision.text = '住み慣れた地域で共に生き、支え合い、誰もが安心して、健康で自分らしく暮らせるまち いわき';
    const layout = layoutTree(plan, { visionWriting: 'vertical' });
    const vision = layout.nodes[0]!;
    const columns = vision.lines.filter((l) => l.vertical);
    expect(columns.length).to.be.greaterThan(1);
    for (let i = 1; i < columns.length; i++) expect(columns[i]!.x).to.be.lessThan(columns[i - 1]!.x);
    expect(columns.map((c) => c.text).join('')).to.equal(plan.vision.text);
    // Columns run down at least 180 px: taller than the same text laid horizontally.
    expect(vision.box.height).to.be.greaterThan(layoutTree(plan).nodes[0]!.box.height);
    expect(layoutProblems(layout)).to.deep.equal([]);
  });

  it('makes a vision written in one column, or none, as wide as the heading above it', () => {
    // 基本理念 at 13 px bold, with 4 px each side, is wider than one 17 px column (25.5 + 2 × 10 px) or none (2 × 10 px).
    const heading = measureText('基本理念', 13, true);
    const column = Math.ceil(heading) + 8;
    expect(column).to.be.greaterThan(25.5 + 20);
    for (const text of ['みんなのまち', '']) {
      const plan = { ...small(), levels: ['基本目標', '施策'] };
      plan.vision = { ...plan.vision, text };
      const layout = layoutTree(plan, { visionWriting: 'vertical' });
      const header = layout.headers[0]!;
      const vision = layout.nodes[0]!;
      expect(
        header.lines.map((l) => l.text),
        text,
      ).to.deep.equal(['基本理念']);
      expect(header.lines[0]!.box.width).to.equal(heading);
      expect([header.box.width, vision.box.width]).to.deep.equal([column, column]);
      const columns = vision.lines.filter((l) => l.vertical);
      expect(columns.map((l) => l.text)).to.deep.equal(text === '' ? [] : [text]);
      // The column stands in the middle of the box.
      for (const l of columns) expect(l.box.x + l.box.width / 2).to.equal(vision.box.x + column / 2);
      expect(layoutProblems(layout)).to.deep.equal([]);
    }
  });
});

describe('layoutTree: vertical orientation', () => {
  const layout = layoutTree(small(), { orientation: 'vertical' });
  const box = (id: string) => layout.nodes.find((n) => n.item.id === id)!.box;

  it('puts the vision on top, the goals side by side below it, and each goal’s measures indented under it', () => {
    expect(box(VISION_ID).y).to.equal(12);
    expect(box('1').y).to.equal(box('2').y);
    expect(box('1').y).to.equal(box(VISION_ID).y + box(VISION_ID).height + 36);
    expect(box('2').x).to.equal(box('1').x + box('1').width + 28);
    expect(box('1-1').x).to.equal(box('1').x + 20);
    expect(box('1-1').x + box('1-1').width).to.equal(box('1').x + box('1').width);
    expect(box('1-1').y).to.equal(box('1').y + box('1').height + 8);
    expect(box('1-2').y).to.equal(box('1-1').y + 35 + 8);
  });

  it('heads a group run with its name and links parents through a trunk at half an indent', () => {
    const group = layout.groups[0]!;
    expect(group.box.x).to.equal(box('2-1').x);
    expect(group.box.y + group.box.height + 4).to.equal(box('2-1').y);
    const link = layout.links.find((l) => l.target === '1-1')!;
    const trunk = box('1').x + 10;
    expect(link.path).to.equal(`M${trunk},${box('1').y + box('1').height}L${trunk},${box('1-1').y + 17.5}L${box('1-1').x},${box('1-1').y + 17.5}`);
    expect(layoutProblems(layout)).to.deep.equal([]);
  });
});

describe('layoutTree: nothing overlaps, whatever the plan', () => {
  for (const name of EXAMPLES) {
    it(`${name}: all orientations and vision writings, expanded and partly collapsed`, async () => {
      const plan = await loadPlan(name);
      const firstGoal = plan.goals[0]!.id;
      for (const orientation of ['horizontal', 'vertical'] as const) {
        for (const visionWriting of ['horizontal', 'vertical'] as const) {
          for (const collapsed of [new Set<string>(), new Set([firstGoal])]) {
            for (const lang of ['ja', 'en']) {
              const layout = layoutTree(plan, { orientation, visionWriting, collapsed, lang });
              expect(layoutProblems(layout), `${orientation} ${visionWriting} ${lang}`).to.deep.equal([]);
              expect(layout.nodes.length).to.equal(visibleItems(planItems(plan, { collapsed })).length);
            }
          }
        }
      }
    });
  }

  const shapes = [
    { name: '30+ measures under 4 goals', goals: 4, depth: 2, children: () => [7, 12] as [number, number] },
    { name: 'five levels', goals: 3, depth: 5, children: (d: number) => (d < 4 ? [1, 4] : [0, 3]) as [number, number] },
    { name: 'English, four levels', goals: 5, depth: 4, children: () => [0, 5] as [number, number], english: true },
    { name: '60 children', goals: 1, depth: 2, children: () => [60, 60] as [number, number] },
    { name: 'depth 7, one child each', goals: 2, depth: 7, children: () => [1, 2] as [number, number] },
  ];
  for (const shape of shapes) {
    it(`generated plans: ${shape.name}`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const plan = generatePlan(seed * 7919 + shape.goals, shape);
        for (const orientation of ['horizontal', 'vertical'] as const) {
          const layout = layoutTree(plan, { orientation, visionWriting: seed % 2 ? 'vertical' : 'horizontal', maxLines: 1 + (seed % 4) });
          expect(layoutProblems(layout), `seed ${seed} ${orientation}`).to.deep.equal([]);
        }
      }
    });
  }

  it('has 30+ measures, five levels and titles over 40 characters in the generated plans', () => {
    const plan = generatePlan(11, { goals: 4, depth: 5, children: (d) => (d < 3 ? [3, 5] : [0, 2]) });
    const items = visibleItems(planItems(plan));
    expect(items.filter((i) => i.depth === 2).length).to.be.at.least(9);
    expect(Math.max(...items.map((i) => i.depth))).to.equal(5);
    expect(items.some((i) => i.title.length > 40)).to.equal(true);
    expect(layoutProblems(layoutTree(plan))).to.deep.equal([]);
  });

  it('survives empty strings everywhere', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      plan: { id: 'empty', title: '' },
      levels: ['', ''],
      vision: { label: '', text: '' },
      goals: [
        {
          id: '1',
          label: '',
          title: '',
          group: '',
          children: [
            { id: '1-1', title: '', group: '' },
            { id: '1-2', title: '', pending: true },
          ],
        },
      ],
    };
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutTree(plan, { orientation, visionWriting: 'vertical' });
      expect(layoutProblems(layout)).to.deep.equal([]);
      expect(layout.nodes).to.have.length(4);
      for (const n of layout.nodes) expect(n.box.height).to.be.greaterThan(0);
    }
  });

  it('colours by goal, repeating after the palette', () => {
    const plan = generatePlan(3, { goals: 8, depth: 2, children: () => [1, 1] });
    const goals = layoutTree(plan).nodes.filter((n) => n.item.depth === 1);
    expect(goals.map((g) => g.item.goalIndex % GOAL_COLORS)).to.deep.equal([0, 1, 2, 3, 4, 5, 0, 1]);
  });

  // Its time is printed by `node scripts/bench-pure.mjs` (npm run bench), not asserted: shared machines are noisy.
  it('lays out 5,000 measures whole: every measure a box in reading order, inside the drawing, none overlapping, no title lost', () => {
    const plan = generatePlan(5, { goals: 10, depth: 3, children: (d) => (d === 1 ? [50, 50] : [9, 9]) });
    const layout = layoutTree(plan);
    expect(layout.nodes.length).to.equal(1 + 10 + 500 + 4500);
    const vb = layout.viewBox;
    const problems: string[] = [];
    layout.nodes.forEach((n, i) => {
      const b = n.box;
      if (n.item.index !== i) problems.push(`${n.item.id} out of reading order`);
      if (![b.x, b.y, b.width, b.height].every(Number.isFinite) || b.width <= 0 || b.height <= 0) problems.push(`${n.item.id} has box ${JSON.stringify(b)}`);
      else if (b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width + 0.01 || b.y + b.height > vb.y + vb.height + 0.01) problems.push(`${n.item.id} outside the viewBox`);
      const shown = n.lines
        .filter((l) => l.kind === 'title')
        .map((l) => l.text)
        .join('');
      if (!n.truncated && shown.replace(/\s/g, '') !== n.item.title.replace(/\s/g, '')) problems.push(`${n.item.id}: "${n.item.title}" shown as "${shown}"`);
    });
    for (const [i, j] of overlappingPairs(layout.nodes.map((n) => n.box))) problems.push(`${layout.nodes[i]!.item.id} overlaps ${layout.nodes[j]!.item.id}`);
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
    // One connector into every measure below the vision, none empty.
    expect(new Set(layout.links.map((l) => l.target)).size).to.equal(layout.nodes.length - 1);
    expect(layout.links.every((l) => l.path.length > 0 && !/NaN|Infinity/.test(l.path))).to.equal(true);
  });
});

describe('layoutCallout', () => {
  const viewBox = { x: 0, y: 0, width: 800, height: 400 };

  it('puts the description to the right of the node when it fits, else below, inside the viewBox', () => {
    const right = layoutCallout({ x: 100, y: 50, width: 160, height: 40 }, '健診の未受診者に対し、はがき・電話・SMSで個別に受診を勧める。', viewBox)!;
    expect(right.box.x).to.equal(268);
    expect(right.box.y).to.equal(50);
    const below = layoutCallout({ x: 600, y: 50, width: 160, height: 40 }, '健診の未受診者に対し、はがき・電話・SMSで個別に受診を勧める。', viewBox)!;
    expect(below.box.y).to.equal(96);
    for (const c of [right, below]) {
      expect(c.box.x + c.box.width).to.be.at.most(800);
      expect(c.lines.map((l) => l.text).join('')).to.equal('健診の未受診者に対し、はがき・電話・SMSで個別に受診を勧める。');
    }
  });

  it('goes above a node at the bottom, and gives nothing for empty text', () => {
    const above = layoutCallout({ x: 600, y: 340, width: 160, height: 40 }, '説明', viewBox)!;
    expect(above.box.y + above.box.height).to.equal(334);
    expect(layoutCallout({ x: 0, y: 0, width: 10, height: 10 }, '  ', viewBox)).to.equal(undefined);
  });
});
