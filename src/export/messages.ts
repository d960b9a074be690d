import type { Message } from '../schema/messages.js';

/** The strings of the SVG and PNG export, in Japanese and English. */
export const exportMessages = {
  views: {
    'plan-tree': { ja: '体系図', en: 'Plan structure' },
    'plan-collaboration': { ja: '協働の図', en: 'Collaboration' },
    'plan-indicators': { ja: '成果指標', en: 'Indicators' },
    'plan-gauge': { ja: '成果指標', en: 'Indicator' },
  } as Record<string, Message>,
  /** The file's title: the plan and what the drawing shows. */
  title: (plan: string, view: string): Message => ({ ja: plan ? `${plan} ${view}` : view, en: plan ? `${plan} — ${view}` : view }),
  nothingDrawn: (tag: string): Message => ({
    ja: `<${tag}> には書き出せる図がありません（計画データが読み込まれていないか、問題があります）。`,
    en: `<${tag}> has no drawing to export (its plan is not loaded, or is not valid).`,
  }),
  imageBlocked: {
    ja: 'PNG を作れませんでした。ページの Content Security Policy が blob: の画像を禁じている（img-src）と toPNG は使えません。toSVG を使ってください。',
    en: "The PNG could not be made. toPNG needs blob: images, which this page's Content Security Policy (img-src) may forbid; use toSVG instead.",
  },
  imageTimeout: { ja: 'PNG を作れませんでした（画像の読み込みが終わりません）。', en: 'The PNG could not be made (the image did not load in time).' },
  canvasFailed: { ja: 'PNG を作れませんでした（canvas が使えません）。', en: 'The PNG could not be made (no canvas is available).' },
} as const;
