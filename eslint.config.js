// ESLint for the whole workspace: typescript-eslint's recommended rules, and the type-aware ones
// that would have caught what reviews found by eye (a promise nobody awaits, a switch that misses
// a new status, a variable left behind). Formatting is Prettier's (`pnpm lint` runs both).
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.astro/**',
      '**/.data/**',
      '**/.tmp/**',
      '**/test-results/**',
      // Generated: Payload's types, admin routes and import map, and its migrations.
      'shared/src/payload-types.ts',
      'cms/src/app/(payload)/**',
      'cms/src/migrations/**',
      'cms/next-env.d.ts',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'cms/next.config.mjs',
            'cms/src/lib/import/worker.mjs',
            'cms/scripts/lib/typescript-hooks.mjs',
            'site/public/font-size.js',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      // Chinese text is full of full-width spaces (U+3000), and the importer matches them on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
      // Input checks match control characters on purpose, to refuse or strip them.
      'no-control-regex': 'off',
    },
  },
  {
    // The few scripts that run in the reader's browser.
    files: ['site/src/scripts/**', 'site/public/**', 'cms/src/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
