/**
 * Vitest global setup: the test suite's own Neo4j. Started here when it is not running (and then
 * stopped at the end); `.ci/run` starts it beforehand so its start-up is visible in the CI log.
 * It is never the analyst's database: own folder (.leakgraph/test-neo4j), own port (17688).
 */
import type { TestProject } from 'vitest/node';

import { instanceConnection } from '../../db/connection.js';
import { testInstance } from '../../db/instance.js';
import { instanceStatus, startInstance, stopInstance } from '../../db/server.js';

export default async function setup(project: TestProject) {
  const instance = testInstance();
  const before = await instanceStatus(instance);
  if (!before.answering) await startInstance(instance, (line) => console.log(`[test-db] ${line}`));
  const c = instanceConnection(instance);
  project.provide('neo4j', { uri: c.uri, user: c.user, password: c.password });
  return async () => {
    if (!before.running) await stopInstance(instance);
  };
}
