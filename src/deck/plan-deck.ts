/**
 * A council deck from a plan: title slide, the whole 体系図, one slide per goal with its branch,
 * the collaboration figure, the indicators (at most six a slide, grouped by goal, with the count
 * per grade) and the plan's sections as text. Each figure is its own scene drawn by the slide
 * renderer; every slide's notes hold its text alternative.
 */
import { describeIndicator } from '../components/plan-gauge/describe.js';
import { selectIndicators } from '../components/plan-indicators/group.js';
import { formatFiscalYear, indicatorProgress, gradeScale, type IndicatorProgress } from '../progress/index.js';
import type { Message } from '../schema/messages.js';
import { localize } from '../schema/messages.js';
import { resolveText } from '../schema/text.js';
import type { Indicator, PlanDocument, PlanNode } from '../schema/types.js';
import { validatePlan, type Problem } from '../schema/validate.js';
import { splitBranch } from './branches.js';
import { deckFigures, titlePoints, type DeckFigure, type DeckFigures } from './figures.js';
import { DEFAULT_FONTS, SLIDE_SIZES, writeDeckPackage, type DeckColors, type DeckFonts, type DeckSlide, type SlideSize } from './package.js';
import { overviewMessages } from '../components/plan-overview/messages.js';
import { overviewTheme } from '../components/plan-overview/theme.js';
import type { Scene } from '../scene/types.js';
import { resolvePaint } from '../theme/define.js';
import { periodFigure, relationsFigure, timelinePages, timelineTitle } from './overview.js';
import { EMU_PER_PX, SceneRenderer, type Frame } from './render.js';
import { bodyShape, paginate, paragraphHeight, titleShape, type BodyParagraph, type PxFrame } from './text-frame.js';

function emuFrame(f: PxFrame): Frame {
  return { x: f.x * EMU_PER_PX, y: f.y * EMU_PER_PX, width: f.width * EMU_PER_PX, height: f.height * EMU_PER_PX };
}

export interface PlanDeckOptions {
  /** The language of the deck (`ja`, `en`); default the plan's. */
  lang?: string;
  /** `16:9` (default) or `4:3`. */
  size?: SlideSize;
  /** The date progress is judged at when a value has no year: `YYYY-MM-DD` or a Date; default today. */
  today?: string | Date;
  /** A plan document whose `indicators` and `evaluation` replace the plan's (e.g. this year's figures). */
  indicators?: unknown;
  /** The typefaces named in the deck's theme; default BIZ UDPGothic. */
  fonts?: Partial<DeckFonts>;
}

