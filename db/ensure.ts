/**
 * One call for every command that needs the graph: find the database (NEO4J_URI or the managed
 * one), start the managed one if asked to, bring its schema up to date, and hand back a driver.
 */
import type { Driver } from 'neo4j-driver';

import { type Connection, describeConnection, openDriver, ping, resolveConnection } from './connection.js';
import { UnavailableError } from './errors.js';
import { migrate } from './migrate.js';
import { instanceStatus, startInstance } from './server.js';

export interface ReadyDatabase {
  driver: Driver;
  connection: Connection;
}

export async function connectDatabase(options: {
  autoStart: boolean;
  plainNumbers?: boolean;
  log?: (line: string) => void;
}): Promise<ReadyDatabase> {
  const connection = resolveConnection();
  const log = options.log ?? (() => {});
  if (connection.managed && connection.instance) {
    const status = await instanceStatus(connection.instance);
    if (!status.running) {
      if (!options.autoStart)
        throw new UnavailableError('The database is not running: start it with `leakgraph db start`.');
      await startInstance(connection.instance, log);
    } else if (!status.answering) {
      await startInstance(connection.instance, log); // waits for a server that is still starting
    }
  } else {
    await ping(connection);
  }
  const driver = openDriver(resolveConnection(), { plainNumbers: options.plainNumbers ?? false });
  try {
    const { applied, changed } = await migrate(driver);
    if (applied.length) log(`Schema: applied ${applied.join(', ')}`);
    for (const file of changed) log(`Schema: ${file} changed since it was first applied; applied again.`);
  } catch (error) {
    await driver.close();
    throw error;
  }
  log(`Database: ${describeConnection(connection)}${connection.managed ? ' (managed by leakgraph)' : ''}`);
  return { driver, connection };
}
