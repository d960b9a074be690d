/** What a command of the `plan-viz` tool reads and writes: the real process (node.ts), or a test double. */
import type { PlanDocument } from '../schema/types.js';

export interface CliIO {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  /** Writes a binary file whole or not at all (node.ts: a temporary file beside it, then renamed); `deck`, `import`, `export` and `template` need it. */
  writeBytes?(path: string, data: Uint8Array): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
  env: Record<string, string | undefined>;
  /** A file's bytes (workbooks); `import`, `export` and `template` need it. */
  readBytes?(path: string): Promise<Uint8Array>;
  /** The names of the files in a folder, or `undefined` when `path` is not a folder. */
  listFolder?(path: string): Promise<string[] | undefined>;
  /** Draws a view of a valid plan as a standalone SVG string (node.ts gives it; without it `render` says it cannot draw here). */
  renderSvg?: SvgRenderer;
}

/** Renders a view of a valid plan to a standalone SVG string. */
export type SvgRenderer = (plan: PlanDocument, options: RenderOptions) => Promise<string> | string;

/** What to draw: the view, its language (default the plan's), one indicator, the date progress is judged at. */
export interface RenderOptions {
  view: string;
  lang?: string;
  indicator?: string;
  today?: string;
  /** The width of the element on screen (CSS px) that the drawing is laid out for (the indicators' grid columns). */
  width?: number;
  /** The tree's options, as the element's attributes `orientation`, `vision-writing`, `max-lines`. */
  orientation?: 'horizontal' | 'vertical';
  visionWriting?: 'horizontal' | 'vertical';
  maxLines?: number;
  /** The file's colours: light (default, as printed) or dark. */
  colorScheme?: 'light' | 'dark';
  /** The indicators' gauges as the elements' `variant`: arcs (default) or bars. */
  variant?: 'arc' | 'bar';
}

/** A command of the tool: its arguments after the command's name; resolves to the exit code. */
export type CommandRun = (args: string[], io: CliIO) => Promise<number>;
