import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'src/generated/',
      'coverage/',
      '.tmp/',
      'bench/results*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Strict CSP blocks inline style attributes: never bind style="${…}" in a template.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/\\sstyle=[\"']?[^\"'>]*$/]",
          message:
            'No style="${…}" bindings (blocked by a strict CSP). Use classes, styleMap or CSSOM.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      '.puppeteerrc.cjs',
      'scripts/**/*.mjs',
      'bin/**/*.mjs',
      'bench/**/*.mjs',
      'test/embed/**/*.mjs',
      'test/node/**/*.mjs',
      '*.config.mjs',
      '*.config.js',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser code: framework pages bundled by the embed tests (test/embed/helpers/npm-app.mjs), and functions the embed tests
    // and benchmarks run in the page.
    files: ['test/embed/**/*.{mjs,tsx}', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
