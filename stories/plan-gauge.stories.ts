import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plan-gauge/index.js';
import thirty from '../examples/thirty-indicators.plan.json';
import deepHealth from '../examples/deep-health-plan.plan.json';
import { withSymbols } from './plan-gauge-symbols.js';

interface GaugeArgs {
  indicator: string;
  variant: 'arc' | 'bar';
  lang: string;
}

/**
 * One indicator as a gauge. The plan is examples/thirty-indicators.plan.json: a fictional city
 * whose 30 invented indicators cover every edge case.
 */
const meta: Meta<GaugeArgs> = {
  title: 'Indicators/plan-gauge',
  component: 'plan-gauge',
  args: { indicator: 'suicide-rate', variant: 'arc', lang: 'ja' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['arc', 'bar'] },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
  },
  render: ({ indicator, variant, lang }) =>
    html`<div style="max-width: ${variant === 'bar' ? '44rem' : '17rem'}">
      <plan-gauge .plan=${thirty} indicator=${indicator} variant=${variant} lang=${lang} today="2025-06-01"></plan-gauge>
    </div>`,
};
export default meta;
type Story = StoryObj<GaugeArgs>;

/** A decrease indicator part of the way to its target, with a provisional value and a history. */
export const Behind: Story = {};
/** Baseline 0 (a cumulative count). */
export const BaselineZero: Story = { args: { indicator: 'gatekeepers' } };
/** Target equal to baseline, decrease, and the value went up: 悪化, with the distance from the target. */
export const TargetEqualsBaselineWorse: Story = { args: { indicator: 'infant-checkup-missed' } };
/** maintain, held exactly: 目標どおり. */
export const MaintainAtTarget: Story = { args: { indicator: 'postnatal-visits' } };
/** maintain, above the level: 達成. */
export const MaintainAbove: Story = { args: { indicator: 'followup-rate' } };
/** maintain, below the level: 悪化. */
export const MaintainBelow: Story = { args: { indicator: 'commissioners' } };
/** Over-achieved: the fill stops at the end, the text says 220%. */
export const OverAchieved: Story = { args: { indicator: 'settlers' } };
/** Worse than the baseline: an empty fill and a negative progress. */
export const WorseThanBaseline: Story = { args: { indicator: 'reported-crimes' } };
/** Negative values on the indicator's own scale (−2,000 to 500). */
export const NegativeValues: Story = { args: { indicator: 'net-migration' } };
/** Values in the millions. */
export const Millions: Story = { args: { indicator: 'annual-visitors' } };
/** No current value: an empty gauge that says 未計測. */
export const NotMeasured: Story = { args: { indicator: 'citizen-guardians' } };
/** No change since the baseline: 0%. */
export const NoProgress: Story = { args: { indicator: 'tax-payment-online' } };
/** A long name wraps within the gauge's width. */
export const LongName: Story = { args: { indicator: 'evacuation-plans' } };
/** The compact bar for lists and tables. */
export const Bar: Story = { args: { variant: 'bar' } };
/** The bar, over-achieved. */
export const BarOverAchieved: Story = { args: { variant: 'bar', indicator: 'settlers' } };
/** In English: FY years, English grades and messages. */
export const English: Story = { args: { lang: 'en' } };
/** In English, not measured. */
export const EnglishNotMeasured: Story = { args: { lang: 'en', indicator: 'consultations' } };
/** An indicator id that is not in the plan: a readable message. */
export const UnknownIndicator: Story = { args: { indicator: 'no-such-indicator' } };

/** The plan's own grades (A/B/C/D, A with its own colour), from examples/deep-health-plan.plan.json. */
export const PlanGrades: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">
    ${['ind-cancer-followup', 'ind-waiting-children', 'ind-unscreened-rate', 'ind-infant-checkup-missed'].map(
      (id) => html`<div style="width: 15rem"><plan-gauge .plan=${deepHealth} indicator=${id} lang="ja"></plan-gauge></div>`,
    )}
  </div>`,
};

/** An evaluation whose grades have symbols (◎ 達成, ○ 順調, △ 遅れ, × 悪化): the symbol is drawn before the grade's name. */
export const GradeSymbols: Story = {
  render: ({ lang }) => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">
    ${['settlers', 'suicide-rate', 'reported-crimes', 'citizen-guardians'].map(
      (id) => html`<div style="width: 15rem"><plan-gauge .plan=${withSymbols} indicator=${id} lang=${lang} today="2025-06-01"></plan-gauge></div>`,
    )}
  </div>`,
};

/** The same in English: ◎ Achieved, ○ On track, × Worsened, Not measured (the grades' English labels). */
export const GradeSymbolsEnglish: Story = { ...GradeSymbols, args: { lang: 'en' } };

/** On a slide (`presentation`, in a 1280 × 720 box): one gauge centred, type twice the page's. */
export const Presentation: Story = {
  name: 'Presentation (16:9)',
  render: ({ indicator, variant, lang }) =>
    html`<div style="width: 1280px; height: 720px">
      <plan-gauge .plan=${thirty} indicator=${indicator} variant=${variant} lang=${lang} today="2025-06-01" presentation></plan-gauge>
    </div>`,
};
