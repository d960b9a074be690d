/**
 * The HTML a city's web officer pastes into a CMS page: the script tag and one element, with the
 * plan either inline or as a `src` file next to the page.
 */
import type { PlanDocument } from '../src/schema/index.js';

export type FigureTag = 'plan-tree' | 'plan-collaboration' | 'plan-indicators' | 'plan-overview';

export interface SnippetOptions {
  tag: FigureTag;
  /** `inline` writes the JSON into the page; `src` names a JSON file next to it. */
  mode: 'inline' | 'src';
  /** The JSON file's name for `src`. */
  fileName: string;
  lang: string;
  /** The script's URL (default `plan-viz.iife.js`, next to the page). */
  script?: string;
}

/**
 * The plan as JSON that is safe inside `<script type="application/json">`: the HTML parser
 * ends the script at the first `</script`, and `<!--` can hide that end, so neither may appear.
 * `<\/` and `\u003c` are plain JSON escapes: JSON.parse gives the same text back.
 */
export function inlineJson(plan: PlanDocument): string {
  // `$schema` is for editors of a file; in a page it names nothing.
  const { $schema: _schema, ...document } = plan as PlanDocument & { $schema?: string };
  return JSON.stringify(document, null, 2).replaceAll('<!--', '\\u003c!--').replaceAll('</', '<\\/');
}

const attribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedSnippet(plan: PlanDocument, options: SnippetOptions): string {
  const script = `<script src="${attribute(options.script ?? 'plan-viz.iife.js')}"></script>`;
  const lang = ` lang="${attribute(options.lang)}"`;
  if (options.mode === 'src') {
    return `${script}\n<${options.tag}${lang} src="${attribute(options.fileName || 'plan.json')}"></${options.tag}>\n`;
  }
  const json = inlineJson(plan)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${script}\n<${options.tag}${lang}>\n  <script type="application/json">\n${json}\n  </script>\n</${options.tag}>\n`;
}

/** A file name made of the plan's id (already restricted to a-z, 0-9 and hyphens by the schema). */
export function fileBase(plan: PlanDocument): string {
  return plan.plan.id || 'plan';
}
