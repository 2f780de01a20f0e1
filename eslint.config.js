// ESLint flat config, run by `npm run lint` (part of `npm test`).
//
// - JS: @eslint/js recommended.
// - TS: typescript-eslint recommendedTypeChecked (type-aware, through tsconfig.json's project service);
//   JS files get the same rules without type information.
// - Lit templates: eslint-plugin-lit recommended (+ lifecycle-super) and eslint-plugin-lit-a11y recommended.
// - Custom elements: eslint-plugin-wc best-practice (a superset of its recommended set).
// - eslint-disable comments: each needs a reason after `--`, and an unused one is an error.
//
// Rules turned off or loosened carry a one-line reason next to them.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in the browser (components, demo pages, browser tests). */
const browserFiles = ['src/**', 'demo/**', 'test/browser/**'];
/** Code that runs in Node (build scripts, bench driver, node tests, the CLI, tool configs). */
const nodeFiles = ['scripts/**', 'bench/**', 'test/node/**', 'test/fixtures/**', 'src/cli/**', 'bin/**', '*.config.*'];
/** Files that hold Lit templates or custom elements. */
const elementFiles = ['src/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'coverage/**', 'src/model/generated/**', '**/*.d.mts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  comments.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      // node:test's test()/describe() return promises that the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      // A leading underscore marks a deliberately unused name (omitted key, stub parameter, drained loop).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // Scripts, bench and fixtures are plain JS outside tsconfig.json: lint them without type information.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: browserFiles, languageOptions: { globals: globals.browser } },
  { files: nodeFiles, languageOptions: { globals: globals.node } },
  // The bench driver hands functions to Playwright's page.evaluate(), which run in the page.
  { files: ['bench/measure-case.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: elementFiles, ...lit.configs['flat/recommended'] },
  { files: elementFiles, ...litA11y.configs.recommended },
  {
    files: elementFiles,
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    files: elementFiles,
    rules: {
      'lit/lifecycle-super': 'error',
      // LitElement always defines connectedCallback/disconnectedCallback, so an unguarded super call is safe.
      'wc/guard-super-call': 'off',
      // Lit attaches the shadow root itself (createRenderRoot), not the element's constructor.
      'wc/attach-shadow-constructor': 'off',
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      // Lit calls @event listeners in templates with `this` bound to the host, so `@click=${this.clear}` is safe.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/components/editor/*-dialog.ts', 'test/browser/components/editor/controllers.test.ts'],
    rules: {
      // A modal <dialog> opened with showModal() focuses its [autofocus] control: the initial focus WAI-ARIA asks for.
      'lit-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['test/browser/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
