import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plan-indicators/index.js';
import thirty from '../examples/thirty-indicators.plan.json';
import iwakiSample from '../examples/iwaki-sample-indicators.plan.json';
import iwaki from '../examples/iwaki-chiiki-fukushi.plan.json';
import deepHealth from '../examples/deep-health-plan.plan.json';
import { withSymbols } from './plan-gauge-symbols.js';

interface IndicatorsArgs {
  node: string;
  variant: 'arc' | 'bar';
  lang: string;
}

/** All of a plan's indicators as gauges, grouped by goal, with a count per grade. */
const meta: Meta<IndicatorsArgs> = {
  title: 'Indicators/plan-indicators',
  component: 'plan-indicators',
  args: { node: '', variant: 'arc', lang: 'ja' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['arc', 'bar'] },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
  },
  render: ({ node, variant, lang }) => html`<plan-indicators .plan=${thirty} node=${node} variant=${variant} lang=${lang} today="2025-06-01"></plan-indicators>`,
};
export default meta;
type Story = StoryObj<IndicatorsArgs>;

/** A grid of 30 indicators (fictional city, examples/thirty-indicators.plan.json). */
export const ThirtyIndicators: Story = {};
/** The same 30 as a list of bars. */
export const ThirtyIndicatorsAsBars: Story = { args: { variant: 'bar' } };
/** In English. */
export const English: Story = { args: { lang: 'en' } };
/** One goal and its measures (node="3"). */
export const OneGoal: Story = { args: { node: '3' } };
/** One measure (node="1-2"). */
export const OneMeasure: Story = { args: { node: '1-2' } };
/** A node id that is not in the plan. */
export const UnknownNode: Story = { args: { node: '9-9' } };

/** The illustrative sample indicators on the Iwaki plan. */
export const IwakiSample: Story = { render: () => html`<plan-indicators .plan=${iwakiSample} lang="ja" today="2025-06-01"></plan-indicators>` };
/** A node without indicators (施策 3-3 of the Iwaki sample): a short message. */
export const NodeWithoutIndicators: Story = { render: () => html`<plan-indicators .plan=${iwakiSample} node="3-3" lang="ja"></plan-indicators>` };
/** A plan without indicators (the Iwaki plan): a short message. */
export const PlanWithoutIndicators: Story = { render: () => html`<plan-indicators .plan=${iwaki} lang="ja"></plan-indicators>` };
/** Grades with symbols (◎ 達成, ○ 順調, △ 遅れ, × 悪化): in the count per grade and in every gauge. */
export const GradeSymbols: Story = { render: ({ lang }) => html`<plan-indicators .plan=${withSymbols} node="1" lang=${lang} today="2025-06-01"></plan-indicators>` };
/** The same in English: ◎ Achieved, ○ On track, △ Behind, × Worsened (the grades' English labels). */
export const GradeSymbolsEnglish: Story = { ...GradeSymbols, args: { lang: 'en' } };

/** The plan's own grades in the summary (A/B/C/D). */
export const PlanGrades: Story = { render: () => html`<plan-indicators .plan=${deepHealth} lang="ja"></plan-indicators>` };

/** On a slide (`presentation`, in a 1280 × 720 box): the indicators of the selected goal (基本目標３), type 1.4 times larger. */
export const Presentation: Story = {
  name: 'Presentation (16:9)',
  render: ({ lang }) =>
    html`<div style="width: 1280px; height: 720px">
      <plan-indicators .plan=${iwakiSample} selected="3" lang=${lang} today="2025-06-01" presentation></plan-indicators>
    </div>`,
};
