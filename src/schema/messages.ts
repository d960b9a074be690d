/**
 * Every message the validator and the elements show, in one place, in Japanese and English.
 * A new language is one more entry per message.
 */

/** A message in each UI language. */
export interface Message {
  ja: string;
  en: string;
}

/** The UI languages the messages exist in. */
export type UiLanguage = keyof Message;

const TYPE_NAMES: Record<string, Message> = {
  object: { ja: 'オブジェクト', en: 'an object' },
  array: { ja: '配列', en: 'an array' },
  string: { ja: '文字列', en: 'a string' },
  number: { ja: '数値', en: 'a number' },
  integer: { ja: '整数', en: 'an integer' },
  boolean: { ja: '真偽値（true / false）', en: 'a boolean (true / false)' },
  null: { ja: 'null', en: 'null' },
  'non-finite number': { ja: '有限でない数値', en: 'a non-finite number' },
  Text: {
    ja: 'テキスト（文字列、または {"ja": "…", "en": "…"} の形）',
    en: 'text (a string, or {"ja": "…", "en": "…"})',
  },
};

function typeName(type: string): Message {
  return TYPE_NAMES[type] ?? { ja: type, en: type };
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

/** What a failed load of a plan says (the elements show these without the validator). */
export const loadMessages = {
  notJson: (detail: string): Message => ({
    ja: `JSON として読めません：${detail}`,
    en: `Not valid JSON: ${detail}`,
  }),
  network: (url: string): Message => ({
    ja: `${url} を読み込めませんでした（ネットワークの問題）。`,
    en: `Could not load ${url} (network error).`,
  }),
  http: (url: string, status: number): Message => ({
    ja: `${url} を読み込めませんでした（HTTP ${status}）。`,
    en: `Could not load ${url} (HTTP ${status}).`,
  }),
  jsonAt: (url: string, detail: string): Message => ({
    ja: `${url} は JSON として読めません：${detail}`,
    en: `${url} is not valid JSON: ${detail}`,
  }),
  inlineJson: (detail: string): Message => ({
    ja: `埋め込みの <script type="application/json"> が JSON として読めません：${detail}`,
    en: `The inline <script type="application/json"> is not valid JSON: ${detail}`,
  }),
} as const;

export const messages = {
  wrongType: (expected: string, actual: string): Message => ({
    ja: `${typeName(expected).ja}が必要ですが、${typeName(actual).ja}があります。`,
    en: `Expected ${typeName(expected).en}, found ${typeName(actual).en}.`,
  }),
  required: (key: string): Message => ({
    ja: `必須の項目 "${key}" がありません。`,
    en: `The required key "${key}" is missing.`,
  }),
  constant: (expected: unknown, actual: unknown): Message => ({
    ja: `値は ${quote(expected)} でなければなりません（${quote(actual)} があります）。`,
    en: `The value must be ${quote(expected)} (found ${quote(actual)}).`,
  }),
  enumeration: (allowed: readonly unknown[], actual: unknown): Message => ({
    ja: `${allowed.map(quote).join('、')} のいずれかでなければなりません（${quote(actual)} があります）。`,
    en: `Must be one of ${allowed.map(quote).join(', ')} (found ${quote(actual)}).`,
  }),
  pattern: (pattern: string, actual: string): Message => ({
    ja: `${quote(actual)} は決められた形（${pattern}）に合いません。`,
    en: `${quote(actual)} does not match the required form ${pattern}.`,
  }),
  minLength: (min: number): Message => ({
    ja: `${min}文字以上が必要です。`,
    en: `Must be at least ${min} character${min === 1 ? '' : 's'} long.`,
  }),
  minItems: (min: number, actual: number): Message => ({
    ja: `${min}個以上が必要です（${actual}個あります）。`,
    en: `Needs at least ${min} item${min === 1 ? '' : 's'} (found ${actual}).`,
  }),
  maxItems: (max: number, actual: number): Message => ({
    ja: `${max}個までです（${actual}個あります）。`,
    en: `Allows at most ${max} items (found ${actual}).`,
  }),
  minProperties: (min: number): Message => ({
    ja: `${min}個以上の言語の項目が必要です。`,
    en: `Needs at least ${min} language entr${min === 1 ? 'y' : 'ies'}.`,
  }),
  minimum: (min: number, actual: number): Message => ({
    ja: `${min} 以上でなければなりません（${actual} があります）。`,
    en: `Must be at least ${min} (found ${actual}).`,
  }),
  maximum: (max: number, actual: number): Message => ({
    ja: `${max} 以下でなければなりません（${actual} があります）。`,
    en: `Must be at most ${max} (found ${actual}).`,
  }),
  format: (format: string, actual: string): Message => ({
    ja: `${quote(actual)} は ${format === 'date' ? '日付（YYYY-MM-DD）' : 'URL'} の形ではありません。`,
    en: `${quote(actual)} is not ${format === 'date' ? 'a date (YYYY-MM-DD)' : 'a URL'}.`,
  }),
  languageTag: (key: string): Message => ({
    ja: `${quote(key)} は言語タグ（ja、en など）ではありません。`,
    en: `${quote(key)} is not a language tag (ja, en, …).`,
  }),
  tooDeep: (limit: number): Message => ({
    ja: `入れ子が深すぎます（${limit}段まで）。`,
    en: `Nested too deeply (at most ${limit} levels).`,
  }),
  newerVersion: (version: unknown): Message => ({
    ja: `この文書は新しい版（schemaVersion ${quote(version)}）で書かれています。このライブラリが読めるのは版 1 までです。plan-viz を更新してください。`,
    en: `This document is written for a newer version (schemaVersion ${quote(version)}); this library reads version 1. Update plan-viz.`,
  }),
  duplicateId: (id: string, first: string): Message => ({
    ja: `id ${quote(id)} が重複しています（最初は ${first}）。`,
    en: `Duplicate id ${quote(id)} (first used at ${first}).`,
  }),
  unknownNode: (id: string): Message => ({
    ja: `ノード ${quote(id)} がありません（goals の中に同じ id が必要です）。`,
    en: `There is no node ${quote(id)} (no node under goals has that id).`,
  }),
  unknownActor: (id: string): Message => ({
    ja: `担い手（actor）${quote(id)} がありません。`,
    en: `There is no actor ${quote(id)}.`,
  }),
  periodOrder: (from: number, to: number): Message => ({
    ja: `期間の始まり（${from}）が終わり（${to}）より後です。`,
    en: `The period starts (${from}) after it ends (${to}).`,
  }),
  periodExtension: (originalTo: number, from: number, to: number): Message => ({
    ja: `当初の終わり originalTo（${originalTo}）は ${from} 以上 ${to} 未満でなければなりません。`,
    en: `The original end originalTo (${originalTo}) must be from ${from} to before ${to}.`,
  }),
  milestoneYear: (year: number, from: number, to: number): Message => ({
    ja: `中間目標の年度（${year}）が基準値（${from}）と目標値（${to}）の年度の間にありません。`,
    en: `An interim target's year (${year}) is not between the baseline's (${from}) and the target's (${to}).`,
  }),
  notADate: (value: string): Message => ({ ja: `${quote(value)} は実在しない日付です。`, en: `${quote(value)} is not a real date.` }),
  duplicateItem: (value: unknown, first: number): Message => ({
    ja: `${quote(value)} が重複しています（最初は [${first}]）。`,
    en: `${quote(value)} is repeated (first at [${first}]).`,
  }),
  scaleOrder: (min: number, max: number): Message => ({
    ja: `目盛りの最小値（${min}）が最大値（${max}）以上です。`,
    en: `The scale's min (${min}) is not below its max (${max}).`,
  }),
  unknownKey: (key: string): Message => ({
    ja: `項目 ${quote(key)} は版 1 の定義にありません（綴りを確認してください。表示には使われません）。`,
    en: `The key ${quote(key)} is not part of version 1 (check its spelling; it is not used).`,
  }),
  ...loadMessages,
} as const;

/** Strings of the elements' own interface. */
export const ui = {
  invalidPlan: { ja: '計画データに問題があります', en: 'The plan data has problems' },
  loadFailed: { ja: '計画データを読み込めませんでした', en: 'The plan data could not be loaded' },
  source: (url: string): Message => ({ ja: `データ：${url}`, en: `Data: ${url}` }),
  noPlan: { ja: '計画データがありません', en: 'No plan data' },
  unknownBranch: (id: string): Message => ({
    ja: `ノード「${id}」は計画にありません。計画全体を表示しています。`,
    en: `There is no node "${id}" in the plan; the whole plan is shown.`,
  }),
  loading: { ja: '読み込み中…', en: 'Loading…' },
  andMore: (n: number): Message => ({ ja: `ほか ${n} 件`, en: `and ${n} more` }),
  pending: { ja: '（名称未定）', en: '(title not yet set)' },
} as const;

/** Picks the message for a language, falling back to English for languages without messages. */
export function localize(message: Message, lang: string | undefined): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return primary === 'ja' ? message.ja : message.en;
}
