/**
 * Plan document, version 1: the public contract.
 *
 * These types are the source of truth; `schema/plan.schema.json` is generated from them
 * (`npm run schema`) and a test fails when the committed file is stale. Key names are fixed:
 * other municipalities' files are written against them.
 */

/**
 * A BCP 47 language tag such as `ja`, `en`, `zh-Hant`.
 * @pattern ^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$
 */
export type LanguageTag = string;

/**
 * Text in one language, or in several: `"見守り"` or `{ "ja": "見守り", "en": "Community watch" }`.
 * A component shows the entry for its own `lang`, falling back to `plan.lang`, then to the first entry.
 */
export type Text = string | LocalizedText;

/**
 * Text by language tag.
 * @minProperties 1
 */
export interface LocalizedText {
  [lang: LanguageTag]: string;
}

/**
 * A fiscal year as a Western integer (令和3年度 = 2021).
 * @asType integer
 * @minimum 1000
 * @maximum 9999
 */
export type FiscalYear = number;

/** The top level of a plan document. */
export interface PlanDocument {
  /** Lets editors validate the file, e.g. `https://plan-viz.example/schema/plan.schema.json`. */
  $schema?: string;
  /**
   * The contract's major version.
   */
  schemaVersion: 1;
  /** What the plan is. */
  plan: Plan;
  /** Names of the levels under the vision, e.g. `["基本目標", "施策"]`. */
  levels?: Text[];
  /** The root of the diagram (基本理念). */
  vision: Vision;
  /**
   * The hierarchy under the vision (基本目標 → 施策 → …).
   * @minItems 1
   */
  goals: PlanNode[];
  /** Measured targets (成果指標). */
  indicators?: Indicator[];
  /** Who works together (個人・地域・行政 …). */
  collaboration?: Collaboration;
  /** The plan's other headed lists (計画の推進, 策定のポイント, 国の動向 …). */
  sections?: Section[];
  /** How an indicator's progress is graded. */
  evaluation?: Evaluation;
  /** Where the plan stands: its legal basis, the plans above and beside it, partners' plans (計画の位置づけ). Added in 1.1. */
  relatedPlans?: RelatedPlan[];
  /** Dated events around the plan (国の動向, 県の動向, 市の経緯). Added in 1.1. */
  timeline?: TimelineEvent[];
}

/** What the plan is. */
export interface Plan {
  /**
   * A stable identifier: lower-case letters, digits and hyphens.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  /** The plan's title, e.g. いわき市地域福祉計画. */
  title: Text;
  /** The municipality, e.g. いわき市. */
  municipality?: Text;
  /** The plan period in fiscal years. */
  period?: Period;
  /** The plan's own language (BCP 47); default `ja`. */
  lang?: LanguageTag;
  /**
   * Where the plan is published.
   * @format uri
   */
  source?: string;
  /**
   * When this document was last updated (ISO 8601 date).
   * @format date
   */
  updated?: string;
  /** Editorial notes, e.g. an extension of the period. */
  notes?: Text[];
}

/** A plan period in fiscal years, `from` ≤ `to`. */
export interface Period {
  from: FiscalYear;
  to: FiscalYear;
  /**
   * The last year as first decided, when the period was extended (Iwaki: `to` 2026,
   * `originalTo` 2025): drawn as an extension, never hidden. `from` ≤ `originalTo` < `to`. Added in 1.1.
   */
  originalTo?: FiscalYear;
  /** How the period is written, e.g. 令和3年度〜令和8年度. */
  label?: Text;
}

/** The root of the diagram (基本理念). */
export interface Vision {
  /** The heading, e.g. 基本理念. */
  label?: Text;
  /** The vision itself. */
  text: Text;
}

/** A goal, a measure, a project: a node at any level under the vision. */
export interface PlanNode {
  /**
   * Unique across the document, e.g. `"1"`, `"1-1"`, `"2-1-3"`.
   * @minLength 1
   */
  id: string;
  /** The numbering shown, e.g. 基本目標１, 施策 1-1. */
  label?: Text;
  /** The name. */
  title: Text;
  /** Longer text, shown on focus and hover and in the text alternative. */
  description?: Text;
  /** A band among its siblings, e.g. 〈人づくり〉. */
  group?: Text;
  /** The title is not fixed or not published yet: drawn as such, never hidden. */
  pending?: boolean;
  /**
   * The Sustainable Development Goals the node contributes to, 1–17, without repeats. Added in 1.1.
   * @uniqueItems true
   */
  sdgs?: SdgNumber[];
  /** The next level down, to any depth. */
  children?: PlanNode[];
}

/** Which way is better for an indicator. */
export type Direction = 'increase' | 'decrease' | 'maintain';

