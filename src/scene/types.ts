/**
 * The drawing model: every figure's pure layout ends in a scene of plain shapes, and each output
 * (the element's DOM, the SVG file, the slide deck) is a small renderer of it, as in
 * vega-scenegraph. No renderer reads another output back.
 *
 * A scene is plain data (no DOM, no CSS, no functions), so it can be built in Node, compared in
 * tests and serialized. Colours, strokes and fonts are named theme tokens (see src/theme/),
 * resolved by each renderer: the DOM renderer as `var(--token, default)`, the SVG string and
 * deck renderers from the theme and the host's own custom properties read once. Plan text is
 * always `SceneText` data, never markup.
 */

/**
 * A colour: a theme token's CSS custom property name (`--plan-tree-goal-1-color`), a literal
 * CSS colour from the plan itself (a grade's `color`, `#rrggbb`), or `none`.
 */
export type Paint = `--${string}` | `#${string}` | 'none';

/** What every shape may carry. */
export interface SceneStyle {
  fill?: Paint;
  stroke?: Paint;
  /** In user units (CSS px at scale 1). */
  strokeWidth?: number;
  /** e.g. `[4, 3]`. */
  dash?: readonly number[];
  opacity?: number;
  /** Opacity of the fill only: a number, or a token whose value is one (`--plan-collaboration-fill-opacity`). */
  fillOpacity?: number | `--${string}`;
  lineCap?: 'butt' | 'round' | 'square';
  lineJoin?: 'miter' | 'round' | 'bevel';
  /**
   * The CSS part / class the DOM renderer gives the shape (`node`, `link`, `track`, `needle`),
   * so that pages can style it; files ignore it.
   */
  part?: string;
}

export interface SceneRect extends SceneStyle {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. */
  r?: number;
}

export interface SceneCircle extends SceneStyle {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface SceneLine extends SceneStyle {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A path in SVG path syntax (d3-shape's output), absolute commands only: M L H V C Q A Z. */
export interface ScenePath extends SceneStyle {
  type: 'path';
  d: string;
}

export interface ScenePolygon extends SceneStyle {
  type: 'polygon';
  points: readonly (readonly [number, number])[];
}

/**
 * One line of text, already wrapped and placed by the layout: `y` is the alphabetic baseline
 * (never `dominant-baseline`: librsvg, LibreOffice and PowerPoint do not honour it).
 */
export interface SceneTextLine {
  text: string;
  x: number;
  y: number;
}

/** A block of text: its lines share font, size, weight, anchor and colour. */
export interface SceneText extends SceneStyle {
  type: 'text';
  lines: readonly SceneTextLine[];
  /** In user units. */
  fontSize: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** 縦書き (`writing-mode: vertical-rl`); `x`/`y` of each line is then its top centre. */
  vertical?: boolean;
  /** Only where it differs from the scene's language. */
  lang?: string;
  /**
   * The box the layout gave the text (the wrapping width and its lines' height): the deck
   * renderer turns it into a text frame, so that a retyped title wraps in the same place.
   */
  box?: { x: number; y: number; width: number; height: number };
}

/** Shapes drawn together, optionally moved, with an accessible role and name for the DOM. */
export interface SceneGroup {
  type: 'group';
  /** Translation of the children. */
  x?: number;
  y?: number;
  /** Scale of the children after the translation (`translate(x y) scale(s)`): a gauge's dial shrunk into a narrow card. */
  scale?: number;
  children: SceneItem[];
  /** Stable id of what the group draws (a node id, an indicator id) for hit testing and selection. */
  key?: string;
  part?: string;
  /** The text alternative of this part of the figure, for the DOM's ARIA and a slide's notes. */
  label?: string;
}

export type SceneItem = SceneRect | SceneCircle | SceneLine | ScenePath | ScenePolygon | SceneText | SceneGroup;

/** One whole figure. */
export interface Scene {
  /** Which element's theme the tokens belong to, e.g. `plan-tree`. */
  theme: string;
  width: number;
  height: number;
  /** The scene's own language (BCP 47). */
  lang: string;
  /** The figure's name and its text alternative (a file's `<title>`/`<desc>`, a slide's notes). */
  title: string;
  description: string;
  /** Background paint of the whole figure, usually a token. */
  background?: Paint;
  items: SceneItem[];
}
