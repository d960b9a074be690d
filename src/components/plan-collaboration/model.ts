// The collaboration figure's data: what its layout gives the element and the file writers
// (public), and what the search passes between its modules (labels, circles, placement, ring).
import type { Box } from '../../geometry/index.js';

/** How to lay out the collaboration figure. */
export interface CollaborationLayoutOptions {
  /** The width of the figure in px (its height follows). Default 720, from 240 to 2400. */
  width?: number;
  /** Font size of the keywords in px; the other labels scale from it. Default 14, from 8 to 48. */
  fontSize?: number;
  /** The language to show bilingual text in. Default: the plan's language. */
  lang?: string;
}

/** A point in figure coordinates (px). */
export interface Point {
  x: number;
  y: number;
}

/** One line of a label: `x` is its centre (or start, see `align`), `y` its middle, `baseline` where its text stands. */
export interface LabelLine {
  text: string;
  x: number;
  y: number;
  /** The alphabetic baseline: draw the text at (`x`, `baseline`), with no `dominant-baseline`. */
  baseline: number;
}

/** A wrapped label and the box it occupies. */
export interface LabelLayout {
  /** The whole text, unwrapped (for accessible names and tooltips). */
  text: string;
  /** The language the text is in, for the `lang` attribute. */
  lang: string | undefined;
  lines: LabelLine[];
  fontSize: number;
  bold: boolean;
  /** How the lines stand on `x`: centred (`text-anchor="middle"`) in the figure, from the start in the key. */
  align: 'middle' | 'start';
  /** The space the label takes, padding included; no two label boxes overlap. */
  box: Box;
  /** True when the text was cut short with an ellipsis. */
  truncated: boolean;
}

/** One actor: a circle and its name. */
export interface ActorLayout {
  id: string;
  /** Position in `collaboration.actors` (colours follow it: actor 1 is `--plan-collaboration-actor-1-color`). */
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** Direction of the circle from the figure centre (0 = 12 o'clock, clockwise). */
  angle: number;
  label: LabelLayout;
  /** True when the name lies in the part of the circle no other circle covers (else on its outline, or in the key). */
  inRegion: boolean;
  /** Present when the name stands in the key under the figure. */
  key?: KeyMark;
}

/** A small numbered circle. */
export interface Badge {
  x: number;
  y: number;
  r: number;
}

/**
 * A label that found no room in its region: its text stands in the key under the figure,
 * after a numbered badge, and the same number marks the region in the figure.
 */
export interface KeyMark {
  number: number;
  /** The badge in the figure, in the label's region; absent when even a badge has no room there. */
  marker?: Badge;
  /** The badge in the key, before the text. */
  badge: Badge;
}

/** One keyword (issue) label. */
export interface KeywordLayout {
  /** Position in `collaboration.keywords`. */
  index: number;
  /** Ids of the actors whose shared region holds it (empty: around the circles). */
  actors: string[];
  /** Id of the node it links to, if any. */
  node?: string;
  label: LabelLayout;
  /** True when the label lies inside every circle of `actors` and outside every other circle. */
  inRegion: boolean;
  /** Present when the label found no room in its region and stands in the key under the figure. */
  key?: KeyMark;
}

/** One segment of the outer ring, drawn as an annulus segment. */
export interface RingSegmentLayout {
  index: number;
  /** Angles in radians, 0 at 12 o'clock, clockwise (d3-shape `arc`). */
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** SVG path of the segment, centred on (0, 0): translate it by the figure centre. */
  path: string;
  label: LabelLayout;
}

/** The collaboration figure as numbers: circles, label boxes and ring segments in px. */
export interface CollaborationLayout {
  width: number;
  height: number;
  /** The centre shared by all circles and the ring. */
  cx: number;
  cy: number;
  title: LabelLayout | undefined;
  center: LabelLayout;
  /**
   * True when the centre label lies in the area all circles share; false when that area has no
   * room for it and it stands in a band of its own above the circles, under the title.
   */
  centerInRegion: boolean;
  actors: ActorLayout[];
  keywords: KeywordLayout[];
  ring: RingSegmentLayout[];
  ringInnerRadius: number;
  ringOuterRadius: number;
  /** The keyword font size used (smaller than asked when the labels did not fit otherwise). */
  fontSize: number;
  /** Indexes of keywords that could not be placed in their region (they stand in the key, numbered). */
  misplaced: number[];
}

/** Line height of every label, in its font sizes. */
export const LINE_HEIGHT = 1.25;

/** One way to wrap a label, and the box (padding included) it then takes. */
export interface Variant {
  /** Font size when it differs from the label's (a long centre label may be set smaller). */
  fontSize?: number;
  lines: string[];
  width: number;
  height: number;
  truncated: boolean;
}

/** A label to place: which region it belongs to and its ways to wrap. */
export interface LabelSpec {
  kind: 'center' | 'actor' | 'keyword';
  /** Index of the actor or keyword. */
  index: number;
  /** Bit i set: inside the circle of the actor at slot i. */
  mask: number;
  text: string;
  lang: string | undefined;
  fontSize: number;
  bold: boolean;
  variants: Variant[];
  /** Written in the key from the start (actor names, when the figure is too small for them). */
  keyed?: boolean;
}

/** A label set in its place (box relative to the figure's centre). */
export interface Placed {
  spec: LabelSpec;
  variant: Variant;
  box: Box;
  inRegion: boolean;
}

/** The circles of one attempt: `n` circles of radius `r`, their centres `d` from the figure's centre (at (0, 0)). */
export interface Geometry {
  n: number;
  d: number;
  r: number;
  /** Circle centres by slot. */
  centres: Point[];
  /** Slot angles. */
  angles: number[];
  /** Labels stay inside this radius (the ring's inner edge). */
  limit: number;
  margin: number;
}
