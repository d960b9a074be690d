import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/plan-overview/index.js';
import '../src/components/plan-tree/index.js';
import '../src/components/plan-collaboration/index.js';
import iwaki from '../examples/iwaki-chiiki-fukushi.plan.json';
import deepHealth from '../examples/deep-health-plan.plan.json';

interface OverviewArgs {
  plan: unknown;
  lang: string;
  today: string;
  width: string;
  figures: boolean;
}

/**
 * The 概要版 of a plan: `<plan-overview>` and each of its parts alone. The Iwaki plan is
 * transcribed from its summary (examples/iwaki-chiiki-fukushi.plan.json); the deep example is a
 * fictional city with 12 related plans and 20 events with long titles.
 */
const meta: Meta<OverviewArgs> = {
  title: 'Overview/plan-overview',
  component: 'plan-overview',
  args: { plan: iwaki, lang: 'ja', today: '2026-06-01', width: '100%', figures: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    width: { control: 'inline-radio', options: ['390px', '900px', '100%'] },
    plan: { control: false },
  },
  render: ({ plan, lang, today, width, figures }) =>
    html`<div style="max-width: ${width}">
      <plan-overview .plan=${plan} lang=${lang} today=${today}>
        ${figures ? html`<plan-tree slot="tree" .plan=${plan} lang=${lang}></plan-tree>` : nothing}
        ${figures && (plan as { collaboration?: unknown }).collaboration ? html`<plan-collaboration slot="collaboration" .plan=${plan} lang=${lang}></plan-collaboration>` : nothing}
      </plan-overview>
    </div>`,
};
export default meta;
type Story = StoryObj<OverviewArgs>;

/** The Iwaki plan's 概要版 with its tree and collaboration figure. */
export const Iwaki: Story = {};
/** The same on a phone: one column, nothing cut. */
export const IwakiPhone: Story = { args: { width: '390px' } };
/** A fictional plan with 12 related plans and 20 dated events with long titles (four planned). */
export const ManyRelatedPlansAndEvents: Story = { args: { plan: deepHealth, figures: false } };

/** The period bar alone: the one-year extension hatched and labelled 延長, today's fiscal year marked. */
export const Period: Story = {
  render: ({ lang, today }) => html`<plan-period .plan=${iwaki} lang=${lang} today=${today}></plan-period>`,
};
/** The period bar when today lies outside the period: no mark, and the text alternative says so. */
export const PeriodTodayOutside: Story = {
  render: ({ lang }) => html`<plan-period .plan=${iwaki} lang=${lang} today="2028-04-01"></plan-period>`,
};
/** The 位置づけ diagram alone. */
export const Relations: Story = {
  render: ({ lang }) => html`<plan-relations .plan=${iwaki} lang=${lang}></plan-relations>`,
};
/** Twelve related plans with long titles, on a wide and on a phone-sized box. */
export const RelationsTwelve: Story = {
  render: ({ lang }) => html`<plan-relations .plan=${deepHealth} lang=${lang}></plan-relations>
    <div style="max-width: 390px; margin-top: 2rem"><plan-relations .plan=${deepHealth} lang=${lang}></plan-relations></div>`,
};
/** The timeline alone: the four national events, the last one 施行予定. */
export const Timeline: Story = {
  render: ({ lang }) => html`<h2>${lang === 'ja' ? '国の動向' : 'National trends'}</h2><plan-timeline .plan=${iwaki} lang=${lang}></plan-timeline>`,
};
/** Twenty events with long titles. */
export const TimelineTwenty: Story = {
  render: ({ lang }) => html`<h2>${lang === 'ja' ? '年表' : 'Timeline'}</h2><div style="max-width: 40rem"><plan-timeline .plan=${deepHealth} lang=${lang}></plan-timeline></div>`,
};
