/**
 * `leakgraph db start|stop|status`: the managed Neo4j. With NEO4J_URI set, leakgraph never starts
 * or stops anything and these commands only report on that server.
 */
import type { Command } from 'commander';

import {
  type Connection,
  describeConnection,
  instanceConnection,
  ping,
  resolveConnection,
} from '../../db/connection.js';
import { fetchNeo4j } from '../../db/fetch.js';
import { testInstance } from '../../db/instance.js';
import { STOP_GRACE_MS, instanceStatus, startInstance, stopInstance } from '../../db/server.js';
import { say } from '../output.js';

/** --test picks the test suite's own instance (.leakgraph/test-neo4j, port 17688); CI uses it. */
function target(opts: { test?: boolean }): Connection {
  return opts.test ? instanceConnection(testInstance()) : resolveConnection();
}

export function registerDbCommands(program: Command): void {
  const db = program
    .command('db')
    .description('start, stop or check the Neo4j database leakgraph manages')
    .option('--test', "act on the test suite's own database instead of yours");

  db.command('fetch')
    .description('download the Neo4j server jars from Maven Central (start does this when needed)')
    .action(() => {
      const dir = fetchNeo4j({ log: say });
      say(`Neo4j jars are in ${dir}`);
    });

  db.command('start')
    .description('fetch Neo4j if needed, start it on 127.0.0.1 and wait until it answers')
    .option('--json', 'print the status as JSON')
    .action(async (opts: { json?: boolean }) => {
      const c = target(db.opts());
      if (!c.managed || !c.instance) {
        await ping(c);
        say(`NEO4J_URI is set: using ${describeConnection(c)}; nothing to start.`);
        return;
      }
      const status = await startInstance(c.instance, say);
      if (opts.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else say(`Neo4j is running (pid ${status.pid}) on ${status.boltUri}; data in ${status.dir}`);
    });

  db.command('stop')
    .description(
      `shut the managed Neo4j down: cleanly, or killed if it has not stopped after ${STOP_GRACE_MS / 1000} s`,
    )
    .action(async () => {
      const c = target(db.opts());
      if (!c.managed || !c.instance) {
        say(`NEO4J_URI is set: ${describeConnection(c)} is not managed by leakgraph; nothing to stop.`);
        return;
      }
      const stopped = await stopInstance(c.instance, say);
      say(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
    });

  db.command('status')
    .description('say whether the database is running and answering (exit code 3 when it is not)')
    .option('--json', 'print the status as JSON')
    .action(async (opts: { json?: boolean }) => {
      const c = target(db.opts());
      let status: Record<string, unknown>;
      if (c.managed && c.instance) {
        status = { managed: true, ...(await instanceStatus(c.instance)) };
      } else {
        const answering = await ping(c).then(
          () => true,
          () => false,
        );
        status = { managed: false, running: answering, answering, boltUri: describeConnection(c) };
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else if (status.answering)
        say(`Neo4j is running and answering on ${String(status.boltUri)}${status.pid ? ` (pid ${status.pid})` : ''}.`);
      else if (status.running)
        say(`Neo4j is running (pid ${status.pid}) but not answering yet on ${String(status.boltUri)}.`);
      else say('Neo4j is not running. Start it with `leakgraph db start`.');
      if (!status.answering) process.exitCode = 3;
    });
}
