// ESLint flat config: typescript-eslint's recommended rules, `_` marks unused, and the layout
// rules from the style guide: a stage imports only the model and earlier stages, the server
// takes only the model and graph schema from the ingest, the web app only types from the server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const stage = (files, forbidden) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: 'stages import only ingest/model.ts and earlier stages (STYLE.md)' })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.leakgraph/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  stage(['ingest/read/**'], ['**/parse/*', '**/extract/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/parse/**'], ['**/read/*', '**/extract/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/extract/**'], ['**/read/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/batch/**'], ['**/read/*', '**/write/*', '**/pipeline*', 'neo4j-driver']),
  {
    files: ['server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest/*', '**/ingest/**', '!**/ingest/model*', '!**/ingest/batch/graph-schema*'],
              message: 'the server takes only ingest/model.ts and ingest/batch/graph-schema.ts from the ingest (STYLE.md)',
            },
          ],
        },
      ],
    },
  },
  {
    // The one door from the server into the readers: re-reading a copy's original bytes for /raw,
    // the HTML view and story bundles. Everything else in server/ stays out of ingest/.
    files: ['server/db/raw-source.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['web/src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/ingest/**', '**/db/**'], allowTypeImports: true, message: 'the web app imports only types from the server' }] },
      ],
    },
  },
);
