import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/plan-collaboration/index.js';
import type { Collaboration, PlanDocument } from '../src/schema/index.js';

interface CollaborationArgs {
  src?: string;
  plan?: PlanDocument;
  lang: string;
  width: string;
  maxWidth: number;
  fontSize: number;
}

/** A small plan around a collaboration written for a story (fictional, for illustration). */
function storyPlan(id: string, collaboration: Collaboration): PlanDocument {
  return {
    schemaVersion: 1,
    plan: { id, title: { ja: '地域福祉計画（例）', en: 'Community welfare plan (example)' }, lang: 'ja' },
    vision: { text: { ja: '支え合い、誰もが自分らしく暮らせるまち', en: 'A town where people support each other' } },
    goals: [
      {
        id: '1',
        title: { ja: 'つながりを育む', en: 'Nurturing connections' },
        children: [
          { id: '1-1', title: { ja: '見守り活動の推進', en: 'Community watch' } },
          { id: '1-2', title: { ja: '居場所づくり', en: 'Places to belong' } },
        ],
      },
    ],
    collaboration,
  };
}

const twoActors = storyPlan('two-actors', {
  title: { ja: '自助と公助をつなぐ', en: 'Bridging self-help and public help' },
  center: { ja: '共助', en: 'Mutual help' },
  actors: [
    { id: 'residents', label: { ja: '住民', en: 'Residents' } },
    { id: 'city', label: { ja: '行政', en: 'City' } },
  ],
  keywords: [
    { text: { ja: '見守り', en: 'Community watch' }, actors: ['residents'], node: '1-1' },
    { text: { ja: '防災訓練', en: 'Disaster drills' }, actors: ['residents'] },
    { text: { ja: '相談窓口', en: 'Advice desks' }, actors: ['city'] },
    { text: { ja: '制度の周知', en: 'Making services known' }, actors: ['city'] },
    { text: { ja: '居場所づくり', en: 'Places to belong' }, actors: ['residents', 'city'], node: '1-2' },
    { text: { ja: '地域ケア会議', en: 'Community care meetings' }, actors: ['residents', 'city'] },
    { text: { ja: '人口減少', en: 'Population decline' } },
    { text: { ja: '単身世帯の増加', en: 'More people living alone' } },
  ],
  ring: [{ ja: '暮らし', en: 'Daily life' }],
});

const threeActors = storyPlan('three-actors', {
  title: { ja: '地域共生社会の実現', en: 'An inclusive community' },
  center: { ja: '協働', en: 'Working together' },
  actors: [
    { id: 'individual', label: { ja: '個人・家庭', en: 'People and families' } },
    { id: 'community', label: { ja: '地域', en: 'Neighbourhood' } },
    { id: 'city', label: { ja: '行政', en: 'City' } },
  ],
  keywords: [
    { text: { ja: '健康づくり', en: 'Keeping healthy' }, actors: ['individual'] },
    { text: { ja: '自治会活動', en: 'Residents’ associations' }, actors: ['community'] },
    { text: { ja: '包括的な相談支援', en: 'One place to ask for help' }, actors: ['city'] },
    { text: { ja: '見守り', en: 'Community watch' }, actors: ['individual', 'community'], node: '1-1' },
    { text: { ja: '避難支援', en: 'Help to evacuate' }, actors: ['community', 'city'] },
    { text: { ja: '生活困窮', en: 'Financial hardship' }, actors: ['city', 'individual'] },
    { text: { ja: '居場所づくり', en: 'Places to belong' }, actors: ['individual', 'community', 'city'], node: '1-2' },
    { text: { ja: '社会的孤立', en: 'Social isolation' } },
    { text: { ja: '担い手不足', en: 'Too few volunteers' } },
    { text: { ja: '8050問題', en: 'The "8050 problem"' } },
  ],
  ring: [
    { ja: '社会', en: 'Society' },
    { ja: '地域', en: 'Community' },
    { ja: '暮らし', en: 'Daily life' },
  ],
});

/**
 * The figure of who works together (協働の図): each actor a circle, the circles overlapping
 * around the centre that names what they do together, the goal of the whole as the title, the
 * plan's issues in the regions of the actors they name (or around the circles), and an outer
 * ring. Hover a circle to highlight it and its keywords; linked keywords are buttons that fire
 * `plan-select`. A keyword with no room in its region is numbered there and written in the key.
 */
const meta: Meta<CollaborationArgs> = {
  title: 'Plan/plan-collaboration',
  component: 'plan-collaboration',
  args: {
    src: '/examples/iwaki-chiiki-fukushi.plan.json',
    lang: 'ja',
    width: '800px',
    maxWidth: 800,
    fontSize: 14,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    maxWidth: { control: { type: 'number', min: 280, max: 1200, step: 20 } },
    fontSize: { control: { type: 'number', min: 10, max: 20, step: 1 } },
  },
  render: (args) =>
    html`<div style="width: ${args.width}; max-width: 100%">
      <plan-collaboration src=${ifDefined(args.plan ? undefined : args.src)} .plan=${args.plan} lang=${args.lang} max-width=${args.maxWidth} font-size=${args.fontSize}></plan-collaboration>
    </div>`,
};
export default meta;
type Story = StoryObj<CollaborationArgs>;

/** いわき市地域福祉計画: 個人・地域・行政・ボランティア around 協働, sixteen issues the summary places around them (not in an overlap), the ring 社会・地域・暮らし. */
export const FourActorsIwaki: Story = {};

/** Two actors side by side, each with its own issues, two shared ones, two around them, and a ring of one label. */
export const TwoActors: Story = { args: { src: undefined, plan: twoActors } };

/** Three actors: an issue for each, one for each pair, one for all three, three around them. */
export const ThreeActors: Story = { args: { src: undefined, plan: threeActors } };

/** Six actors and 24 keywords, in the overlaps of one, two, three and all six actors and around them. */
export const SixActors: Story = { args: { src: '/examples/six-actor-bilingual.plan.json' } };

/** The six-actor plan in English: long labels; those that find no room are numbered in the key. */
export const SixActorsEnglish: Story = { args: { src: '/examples/six-actor-bilingual.plan.json', lang: 'en' } };

/** Three actors in English. */
export const ThreeActorsEnglish: Story = { args: { src: undefined, plan: threeActors, lang: 'en' } };

/** A phone-width container: the figure takes the width with text at its size; what does not fit is numbered in the key. */
export const NarrowContainer: Story = { args: { width: '360px' } };

/** The six actors in a phone-width container, in English. */
export const NarrowSixActorsEnglish: Story = { args: { src: '/examples/six-actor-bilingual.plan.json', lang: 'en', width: '360px' } };

/** On a slide (`presentation`, in a 1280 × 720 box): the figure laid out to fill the box, keywords 1.5 times larger, heavier lines. */
export const Presentation: Story = {
  name: 'Presentation (16:9)',
  render: (args) =>
    html`<div style="width: 1280px; height: 720px">
      <plan-collaboration src=${ifDefined(args.plan ? undefined : args.src)} .plan=${args.plan} lang=${args.lang} presentation></plan-collaboration>
    </div>`,
};
