// Lint of the sources, tests and scripts (`npm run lint`; `npm test` runs it first). Type-aware rules are left out
// to keep the run short: `tsc` checks types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The precompiled schema validators are ajv's generated code (scripts/build-validator.mjs), not written by hand.
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'cdktf.out/**', 'coverage/**', 'modules/model/schema-validator.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Escaping and stripping control characters is what those patterns are for.
      'no-control-regex': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Functions in modules/ and stacks/ stay short enough to read at once (blank lines and comments count).
    files: ['modules/**/*.ts', 'stacks/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
);