/** A plan (or an indicators document) that cannot make a deck: every problem with its JSON Pointer, in Japanese and English. */
export class PlanDeckError extends Error {
  override name = 'PlanDeckError';
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

const text = {
  tree: { ja: '施策の体系', en: 'Structure of the plan' },
  collaboration: { ja: '協働の図', en: 'Working together' },
  indicators: { ja: '成果指標', en: 'Indicators' },
  noGoal: { ja: '目標に結びつかない指標', en: 'Indicators not tied to a goal' },
  continued: { ja: '（続き）', en: ' (continued)' },
  page: (i: number, n: number): Message => ({ ja: `（${i}/${n}）`, en: ` (${i}/${n})` }),
  period: (from: string, to: string): Message => ({ ja: `計画期間 ${from}〜${to}`, en: `Plan period ${from} to ${to}` }),
  periodLabel: (label: string): Message => ({ ja: `計画期間 ${label}`, en: `Plan period ${label}` }),
  extended: (to: string): Message => ({ ja: `${to}まで延長`, en: `extended to ${to}` }),
  grades: { ja: '評価の内訳', en: 'Grades' },
  count: (label: string, n: number): Message => ({ ja: `${label} ${n}件`, en: `${label}: ${n}` }),
  indicatorCount: (n: number): Message => ({ ja: `指標 ${n}件`, en: `${n} indicator${n === 1 ? '' : 's'}` }),
  invalid: (what: string, n: number): Message => ({ ja: `${what}に ${n} 件の問題があります`, en: `${what} has ${n} problem${n === 1 ? '' : 's'}` }),
  plan: { ja: '計画', en: 'The plan' },
  indicatorsDoc: { ja: '指標のファイル', en: 'The indicators document' },
  badToday: (value: string): Message => ({ ja: `today は YYYY-MM-DD の日付です（${value}）`, en: `today must be a date YYYY-MM-DD (got ${value})` }),
  badSize: (value: string): Message => ({ ja: `size は 16:9 か 4:3 です（${value}）`, en: `size must be 16:9 or 4:3 (got ${value})` }),
  smallBranch: (pt: number): Message => ({
    ja: `この枝は1枚に収まらないため、施策名が14ポイントより小さく（約${pt}ポイント）なっています。`,
    en: `This branch does not fit on one slide at 14 pt: its titles are smaller (about ${pt} pt).`,
  }),
  outline: { ja: '（体系図の図は準備中のため、体系を文字で示します）', en: '(the figure is not available yet; the structure as text)' },
} as const;

/** Colours of the deck's own text and theme: the figures bring their own theme's colours. */
const DECK_COLORS: DeckColors = {
  text: '1B1B1B',
  background: 'FFFFFF',
  dark2: '23344D',
  light2: 'EEF4FB',
  accents: ['1D5A9E', 'B03A14', '2A7232', '743B96', '835700', '0B6C71'],
  link: '0B57D0',
};
const HEADING = '23344D';
const MUTED = '4D4D4D';

/** Slide geometry in px (96 to the inch). */
const MARGIN = 48;
const TITLE_TOP = 24;
const TITLE_HEIGHT = 84;
const CONTENT_TOP = TITLE_TOP + TITLE_HEIGHT + 12;
const BOTTOM = 36;
const BODY_SIZE = 26;
/** Measure titles on a goal's slides: at least this many points, read from the back of a council chamber. */
export const READABLE_PT = 14;

function checked(value: unknown, what: Message, lang: string): PlanDocument {
  const result = validatePlan(value);
  if (!result.valid) {
    const lines = result.errors.map((p) => `${p.pointer || '/'}  ${localize(p.message, lang)}`);
    throw new PlanDeckError([localize(text.invalid(localize(what, lang), result.errors.length), lang), ...lines].join('\n'), result.errors);
  }
  return result.plan;
}

function parseToday(today: string | Date | undefined, lang: string): Date {
  if (today === undefined) return new Date();
  if (today instanceof Date) {
    if (!Number.isFinite(today.getTime())) throw new PlanDeckError(localize(text.badToday(String(today)), lang));
    return today;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  if (!date || date.getMonth() !== Number(m![2]) - 1 || date.getDate() !== Number(m![3])) throw new PlanDeckError(localize(text.badToday(today), lang));
  return date;
}

/** The plan period as the title slide gives it: 計画期間 令和3年度〜令和7年度 → 令和8年度まで延長. */
export function periodText(plan: PlanDocument, lang: string): string | undefined {
  const period = plan.plan.period;
  if (!period) return undefined;
  const planLang = plan.plan.lang ?? 'ja';
  const fy = (year: number) => formatFiscalYear(year, lang);
  if (period.originalTo !== undefined && period.originalTo < period.to) {
    return `${localize(text.period(fy(period.from), fy(period.originalTo)), lang)} → ${localize(text.extended(fy(period.to)), lang)}`;
  }
  const label = resolveText(period.label, lang, planLang);
  return label ? localize(text.periodLabel(label), lang) : localize(text.period(fy(period.from), fy(period.to)), lang);
}

class DeckBuilder {
  readonly slides: DeckSlide[] = [];
  readonly px: { width: number; height: number };
  constructor(
    readonly plan: PlanDocument,
    readonly lang: string,
    readonly size: SlideSize,
    readonly figures: DeckFigures,
  ) {
    const emu = SLIDE_SIZES[size];
    this.px = { width: emu.width / EMU_PER_PX, height: emu.height / EMU_PER_PX };
  }

  get planLang(): string {
    return this.plan.plan.lang ?? 'ja';
  }

  t(value: Parameters<typeof resolveText>[0]): string {
    return resolveText(value, this.lang, this.planLang);
  }

  say(message: Message): string {
    return localize(message, this.lang);
  }

  get titleFrame(): PxFrame {
    return { x: MARGIN, y: TITLE_TOP, width: this.px.width - 2 * MARGIN, height: TITLE_HEIGHT };
  }

  get contentFrame(): PxFrame {
    return { x: MARGIN, y: CONTENT_TOP, width: this.px.width - 2 * MARGIN, height: this.px.height - CONTENT_TOP - BOTTOM };
  }

  /** A slide with a title and a scene fitted into the content area (or at the top of it, not enlarged: a timeline page). */
  sceneSlide(title: string, scene: Scene, paint: (p: string) => string, notes: string[], top = false): void {
    const renderer = new SceneRenderer(paint);
    const head = titleShape(renderer.ids, title, this.titleFrame, this.lang, HEADING);
    const c = this.contentFrame;
    const scale = Math.min(c.width / scene.width, c.height / scene.height, top ? 1 : Infinity);
    const frame = top ? { ...c, height: scene.height * scale } : c;
    this.slides.push({ name: title, shapes: head + renderer.render(scene, emuFrame(frame), scale * EMU_PER_PX), notes });
  }

  /** 計画期間: the period bar across the slide, and under it the period and its extension in words. */
  periodSlide(today: Date): void {
    const period = this.plan.plan.period;
    if (!period) return;
    const title = this.say(overviewMessages.period);
    const c = this.contentFrame;
    const year = today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear();
    const scene = periodFigure(period, { lang: this.lang, today: year, title: this.t(this.plan.plan.title), width: c.width });
    const scale = Math.min(c.width / scene.width, (c.height * 0.5) / scene.height);
    const bar: PxFrame = { x: c.x, y: c.y + 12, width: c.width, height: scene.height * scale };
    const renderer = new SceneRenderer((paint) => resolvePaint(paint, overviewTheme));
    let shapes = titleShape(renderer.ids, title, this.titleFrame, this.lang, HEADING) + renderer.render(scene, emuFrame(bar), scale * EMU_PER_PX);
    const words = [periodText(this.plan, this.lang) ?? '', scene.description].filter(Boolean);
    const body: PxFrame = { x: c.x, y: bar.y + bar.height + 36, width: c.width, height: c.y + c.height - (bar.y + bar.height + 36) };
    const size = [28, 24, 20, 16].find((px) => words.reduce((h, w, i) => h + paragraphHeight({ text: w, bold: i === 0 }, body.width, px, this.lang), 0) <= body.height) ?? 16;
    shapes += bodyShape(
      renderer.ids,
      words.map((w, i) => ({ text: w, bold: i === 0 })),
      body,
      size,
      this.lang,
      DECK_COLORS.text,
    );
    this.slides.push({ name: title, shapes, notes: [title, ...words] });
  }

  /** 計画の位置づけ: the laws and plans above, the related plans beside, the partner's below. */
  relationsSlide(): void {
    if (!this.plan.relatedPlans?.length) return;
    const title = this.say(overviewMessages.relations);
    const scene = relationsFigure(this.plan, { lang: this.lang, frame: this.contentFrame });
    this.sceneSlide(title, scene, (paint) => resolvePaint(paint, overviewTheme), [title, scene.description]);
  }

  /** 国の動向 (or the plan's other events): oldest first, planned ones marked, over as many slides as it takes. */
  timelineSlides(): void {
    if (!this.plan.timeline?.length) return;
    const name = timelineTitle(this.plan, this.lang);
    const pages = timelinePages(this.plan, { lang: this.lang, frame: this.contentFrame, continued: this.say(text.continued) });
    pages.forEach(({ scene }, i) => {
      const title = pages.length > 1 ? `${name}${this.say(text.page(i + 1, pages.length))}` : name;
      this.sceneSlide(title, scene, (paint) => resolvePaint(paint, overviewTheme), [title, ...scene.description.split('\n')], true);
    });
  }

  /** Slides of paragraphs under one title, as many as the text needs. */
  textSlides(title: string, paragraphs: BodyParagraph[], lead: BodyParagraph[] = [], notesLead: string[] = []): void {
    const c = this.contentFrame;
    const pages = paginate([...lead, ...paragraphs], c.width, c.height, BODY_SIZE, this.lang);
    pages.forEach((page, i) => {
      const renderer = new SceneRenderer(() => '#000000');
      const name = i === 0 ? title : `${title}${this.say(text.continued)}`;
      const shapes = titleShape(renderer.ids, name, this.titleFrame, this.lang, HEADING) + bodyShape(renderer.ids, page, c, BODY_SIZE, this.lang, DECK_COLORS.text);
      this.slides.push({ name, shapes, notes: [name, ...(i === 0 ? notesLead : []), ...page.map((p) => p.text)] });
    });
  }

  titleSlide(): void {
    const renderer = new SceneRenderer(() => '#000000');
    const { width, height } = this.px;
    const title = this.t(this.plan.plan.title);
    const frame = { x: MARGIN * 1.5, y: height * 0.22, width: width - 3 * MARGIN, height: 150 };
    let shapes = titleShape(renderer.ids, title, frame, this.lang, HEADING, [56, 48, 44, 40, 36, 32, 28], 'ctr');
    const lines: BodyParagraph[] = [];
    const municipality = this.t(this.plan.plan.municipality);
    if (municipality) lines.push({ text: municipality, size: 32, align: 'ctr', bold: true });
    const period = periodText(this.plan, this.lang);
    if (period) lines.push({ text: period, size: 28, align: 'ctr' });
    const updated = this.plan.plan.updated;
    if (updated) lines.push({ text: updated, size: 20, align: 'ctr', color: MUTED });
    const body = { x: MARGIN * 1.5, y: frame.y + frame.height + 24, width: width - 3 * MARGIN, height: height - (frame.y + frame.height + 24) - BOTTOM };
    shapes += bodyShape(renderer.ids, lines, body, 28, this.lang, DECK_COLORS.text, 'Subtitle');
    this.slides.push({ name: title, shapes, notes: [title, ...lines.map((l) => l.text)] });
  }

  treeSlides(): void {
    const goals = this.plan.goals;
    const treeTitle = this.say(text.tree);
    const tree = this.figures.tree;
    if (tree) {
      const figure = tree(this.plan, { lang: this.lang, frame: this.contentFrame });
      this.sceneSlide(treeTitle, figure.scene, figure.paint, [treeTitle, figure.scene.title, figure.scene.description]);
      // Each goal's branch, over as many slides as keep its measure titles readable (READABLE_PT).
      const drawn = new WeakMap<PlanDocument, Map<string, DeckFigure>>();
      const draw = (plan: PlanDocument, node: string): DeckFigure => {
        let byNode = drawn.get(plan);
        if (!byNode) drawn.set(plan, (byNode = new Map()));
        let branch = byNode.get(node);
        if (!branch) byNode.set(node, (branch = tree(plan, { lang: this.lang, frame: this.contentFrame, node })));
        return branch;
      };
      const points = (plan: PlanDocument, node: string) => titlePoints(draw(plan, node).scene, this.contentFrame);
      // Each end of a branch takes at least a line of title: at 14 pt (18.7 px) and a line height of 1.25 at the least.
      const maxLeaves = Math.floor(this.contentFrame.height / (((READABLE_PT * 96) / 72) * 1.25));
      for (const goal of goals) {
        const name = [this.t(goal.label), this.t(goal.title)].filter(Boolean).join(' ');
        const parts = splitBranch(this.plan, goal, points, READABLE_PT, maxLeaves);
        parts.forEach((part, i) => {
          const title = parts.length > 1 ? `${name}${this.say(text.page(i + 1, parts.length))}` : name;
          const branch = draw(part.plan, part.node);
          const notes = [title, branch.scene.title, branch.scene.description];
          if (part.small) notes.push(this.say(text.smallBranch(Math.floor(titlePoints(branch.scene, this.contentFrame)))));
          this.sceneSlide(title, branch.scene, branch.paint, notes);
        });
      }
      return;
    }
    // Until the 体系図's scene exists: the structure as an outline, one slide per goal.
    const outline = (node: PlanNode, depth: number): BodyParagraph[] => [
      { text: `${'　'.repeat(depth)}${[this.t(node.label), this.t(node.title)].filter(Boolean).join(' ')}`, bullet: depth > 0, bold: depth === 0 },
      ...(node.children ?? []).flatMap((child) => outline(child, depth + 1)),
    ];
    this.textSlides(
      treeTitle,
      goals.map((g) => ({ text: [this.t(g.label), this.t(g.title)].filter(Boolean).join(' '), bullet: true })),
      [{ text: this.t(this.plan.vision.text), bold: true }],
    );
    for (const goal of goals) this.textSlides([this.t(goal.label), this.t(goal.title)].filter(Boolean).join(' '), outline(goal, 0).slice(1));
  }

  collaborationSlide(): void {
    const collaboration = this.plan.collaboration;
    if (!collaboration) return;
    const title = this.t(collaboration.title) ? `${this.say(text.collaboration)}：${this.t(collaboration.title)}` : this.say(text.collaboration);
    if (this.figures.collaboration) {
      const figure = this.figures.collaboration(this.plan, { lang: this.lang, frame: this.contentFrame });
      this.sceneSlide(title, figure.scene, figure.paint, [title, figure.scene.title, figure.scene.description]);
      return;
    }
    const actors = collaboration.actors.map((a) => this.t(a.label)).join('・');
    const keywords = (collaboration.keywords ?? []).map((k) => this.t(k.text)).join('、');
    this.textSlides(title, [{ text: this.t(collaboration.center), bold: true }, { text: actors, bullet: true }, ...(keywords ? [{ text: keywords, bullet: true }] : [])]);
  }

  indicatorSlides(today: Date): void {
    const selection = selectIndicators(this.plan);
    if (selection.kind !== 'groups') return;
    const grades = gradeScale(this.plan, this.lang);
    for (const group of selection.groups) {
      const goalName = group.goal ? [this.t(group.goal.label), this.t(group.goal.title)].filter(Boolean).join(' ') : this.say(text.noGoal);
      const progress = group.indicators.map((indicator) => indicatorProgress(indicator, this.plan, today, this.lang));
      const counts = grades.map((g) => ({ grade: g, n: progress.filter((p) => p.grade.key === g.key).length })).filter((c) => c.n > 0);
      const countLine = `${this.say(text.indicatorCount(progress.length))}　${counts.map((c) => this.say(text.count(c.grade.label, c.n))).join('　')}`;
      const chunks: IndicatorProgress[][] = [];
      for (let i = 0; i < progress.length; i += 6) chunks.push(progress.slice(i, i + 6));
      chunks.forEach((chunk, i) => {
        const page = chunks.length > 1 ? this.say(text.page(i + 1, chunks.length)) : '';
        const title = `${this.say(text.indicators)}：${goalName}${page}`;
        if (this.figures.indicators) {
          const figure = this.figures.indicators(
            this.plan,
            chunk.map((p) => p.indicator),
            { lang: this.lang, frame: this.contentFrame, today, counts: countLine },
          );
          this.sceneSlide(title, figure.scene, figure.paint, [title, countLine, figure.scene.description]);
          return;
        }
        const sentences = chunk.map((p) => describeIndicator(p, this.lang, this.planLang).sentence);
        this.slides.push(...this.textSlidesOf(title, [{ text: countLine, bold: true }, ...sentences.map((s) => ({ text: s, bullet: true, size: 20 }))]));
      });
    }
  }

  textSlidesOf(title: string, paragraphs: BodyParagraph[]): DeckSlide[] {
    const before = this.slides.length;
    this.textSlides(title, paragraphs);
    return this.slides.splice(before);
  }

  sectionSlides(): void {
    for (const section of this.plan.sections ?? []) {
      this.textSlides(
        this.t(section.title),
        section.items.map((item) => ({ text: this.t(item), bullet: true })),
      );
    }
  }
}

/** Indicators of another document, with its grades, in place of the plan's. */
export function withIndicators(plan: PlanDocument, other: PlanDocument): PlanDocument {
  const merged: PlanDocument = { ...plan };
  if (other.indicators) merged.indicators = other.indicators as Indicator[];
  else delete merged.indicators;
  if (other.evaluation) merged.evaluation = other.evaluation;
  else delete merged.evaluation;
  return merged;
}

/**
 * The plan as a PowerPoint deck (.pptx bytes): native, editable shapes and text, fonts named in
 * the theme (Japanese text in an East Asian typeface, `lang="ja-JP"`), each slide's text
 * alternative in its notes. Throws a {@link PlanDeckError} (every problem, with its JSON Pointer,
 * in the deck's language) when the plan or the indicators document is not valid.
 */
export function planDeck(plan: unknown, options: PlanDeckOptions = {}, figures: DeckFigures = deckFigures): Uint8Array {
  const guessLang = options.lang ?? (typeof plan === 'object' && plan !== null ? ((plan as { plan?: { lang?: unknown } }).plan?.lang as string | undefined) : undefined) ?? 'ja';
  const size = options.size ?? '16:9';
  if (!Object.hasOwn(SLIDE_SIZES, size)) throw new PlanDeckError(localize(text.badSize(String(size)), guessLang));
  let document = checked(plan, text.plan, guessLang);
  const lang = options.lang ?? document.plan.lang ?? 'ja';
  if (options.indicators !== undefined) {
    document = checked(withIndicators(document, checked(options.indicators, text.indicatorsDoc, lang)), text.plan, lang);
  }
  const today = parseToday(options.today, lang);
  const deck = new DeckBuilder(document, lang, size, figures);
  deck.titleSlide();
  deck.periodSlide(today);
  deck.relationsSlide();
  deck.timelineSlides();
  deck.treeSlides();
  deck.collaborationSlide();
  deck.indicatorSlides(today);
  deck.sectionSlides();
  return writeDeckPackage(deck.slides, {
    size,
    title: resolveText(document.plan.title, lang, document.plan.lang ?? 'ja'),
    lang: lang === 'ja' ? 'ja-JP' : lang === 'en' ? 'en-US' : lang,
    fonts: { ...DEFAULT_FONTS, ...options.fonts },
    colors: DECK_COLORS,
  });
}
