import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plan-trend/index.js';
import type { PlanDocument } from '../src/schema/index.js';
import thirty from '../examples/thirty-indicators.plan.json';
import iwakiSample from '../examples/iwaki-sample-indicators.plan.json';

interface TrendArgs {
  lang: string;
  indicator: string;
}

/** An interim target (中間目標値) added to the Iwaki sample's 自殺死亡率, graded ◎/○/△/× against the expected value. */
const withMilestone = {
  ...iwakiSample,
  evaluation: {
    basis: 'expected',
    grades: [
      { label: { ja: '順調', en: 'On track' }, min: 1, symbol: '◎' },
      { label: { ja: 'おおむね順調', en: 'Nearly on track' }, min: 0.8, symbol: '○' },
      { label: { ja: '遅れ', en: 'Behind' }, min: 0, symbol: '△' },
      { label: { ja: '悪化', en: 'Worsened' }, min: -1e9, symbol: '×' },
    ],
  },
  indicators: iwakiSample.indicators.map((i) => (i.id === 'ind-sample-suicide-rate' ? { ...i, milestones: [{ value: 16.0, year: 2023 }] } : i)),
} as PlanDocument;

/** One indicator's history over fiscal years, the expected path (dashed) through milestones to the target, the current value with its grade. */
const meta: Meta<TrendArgs> = {
  title: 'Indicators/plan-trend',
  component: 'plan-trend',
  args: { lang: 'ja', indicator: 'suicide-rate' },
  argTypes: { lang: { control: 'inline-radio', options: ['ja', 'en'] } },
  render: ({ lang, indicator }) => html`<plan-trend .plan=${thirty} indicator=${indicator} lang=${lang} today="2025-06-01"></plan-trend>`,
};
export default meta;
type Story = StoryObj<TrendArgs>;

/** A decrease indicator with two earlier measurements. */
export const Decrease: Story = {};
/** An increase indicator past its target. */
export const OverAchieved: Story = { args: { indicator: 'watch-partners' } };
/** Not measured yet: the baseline, the target and the expected path only. */
export const NotMeasured: Story = { args: { indicator: 'consultations' } };
/** A milestone and a plan's own grades with symbols (◎○△×), judged against the expected value. */
export const MilestoneAndSymbols: Story = {
  render: ({ lang }) => html`<plan-trend .plan=${withMilestone} indicator="ind-sample-suicide-rate" lang=${lang} today="2025-06-01"></plan-trend>`,
};
/** The same in English: the current value's grade as △ Behind. */
export const MilestoneAndSymbolsEnglish: Story = { ...MilestoneAndSymbols, args: { lang: 'en' } };
/** In a 320 px box. */
export const Narrow: Story = {
  render: ({ lang }) => html`<div style="width: 320px"><plan-trend .plan=${thirty} indicator="suicide-rate" lang=${lang} today="2025-06-01"></plan-trend></div>`,
};
/** An id the plan does not have: a message. */
export const UnknownIndicator: Story = { args: { indicator: 'nope' } };
