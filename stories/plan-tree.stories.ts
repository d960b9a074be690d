import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/plan-tree/index.js';

interface TreeArgs {
  src: string;
  orientation: 'horizontal' | 'vertical';
  visionWriting: 'horizontal' | 'vertical';
  layout: 'auto' | 'diagram' | 'outline';
  maxLines: number;
  expandDepth: number | undefined;
  lang: string;
  width: string;
  rollup: 'on' | 'off';
  today: string | undefined;
}

/**
 * The 体系図: vision → goals → measures, as Japanese plan documents print it. Every story reads
 * a plan from examples/; click or press Enter on a node to fire `plan-select`, hover or focus one
 * to see its path to the vision and its description, and use the arrow keys to walk the tree.
 */
const meta: Meta<TreeArgs> = {
  title: 'Plan/plan-tree',
  component: 'plan-tree',
  args: {
    src: '/examples/iwaki-chiiki-fukushi.plan.json',
    orientation: 'horizontal',
    visionWriting: 'horizontal',
    layout: 'auto',
    maxLines: 3,
    expandDepth: undefined,
    lang: 'ja',
    width: '100%',
    rollup: 'on',
    today: undefined,
  },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    visionWriting: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    layout: { control: 'inline-radio', options: ['auto', 'diagram', 'outline'] },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    rollup: { control: 'inline-radio', options: ['on', 'off'] },
    maxLines: { control: { type: 'number', min: 1, max: 10 } },
    expandDepth: { control: { type: 'number', min: 0, max: 6 } },
  },
  render: (args) =>
    html`<div style="width: ${args.width}; max-width: 100%">
      <plan-tree
        src=${args.src}
        orientation=${args.orientation}
        vision-writing=${args.visionWriting}
        layout=${args.layout}
        max-lines=${args.maxLines}
        expand-depth=${ifDefined(args.expandDepth)}
        lang=${args.lang}
        rollup=${args.rollup}
        today=${ifDefined(args.today)}
      ></plan-tree>
    </div>`,
};
export default meta;
type Story = StoryObj<TreeArgs>;

/** いわき市地域福祉計画: 基本理念, 3 基本目標 and 20 施策, with 〈人づくり〉〈体制づくり〉〈安全・安心〉 under goal 2 and the measures the summary does not name drawn as pending. */
export const Iwaki: Story = {};

/**
 * The Iwaki tree with the sample indicators (illustrative values, judged at 2025-06-01): every
 * node with indicators under it shows the count of each grade as a small stacked bar; 施策 2-10,
 * whose indicator is not measured yet, says 未計測 and has no bar. Screen readers hear the counts
 * in each node's description.
 */
export const RollUp: Story = { name: 'Roll-up of the indicators', args: { src: '/examples/iwaki-sample-indicators.plan.json', today: '2025-06-01' } };

/** The same plan with `rollup="off"`: the tree as if it had no indicators. */
export const RollUpOff: Story = { name: 'Roll-up off', args: { src: '/examples/iwaki-sample-indicators.plan.json', today: '2025-06-01', rollup: 'off' } };

/** The roll-up in the outline of a narrow container: under each node's box. */
export const RollUpNarrow: Story = { name: 'Roll-up, narrow', args: { src: '/examples/iwaki-sample-indicators.plan.json', today: '2025-06-01', width: '360px' } };

/** SDGs: each node's goals as numbered squares in the official colours, the legend of the goals used under the diagram (with the deep plan's roll-up). */
export const Sdgs: Story = { name: 'SDGs', args: { src: '/examples/deep-health-plan.plan.json', today: '2025-06-01', maxLines: 2 } };

/** A five-level plan (基本目標 → 施策 → 取組 → 事業 → 細事業) with long titles cut to three lines. */
export const DeepPlan: Story = { args: { src: '/examples/deep-health-plan.plan.json' } };

/** An English plan: text wraps at spaces; group names in the lane before the measures. */
export const EnglishPlan: Story = { args: { src: '/examples/english-sample.plan.json', lang: 'en' } };

/** Levels top down for portrait pages: the vision as a band, each goal's measures listed under it. */
export const Vertical: Story = { args: { orientation: 'vertical' } };

/** The vision written top to bottom (縦書き), as many printed 体系図 do. */
export const VerticalVision: Story = { args: { visionWriting: 'vertical' } };

/** Below 600 px of container width the diagram becomes an indented outline, readable on a phone. */
export const Narrow: Story = { args: { width: '360px' } };

/** Only the vision and the goals open (`expand-depth="1"`): expand a goal with its ⊕, → or *. */
export const Collapsed: Story = { args: { expandDepth: 1 } };

/** A plan that cannot be drawn: the element says why and where, instead of showing nothing. */
export const BrokenPlan: Story = { name: 'Error', args: { src: '/examples/broken/duplicate-id.broken.json' } };

/**
 * On a slide (`presentation`, in a 1280 × 720 box): the whole diagram scaled to fit, never the
 * outline, heavier lines. The 24 nodes of the Iwaki plan come out at about 10 px in the vertical
 * orientation; for a council room show one goal per slide (`node`, next story) or the goals
 * first and open one at a time.
 */
export const Presentation: Story = {
  name: 'Presentation (16:9)',
  render: (args) => html`<div style="width: 1280px; height: 720px"><plan-tree src=${args.src} presentation orientation="vertical" lang=${args.lang}></plan-tree></div>`,
};

/**
 * One goal per slide (`node="2"`): the vision, goal 2 and its ten measures, with the numbering
 * and colours of the whole plan; titles about 15 px on a 1280 × 720 slide instead of about 7 px
 * for the whole tree.
 */
export const PresentationOneGoal: Story = {
  name: 'Presentation (16:9), one goal',
  render: (args) => html`<div style="width: 1280px; height: 720px"><plan-tree src=${args.src} presentation node="2" lang=${args.lang}></plan-tree></div>`,
};

/** On a slide with only the vision and the goals open (`expand-depth="1"`): titles about 26 px; a goal's ⊕ opens its measures. */
export const PresentationGoals: Story = {
  name: 'Presentation (16:9), goals only',
  render: (args) => html`<div style="width: 1280px; height: 720px"><plan-tree src=${args.src} presentation expand-depth="1" lang=${args.lang}></plan-tree></div>`,
};
