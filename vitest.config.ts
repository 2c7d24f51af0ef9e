/**
 * Tests run one file at a time: integration files share the test Neo4j and wipe it in beforeAll.
 * The global setup starts that Neo4j (its own folder and port, never the analyst's) if needed.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
