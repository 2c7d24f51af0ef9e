/**
 * Two projects: `unit` (no database: its files run in parallel) and then `integration` (files named
 * *.db.test.ts: they use the test Neo4j, which the global setup starts if needed, on its own folder
 * and port, never the analyst's; one file at a time, as each wipes the shared database first).
 * `npm test` runs both, unit first; `npm run test:unit` and `npm run test:integration` one each.
 */
import { defineConfig } from 'vitest/config';

const DB_TESTS = 'test/**/*.db.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [DB_TESTS], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [DB_TESTS],
          globalSetup: ['test/setup/global-neo4j.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
