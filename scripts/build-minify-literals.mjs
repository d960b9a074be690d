// A Vite plugin that shrinks the static text of Lit's tagged templates at build time:
// css`…` loses comments, the white space around braces, colons, semicolons, commas and child
// combinators, the quotes around identifiers in attribute selectors ([part~='node'] →
// [part~=node]) and the zero before a decimal point (0.75rem → .75rem);
// html`…` and svg`…` have each run of white space that holds a line break folded to one space
// (HTML and SVG draw it the same; no template of this library uses <pre> or white-space: pre).
// Templates are found with the bundler's own parser, so strings, comments and expressions are
// never touched; a file whose templates cannot be located exactly is left as it is.

/** Folds the static text of one template part. */
export function minifyPart(tag, text) {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/ ?> ?/g, '>')
      .replace(/ !important/g, '!important')
      .replace(/\[([\w-]+)([~|^$*]?=)'([A-Za-z_][\w-]*)'\]/g, '[$1$2$3]')
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2');
  }
  return text.replace(/\s*\n\s*/g, ' ');
}

const TAGS = new Set(['css', 'html', 'svg']);

/** Every static part of every css/html/svg tagged template: where its text starts and ends, and the tag. */
export function templateParts(program, code) {
  const parts = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (node.type === 'TaggedTemplateExpression' && node.tag?.type === 'Identifier' && TAGS.has(node.tag.name)) {
      node.quasi.quasis.forEach((quasi, index) => {
        // The element's span includes its delimiters: ` or } before, ` or ${ after.
        const start = quasi.start + 1;
        const end = quasi.end - (quasi.tail ? 1 : 2);
        if (code.slice(start, end) !== quasi.value.raw) return void parts.push(null);
        parts.push({ start, end, tag: node.tag.name, first: index === 0, last: quasi.tail });
      });
    }
    for (const key of Object.keys(node)) if (key !== 'parent' && key !== 'type') walk(node[key]);
  };
  walk(program);
  return parts;
}

/** Applies {@link minifyPart} to the parts found in `code`; undefined when a part could not be located. */
export function minifyTemplates(code, program) {
  const parts = templateParts(program, code);
  if (parts.some((part) => part === null)) return undefined;
  parts.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const { start, end, tag, first, last: tail } of parts) {
    let text = minifyPart(tag, code.slice(start, end));
    // A style sheet's own leading and trailing white space means nothing.
    if (tag === 'css' && first) text = text.trimStart();
    if (tag === 'css' && tail) text = text.trimEnd();
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

/** The Vite plugin: applies to this library's own TypeScript sources. */
export function minifyLiterals() {
  return {
    name: 'plan-viz:minify-lit-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const result = minifyTemplates(code, this.parse(code, { lang: 'ts' }));
      if (result === undefined) this.warn(`${id}: templates left as they are (their positions could not be matched)`);
      return result === undefined || result === code ? null : { code: result, map: null };
    },
  };
}