/** A measured target (成果指標). */
export interface Indicator {
  /** @minLength 1 */
  id: string;
  /** e.g. 自殺死亡率. */
  name: Text;
  /** e.g. `%`, `人`, `人口10万対`. */
  unit?: Text;
  /** The id of the node it measures. */
  node?: string;
  /** Which way is better. */
  direction: Direction;
  /** 基準値. */
  baseline: Observation;
  /** 目標値. */
  target: Observation;
  /** 現状値 / 実績値; absent means not measured yet. */
  current?: Observation;
  /** Earlier measurements, oldest first. */
  history?: Observation[];
  /** The gauge's range when baseline..target is not the right one. */
  scale?: Scale;
  /** Interim targets (中間目標値) between baseline and target, by year, oldest first. Added in 1.1. */
  milestones?: Observation[];
  /** Where the figure comes from, e.g. 市民意識調査. Added in 1.1. */
  source?: Text;
}

/** One measurement. */
export interface Observation {
  /** A finite number. */
  value: number;
  /** The fiscal year it refers to. */
  year?: FiscalYear;
  /**
   * The date it refers to (ISO 8601).
   * @format date
   */
  date?: string;
  note?: Text;
}

/** A gauge's range. */
export interface Scale {
  min: number;
  max: number;
}

/** How an indicator's progress is graded. */
export interface Evaluation {
  /**
   * Each grade applies from its `min` progress ratio upward (highest first).
   * @minItems 1
   */
  grades: Grade[];
  /**
   * Grade the progress ratio against the final target (`target`) or against the value expected
   * for the current value's year on the way from the baseline through the milestones to the
   * target (`expected`, the default when `grades` is absent). Added in 1.1.
   */
  basis?: EvaluationBasis;
}

/** What a progress ratio is graded against. */
export type EvaluationBasis = 'target' | 'expected';

/** One grade of an evaluation. */
export interface Grade {
  label: Text;
  /** The lowest progress ratio (1 = target reached) at which this grade applies. */
  min: number;
  /** A CSS colour for the grade. */
  color?: string;
  /** What a table shows for the grade, e.g. `S`, `A`, `◎`, `○`, `△`, `×`. Added in 1.1. */
  symbol?: string;
}

/** Who works together, drawn as overlapping circles. */
export interface Collaboration {
  /** e.g. 地域福祉の実現. */
  title?: Text;
  /** What the actors do together, e.g. 協働. */
  center: Text;
  /**
   * The actors, 2 to 6.
   * @minItems 2
   * @maxItems 6
   */
  actors: Actor[];
  /** Issues placed around the actors or in the overlaps of the named actors. */
  keywords?: Keyword[];
  /** Labels of an outer ring, e.g. 社会, 地域, 暮らし. */
  ring?: Text[];
}

/** One actor of the collaboration figure. */
export interface Actor {
  /** @minLength 1 */
  id: string;
  label: Text;
  description?: Text;
}

/** An issue keyword of the collaboration figure. */
export interface Keyword {
  text: Text;
  /** Ids of the actors whose shared region holds the keyword; none places it outside. */
  actors?: string[];
  /** The id of a node the keyword links to. */
  node?: string;
}

/** One of the plan's other headed lists. */
export interface Section {
  /** @minLength 1 */
  id: string;
  title: Text;
  items: Text[];
}

/**
 * One of the 17 Sustainable Development Goals.
 * @asType integer
 * @minimum 1
 * @maximum 17
 */
export type SdgNumber = number;

/** How a related plan stands to this one. */
export type PlanRelation = 'basis' | 'upper' | 'related' | 'partner';

/**
 * A plan, law or charter the plan stands with (計画の位置づけ). `basis` is a law or ordinance the
 * plan rests on (社会福祉法第107条); `upper` a plan or charter above it (総合計画); `related` an
 * individual plan it links across (市高齢者保健福祉計画 …); `partner` a partner's plan worked out
 * together (社会福祉協議会の地域福祉活動計画). Added in 1.1.
 */
export interface RelatedPlan {
  /**
   * Unique among the related plans.
   * @minLength 1
   */
  id: string;
  title: Text;
  relation: PlanRelation;
  /** The field it covers, e.g. 高齢者施策分野. */
  field?: Text;
  /** Who makes it, when not the municipality, e.g. 市社会福祉協議会. */
  owner?: Text;
  period?: Period;
  /** @format uri */
  url?: string;
  note?: Text;
}

/**
 * A calendar date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @pattern ^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$
 */
export type PartialDate = string;

/** A dated event around the plan (国の動向 …). Added in 1.1. */
export interface TimelineEvent {
  date: PartialDate;
  title: Text;
  items?: Text[];
  /** Whose event it is. */
  scope?: 'national' | 'prefecture' | 'local';
  /** Announced, not yet in force (施行予定). */
  planned?: boolean;
}
