// ESLint for the whole repository, run from its root by `npm test` (scripts/lint/run.mjs).
// Lives here with its own install because typescript-eslint needs TypeScript < 6.1 and the kit uses 7.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const basePath = new URL('../..', import.meta.url).pathname;

export default tseslint.config(
  {
    basePath,
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.next/**',
      'storybook-static/**',
      'test-results/**',
      'coverage/**',
      'demo/public/**',
      '.storybook/public/**',
    ],
  },
  {
    basePath,
    files: ['**/*.{ts,tsx,js,mjs,mts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals/Parameters) already reports these, with the project's own settings.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    basePath,
    files: ['src/**/*.{ts,tsx}', 'demo/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', 'examples/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.recommended],
  },
);
