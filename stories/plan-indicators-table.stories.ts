import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plan-indicators/index.js';
import thirty from '../examples/thirty-indicators.plan.json';
import iwakiSample from '../examples/iwaki-sample-indicators.plan.json';
import deepHealth from '../examples/deep-health-plan.plan.json';

interface TableArgs {
  lang: string;
  node: string;
}

/** The KPI table (`layout="table"`): 施策, 指標, 基準値, one column per measured year, 目標値, 進捗, 評価; sortable, CSV download, each row's trend on demand. */
const meta: Meta<TableArgs> = {
  title: 'Indicators/KPI table',
  component: 'plan-indicators',
  args: { lang: 'ja', node: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['ja', 'en'] } },
  render: ({ lang, node }) => html`<plan-indicators .plan=${thirty} layout="table" node=${node} lang=${lang} today="2025-06-01"></plan-indicators>`,
};
export default meta;
type Story = StoryObj<TableArgs>;

/** The 30 indicators of the fictional city: three measured years, wide enough to scroll on a phone. */
export const ThirtyIndicators: Story = {};
/** In a 360 px box: the table scrolls sideways, its first column stays in view. */
export const Narrow: Story = {
  render: ({ lang }) => html`<div style="width: 360px"><plan-indicators .plan=${thirty} layout="table" lang=${lang} today="2025-06-01"></plan-indicators></div>`,
};
/** The illustrative Iwaki sample indicators, 未計測 included. */
export const IwakiSample: Story = { render: ({ lang }) => html`<plan-indicators .plan=${iwakiSample} layout="table" lang=${lang} today="2025-06-01"></plan-indicators>` };
/** A plan's own grades (A/B/C/D). */
export const PlanGrades: Story = { render: ({ lang }) => html`<plan-indicators .plan=${deepHealth} layout="table" lang=${lang} today="2025-06-01"></plan-indicators>` };
/** One goal's indicators (node="2"). */
export const OneGoal: Story = { args: { node: '2' } };
/** Goal roll-ups in the cards view: each goal's grades as a stacked bar and in words; 未計測 never counted as 0. */
export const GroupRollups: Story = { render: ({ lang }) => html`<plan-indicators .plan=${iwakiSample} lang=${lang} today="2025-06-01"></plan-indicators>` };
