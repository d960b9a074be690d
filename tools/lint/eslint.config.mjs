// ESLint over src/ and stories/ (run from the repository root by tools/lint/run.mjs, `npm run lint`).
// Lit's and lit-a11y's recommended rules read the html`` templates (bindings, attributes, ARIA);
// the core rules below catch real bugs the TypeScript compiler lets through. No type-aware rules:
// the parser only reads syntax, so it does not need the project's TypeScript 7.
import tsParser from '@typescript-eslint/parser';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

// lit-a11y's role-supports-aria-attr, less its reports on aria-description: ARIA 1.3 makes it a global
// attribute (Chromium, Firefox and Safari expose it), but the plugin's aria-query predates that.
const base = litA11y.rules['role-supports-aria-attr'];
const roleSupportsAriaAttr = {
  meta: base.meta,
  create(context) {
    const report = (descriptor) => {
      if (!JSON.stringify(descriptor.data ?? {}).includes('aria-description') && !String(descriptor.message ?? '').includes('aria-description')) context.report(descriptor);
    };
    return base.create(Object.create(context, { report: { enumerable: true, value: report } }));
  },
};

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/storybook-static/**', '**/*.d.ts'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    plugins: { 'plan-viz': { rules: { 'role-supports-aria-attr': roleSupportsAriaAttr } } },
    rules: {
      'lit-a11y/role-supports-aria-attr': 'off',
      'plan-viz/role-supports-aria-attr': 'error',
      // Bugs the compiler does not see.
      'no-self-compare': 'error',
      'no-self-assign': 'error',
      'no-constant-binary-expression': 'error',
      'no-constant-condition': ['error', { checkLoops: 'none' }],
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-unsafe-finally': 'error',
      'no-async-promise-executor': 'error',
      'no-promise-executor-return': 'error',
      'no-template-curly-in-string': 'error',
      'no-unused-private-class-members': 'error',
      'no-loss-of-precision': 'error',
      'no-compare-neg-zero': 'error',
      'no-sparse-arrays': 'error',
      'no-unreachable-loop': 'error',
      'no-empty-character-class': 'error',
      'no-misleading-character-class': 'error',
      'no-useless-backreference': 'error',
      'no-cond-assign': ['error', 'except-parens'],
      'use-isnan': 'error',
      'valid-typeof': 'error',
      // Plan text is data: never written as HTML (lit's own no-unsafe-html-ish rules complement this).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Plan text is data: build nodes or use a Lit template, never innerHTML.' },
        { property: 'outerHTML', message: 'Plan text is data: never outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Plan text is data: never insertAdjacentHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: pages with a strict Content-Security-Policy must work.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: pages with a strict Content-Security-Policy must work.' },
      ],
      'lit/no-template-arrow': 'off',
    },
  },
];
