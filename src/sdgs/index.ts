/**
 * The 17 Sustainable Development Goals as small numbered squares in the goals' official
 * colours (no UN icon images: their guidelines forbid altering them), and how a text
 * alternative names them. Pure: the tree's scene builder places the marks beside a title.
 */
import type { Paint, SceneItem } from '../scene/types.js';

/** The official colour of each goal, 1 to 17 (UN SDG communications guidelines). */
export const SDG_COLORS: readonly `#${string}`[] = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

/** The goals on whose colour white numbers do not reach 4.5:1 (WCAG's contrast of each colour: test/sdgs). */
const DARK_NUMBERS = [2, 3, 5, 6, 7, 9, 11, 12, 14, 15];

/** White numbers where they reach 4.5:1 on the goal's colour, else near-black ones (goals 2, 3, 5 …). */
export function sdgTextColor(goal: number): Paint {
  return DARK_NUMBERS.includes(goal) ? '#1b1b1b' : '#ffffff';
}

/** The goals a node names, in order, each once, only 1 to 17 (a valid plan has no other). */
export function sdgGoals(sdgs: readonly number[] | undefined): number[] {
  return [...new Set(sdgs ?? [])].filter((goal) => Number.isInteger(goal) && goal >= 1 && goal <= 17);
}

/** `SDGs 目標3、目標11` / `SDGs: Goal 3, Goal 11`, or '' for none. */
export function describeSdgs(sdgs: readonly number[] | undefined, lang: string): string {
  const goals = sdgGoals(sdgs);
  if (goals.length === 0) return '';
  return lang.toLowerCase().startsWith('ja') ? `SDGs ${goals.map((g) => `目標${g}`).join('、')}` : `SDGs: ${goals.map((g) => `Goal ${g}`).join(', ')}`;
}

/**
 * The squares of a node's goals in a row from (x, y) top left, `size` each with a small gap,
 * wrapping after `perRow`; the width and height they take. Plain scene shapes (the number is
 * text), so every renderer draws them.
 */
export function sdgMarks(sdgs: readonly number[] | undefined, x: number, y: number, size = 16, perRow = 17): { items: SceneItem[]; width: number; height: number } {
  const goals = sdgGoals(sdgs);
  const gap = Math.max(1, Math.round(size / 8));
  const items: SceneItem[] = [];
  goals.forEach((goal, i) => {
    const gx = x + (i % perRow) * (size + gap);
    const gy = y + Math.floor(i / perRow) * (size + gap);
    items.push(
      { type: 'rect', x: gx, y: gy, width: size, height: size, r: Math.round(size / 8), fill: SDG_COLORS[goal - 1]!, part: 'sdg' },
      // The number's colour is also its class (the element's stylesheet paints text by class).
      {
        type: 'text',
        fontSize: Math.round(size * 0.62),
        bold: true,
        anchor: 'middle',
        fill: sdgTextColor(goal),
        part: sdgTextColor(goal) === '#ffffff' ? 'sdg-number' : 'sdg-number dark',
        lines: [{ text: String(goal), x: gx + size / 2, y: gy + size * 0.72 }],
      },
    );
  });
  const columns = Math.min(goals.length, perRow);
  const rows = Math.ceil(goals.length / perRow);
  return { items, width: columns ? columns * (size + gap) - gap : 0, height: rows ? rows * (size + gap) - gap : 0 };
}

/** The legend's entries: every goal any node names, in number order. */
export function sdgLegendGoals(nodes: Iterable<{ sdgs?: readonly number[] }>): number[] {
  const all = new Set<number>();
  for (const node of nodes) for (const goal of sdgGoals(node.sdgs)) all.add(goal);
  return [...all].sort((a, b) => a - b);
}

/**
 * Each goal's short name for a legend: in Japanese the keywords of 外務省's SDGs pages (貧困,
 * 保健 …), in English the UN's short titles. One string per language: the names are in the
 * one-file bundle, where every byte counts.
 */
const SDG_NAMES = {
  ja: '貧困|飢餓|保健|教育|ジェンダー|水・衛生|エネルギー|経済成長と雇用|インフラ、産業化、イノベーション|不平等|持続可能な都市|持続可能な生産と消費|気候変動|海洋資源|陸上資源|平和|実施手段',
  en: 'No poverty|Zero hunger|Good health and well-being|Quality education|Gender equality|Clean water and sanitation|Affordable and clean energy|Decent work and economic growth|Industry, innovation and infrastructure|Reduced inequalities|Sustainable cities and communities|Responsible consumption and production|Climate action|Life below water|Life on land|Peace, justice and strong institutions|Partnerships for the goals',
};

/** A goal's short name in `lang` (Japanese for `ja…`, else English): 「保健」, "Good health and well-being". */
export function sdgName(goal: number, lang: string): string {
  return SDG_NAMES[lang.toLowerCase().startsWith('ja') ? 'ja' : 'en'].split('|')[goal - 1] ?? '';
}
