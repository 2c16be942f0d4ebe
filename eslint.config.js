import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // No raw HTML from data, anywhere: text goes through React or textContent.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Set textContent, never raw HTML.',
        },
      ],
    },
  },
  {
    // The page loads no zod: API bodies are checked in a worker (src/api/check-off-thread.ts).
    // Page code takes types from the schemas, and lists of values from src/api/vocabulary.ts.
    // Exempt: the checking code itself, the mocked API, briefing notes (loaded with briefing
    // mode), build scripts and tests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/api/schemas.ts',
      'src/api/zod.ts',
      'src/api/check.ts',
      'src/api/check-worker.ts',
      'src/api/*json-schema.ts',
      'src/mocks/**',
      'src/features/briefing/notes-store.ts',
      'src/test/**',
      '**/*.test.{ts,tsx}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        ...['zod', '@/api/zod', '@/api/schemas', '@/api/check'].map((name) => ({
          name,
          allowTypeImports: true,
          message: 'Schemas run in the checking worker: import types only (values from @/api/vocabulary).',
        })),
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
