/**
 * The workbook layout of plan-schema-v1.md ("Spreadsheet layout"): sheet names, headers and
 * keys in Japanese with their English aliases. Readers accept either, in any letter case and in
 * full-width or half-width forms; writers use the Japanese names for a Japanese plan.
 */

/** One column or key: its name in the plan, the Japanese header and the English alias. */
export interface Name {
  key: string;
  ja: string;
  en: string;
  /** Holds text that may come in several languages (`名称 (en)` beside `名称`). */
  text?: boolean;
  required?: boolean;
}

export type SheetKey = 'plan' | 'nodes' | 'indicators' | 'collaboration' | 'sections' | 'relatedPlans' | 'timeline' | 'evaluation';

export interface SheetLayout {
  key: SheetKey;
  ja: string;
  en: string;
  required?: boolean;
  columns: Name[];
}

const c = (key: string, ja: string, en: string, extra: Partial<Name> = {}): Name => ({ key, ja, en, ...extra });

/** Rows of the 計画 sheet (項目 → 値). */
export const PLAN_KEYS: Name[] = [
  c('id', 'ID', 'id', { required: true }),
  c('title', '計画名', 'title', { text: true, required: true }),
  c('municipality', '自治体', 'municipality', { text: true }),
  c('from', '開始年度', 'from'),
  c('to', '終了年度', 'to'),
  c('originalTo', '当初終了年度', 'originalTo'),
  c('periodLabel', '期間表記', 'periodLabel', { text: true }),
  c('lang', '言語', 'lang'),
  c('source', '出典', 'source'),
  c('updated', '更新日', 'updated'),
  c('visionLabel', '基本理念見出し', 'visionLabel', { text: true }),
  c('vision', '基本理念', 'vision', { text: true, required: true }),
  c('levels', '階層', 'levels', { text: true }),
  c('collaborationTitle', '協働の題', 'collaborationTitle', { text: true }),
  c('collaborationCenter', '協働の中心', 'collaborationCenter', { text: true }),
  c('ring', 'リング', 'ring', { text: true }),
  c('note', '注記', 'note', { text: true }),
];

export const SHEETS: SheetLayout[] = [
  { key: 'plan', ja: '計画', en: 'plan', required: true, columns: [c('key', '項目', 'key', { required: true }), c('value', '値', 'value', { text: true, required: true })] },
  {
    key: 'nodes',
    ja: '体系',
    en: 'nodes',
    required: true,
    columns: [
      c('id', 'ID', 'id', { required: true }),
      c('parent', '親ID', 'parent'),
      c('label', '番号', 'label', { text: true }),
      c('title', '名称', 'title', { text: true, required: true }),
      c('description', '説明', 'description', { text: true }),
      c('group', 'グループ', 'group', { text: true }),
      c('pending', '未定', 'pending'),
      c('sdgs', 'SDGs', 'sdgs'),
    ],
  },
  {
    key: 'indicators',
    ja: '指標',
    en: 'indicators',
    columns: [
      c('id', 'ID', 'id', { required: true }),
      c('node', '施策ID', 'node'),
      c('name', '指標名', 'name', { text: true, required: true }),
      c('unit', '単位', 'unit', { text: true }),
      c('direction', '方向', 'direction', { required: true }),
      c('baseline', '基準値', 'baseline', { required: true }),
      c('baselineYear', '基準年度', 'baselineYear'),
      c('baselineNote', '基準値注記', 'baselineNote', { text: true }),
      c('target', '目標値', 'target', { required: true }),
      c('targetYear', '目標年度', 'targetYear'),
      c('targetNote', '目標値注記', 'targetNote', { text: true }),
      c('scaleMin', '目盛下限', 'scaleMin'),
      c('scaleMax', '目盛上限', 'scaleMax'),
      c('source', '出典', 'source', { text: true }),
    ],
  },
  {
    key: 'collaboration',
    ja: '協働',
    en: 'collaboration',
    columns: [
      c('kind', '種類', 'kind', { required: true }),
      c('id', 'ID', 'id'),
      c('text', '表示', 'text', { text: true, required: true }),
      c('actors', '担い手ID', 'actors'),
      c('node', '施策ID', 'node'),
      c('description', '説明', 'description', { text: true }),
    ],
  },
  {
    key: 'sections',
    ja: '記述',
    en: 'sections',
    columns: [c('id', 'ID', 'id', { required: true }), c('title', '見出し', 'title', { text: true }), c('item', '項目', 'item', { text: true })],
  },
  {
    key: 'relatedPlans',
    ja: '関連計画',
    en: 'relatedPlans',
    columns: [
      c('id', 'ID', 'id', { required: true }),
      c('title', '計画名', 'title', { text: true, required: true }),
      c('relation', '関係', 'relation', { required: true }),
      c('field', '分野', 'field', { text: true }),
      c('owner', '策定主体', 'owner', { text: true }),
      c('from', '開始年度', 'from'),
      c('to', '終了年度', 'to'),
      c('periodLabel', '期間表記', 'periodLabel', { text: true }),
      c('url', 'URL', 'url'),
      c('note', '備考', 'note', { text: true }),
    ],
  },
  {
    key: 'timeline',
    ja: '年表',
    en: 'timeline',
    columns: [
      c('date', '日付', 'date', { required: true }),
      c('title', '事項', 'title', { text: true, required: true }),
      c('item', '内容', 'item', { text: true }),
      c('scope', '範囲', 'scope'),
      c('planned', '予定', 'planned'),
    ],
  },
  {
    key: 'evaluation',
    ja: '評価',
    en: 'evaluation',
    columns: [c('label', '評価', 'label', { text: true, required: true }), c('symbol', '記号', 'symbol'), c('min', '下限', 'min', { required: true }), c('color', '色', 'color')],
  },
];

/** Choices written in Japanese or English: [value in the plan, Japanese, English]. */
export const DIRECTIONS: [string, string][] = [
  ['increase', '増加'],
  ['decrease', '減少'],
  ['maintain', '維持'],
];
export const RELATIONS: [string, string][] = [
  ['basis', '根拠'],
  ['upper', '上位'],
  ['related', '関連'],
  ['partner', '連携'],
];
export const SCOPES: [string, string][] = [
  ['national', '国'],
  ['prefecture', '県'],
  ['local', '市'],
];
export const KINDS: [string, string][] = [
  ['actor', '担い手'],
  ['keyword', 'キーワード'],
];
export const BASES: [string, string][] = [
  ['target', '目標'],
  ['expected', '見込み'],
];
export const BASIS_LABEL = { key: 'basis', ja: '基準', en: 'basis' };

/** Header and key text as compared: full-width folded (NFKC), trimmed, spaces collapsed, lower case. */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds the name a header or key means, by its Japanese or English form. */
export function findName(names: Name[], written: string): Name | undefined {
  const n = normalizeName(written);
  return names.find((name) => normalizeName(name.ja) === n || normalizeName(name.en) === n);
}

export function findSheet(written: string): SheetLayout | undefined {
  const n = normalizeName(written);
  return SHEETS.find((s) => normalizeName(s.ja) === n || normalizeName(s.en) === n);
}

export function sheetLayout(key: SheetKey): SheetLayout {
  return SHEETS.find((s) => s.key === key)!;
}
