// ESLint flat config: typescript-eslint's recommended rules, `_` marks unused, and the layering as
// written law (no-restricted-imports; STYLE.md):
//   cli/       the shell: may import server/, ingest/, db/, contract/
//   server/    the API: may import contract/, db/, and from ingest/ only the model and the graph schema
//   ingest/    the pipeline: may import contract/, db/; its stages import only the model and earlier stages
//   db/        the managed database: imports nothing of ours
//   contract/  the API contract, a leaf: imports nothing of ours (zod only)
//   web/       the explorer: may import contract/ only (types and values)
//   demo/      the demo mailbox generator: imports nothing of ours
// None of the shipped folders imports demo/, tools/ or test/; tools/ and test/ may import anything.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const rule = '@typescript-eslint/no-restricted-imports';
const restrict = (files, ...patterns) => ({ files, rules: { [rule]: ['error', { patterns }] } });
const deny = (group, message) => ({ group, message });

const DEV = deny(
  ['**/demo/**', '**/tools/**', '**/test/**'],
  'shipped code never imports the demo generator, the tools or the tests (the demo mailbox path: cli/demo-mailbox.ts)',
);
const INGEST = deny(
  ['**/server/**', '**/cli/**', '**/web/**'],
  'ingest/ is the pipeline the shell calls: it imports only itself, contract/ and db/ (cli/ calls it, server/ reads its graph)',
);
const STAGE = 'stages import only ingest/model.ts and earlier stages (STYLE.md)';
const stage = (files, later) => restrict(files, DEV, INGEST, deny(later, STAGE));
const SERVER = deny(['**/cli/**', '**/web/**'], 'the server is called by the shell (cli/), never the other way round');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.leakgraph/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  restrict(['ingest/**'], DEV, INGEST),
  stage(['ingest/read/**'], ['**/parse/*', '**/extract/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/parse/**'], ['**/read/*', '**/extract/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/extract/**'], ['**/read/*', '**/batch/*', '**/write/*', '**/pipeline*']),
  stage(['ingest/batch/**'], ['**/read/*', '**/write/*', '**/pipeline*', 'neo4j-driver']),
  restrict(
    ['ingest/write/**'],
    DEV,
    INGEST,
    deny(['**/read/*', '**/parse/*', '**/pipeline*', '**/entity-pass*'], STAGE),
    deny(
      ['**/batch/build-batch*'],
      'the writer is handed built batches (the pipeline calls batch/); write/ takes only the graph schema from it',
    ),
  ),
  restrict(
    ['db/**'],
    DEV,
    deny(
      ['**/ingest/**', '**/server/**', '**/cli/**', '**/web/**', '**/contract/**'],
      'db/ manages the database and imports nothing of ours',
    ),
  ),
  restrict(
    ['server/**'],
    DEV,
    SERVER,
    deny(
      ['**/ingest/*', '**/ingest/**', '!**/ingest/model*', '!**/ingest/batch/graph-schema*'],
      'the server takes only ingest/model.ts and ingest/batch/graph-schema.ts from the ingest (STYLE.md)',
    ),
  ),
  // The one door from the server into the readers: re-reading a copy's original bytes for /raw,
  // the HTML view and story bundles. Everything else in server/ stays out of ingest/.
  restrict(['server/db/raw-source.ts'], DEV, SERVER),
  restrict(
    ['cli/**'],
    DEV,
    deny(['**/web/**'], 'the shell serves the built explorer (dist/web); it imports none of its code'),
  ),
  restrict(
    ['contract/**'],
    deny(['../**'], 'contract/ is a leaf shared by server and web: it imports only zod and its own files'),
  ),
  restrict(
    ['web/src/**'],
    DEV,
    deny(
      ['**/server/**', '**/ingest/**', '**/db/**', '**/cli/**'],
      'the web app imports only the API contract (contract/), never server code',
    ),
  ),
  restrict(
    ['demo/**'],
    deny(
      [
        '**/ingest/**',
        '**/server/**',
        '**/cli/**',
        '**/web/**',
        '**/db/**',
        '**/contract/**',
        '**/tools/**',
        '**/test/**',
      ],
      'the demo generator imports nothing of ours, so no change to the product changes the demo bytes',
    ),
  ),
);
