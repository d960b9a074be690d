import type { Message } from '../../schema/messages.js';

/** The strings of `<plan-collaboration>`, in Japanese and English. */
export const collaborationMessages = {
  /** The figure's accessible name. */
  figureName: (title: string): Message => ({
    ja: title ? `${title}（協働の図）` : '協働の図',
    en: title ? `${title} (who works together)` : 'Who works together',
  }),
  /** An exported file's title: the plan and what the drawing shows. */
  fileTitle: (plan: string): Message => ({ ja: plan ? `${plan} 協働の図` : '協働の図', en: plan ? `${plan} — Collaboration` : 'Collaboration' }),
  /** The first sentence of the text alternative. */
  summary: (actors: string, center: string): Message => ({
    ja: `${actors}が重なり合う円で描かれ、全員が重なる中心は「${center}」です。`,
    en: `${actors} are drawn as overlapping circles; where all of them overlap: "${center}".`,
  }),
  /** Joins actor names in a sentence and in headings. */
  listSeparator: { ja: '・', en: ', ' },
  lastSeparator: { ja: '・', en: ' and ' },
  /** A heading of the text alternative: the keywords of one actor alone. */
  actorAlone: (actor: string): Message => ({ ja: `${actor}`, en: `${actor}` }),
  /** A heading of the text alternative: keywords shared by several actors. */
  shared: (actors: string): Message => ({ ja: `${actors}が共に取り組むこと`, en: `Shared by ${actors}` }),
  /** A heading of the text alternative: keywords shared by every actor. */
  everyone: (center: string): Message => ({ ja: `全員が共に取り組むこと（${center}）`, en: `Shared by everyone (${center})` }),
  /** A heading of the text alternative: keywords around the circles. */
  around: { ja: '取り巻く課題', en: 'Issues around them' },
  /** A heading of the text alternative: the outer ring. */
  ring: (labels: string): Message => ({ ja: `外側の輪：${labels}`, en: `Outer ring: ${labels}` }),
  ringSeparator: { ja: '、', en: ', ' },
  /** Said of an actor with no keyword of its own. */
  nothingAlone: { ja: '（単独の項目はありません）', en: '(nothing of its own)' },
  /** After a keyword that leads to a part of the plan. */
  linksTo: (title: string): Message => ({ ja: `（関連：${title}）`, en: ` (see: ${title})` }),
  /** The key under the figure. */
  keyName: { ja: '図中の番号', en: 'Numbers in the figure' },
  noCollaboration: {
    ja: 'この計画には協働の図のデータ（collaboration）がありません。',
    en: 'This plan has no collaboration data to draw.',
  },
} as const;
