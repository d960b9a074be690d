import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { validatePlan, localize } from '../src/index.js';
import iwaki from '../examples/iwaki-chiiki-fukushi.plan.json';
import broken from '../examples/broken/duplicate-id.broken.json';

/** What the validator says about a plan document. */
const meta: Meta = {
  title: 'Plan data/Validator',
};
export default meta;

const report = (input: unknown, lang: string) => {
  const result = validatePlan(input);
  return html`<div lang=${lang}>
    <p>${result.valid ? localize({ ja: '問題はありません。', en: 'No problems.' }, lang) : localize({ ja: '問題があります：', en: 'Problems:' }, lang)}</p>
    <ul>
      ${result.errors.map((p) => html`<li><code>${p.pointer || '/'}</code> ${localize(p.message, lang)}</li>`)}
    </ul>
  </div>`;
};

export const IwakiPlan: StoryObj = { render: () => report(iwaki, 'ja') };
export const BrokenDocument: StoryObj = { render: () => report(broken, 'ja') };
export const BrokenDocumentEnglish: StoryObj = { render: () => report(broken, 'en') };
