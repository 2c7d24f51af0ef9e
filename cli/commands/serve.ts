/**
 * `leakgraph serve` (the API and the explorer) and `leakgraph start` (the main job: database,
 * demo mailbox or the given dump when the graph is empty, then serve).
 */
import type { Command } from 'commander';

import { type ReadyDatabase, connectDatabase } from '../../db/ensure.js';
import { residentExtractorPath } from '../../db/paths.js';
import { DEFAULT_PORT } from '../../server/env.js';
import { startServer } from '../../server/index.js';
import { isGraphEmpty } from '../../ingest/pipeline.js';
import { demoMailboxDir } from '../demo-mailbox.js';
import { type ExtractorHost, startExtractorHost } from '../extractor-host.js';
import { identityService } from '../identity-service.js';
import { port } from '../options.js';
import { say } from '../output.js';
import { type PassOptions, addPassOptions } from '../pass-options.js';
import { runIngest } from '../run-ingest.js';

/** Serves until Ctrl-C or SIGTERM, then closes the server and the driver (the database keeps running). */
interface ServeSettings {
  port: number;
  host?: string;
  tlsCert?: string;
  tlsKey?: string;
  insecureHttp?: boolean;
  /** False: no resident extractor (`--no-resident-extractor`). */
  residentExtractor?: boolean;
}

/** The resident extractor (cli/extractor-host.ts), unless another process of this data folder runs one. */
async function startResidentExtractor(): Promise<ExtractorHost | undefined> {
  try {
    const host = await startExtractorHost(residentExtractorPath());
    if (!host) say('A resident extractor already runs for this data folder: ingests use it when it runs this build.');
    return host;
  } catch (error) {
    say(`The resident extractor did not start (${(error as Error).message}): ingests load their own.`);
    return undefined;
  }
}

async function serveUntilStopped({ driver, connection }: ReadyDatabase, settings: ServeSettings): Promise<string> {
  const { residentExtractor, ...serverSettings } = settings;
  const server = await startServer(
    driver,
    { ...serverSettings, ...(process.env.LEAKGRAPH_TOKEN && { token: process.env.LEAKGRAPH_TOKEN }) },
    {
      identities: identityService(driver),
      // The managed database is restarted to end a query Neo4j cannot stop; a user's own is not.
      ...(connection.managed && connection.instance && { managedDatabase: connection.instance }),
    },
  );
  // After the server: one that refused to start leaves nothing running.
  const extractor = residentExtractor === false ? undefined : await startResidentExtractor();
  const shutdown = async () => {
    await extractor?.close();
    await server.close();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return server.url;
}

const NO_RESIDENT = 'do not keep the entity extractor loaded for ingests of new mail (it holds ~200 MB)';

export function registerServeCommands(program: Command): void {
  const start = program
    .command('start')
    .description(
      'the main job: start the database, ingest the demo mailbox (or <path…>) if the graph is empty, serve the explorer',
    )
    .argument('[path...]', 'mail to ingest instead of the demo mailbox')
    .option('--port <n>', 'port to listen on', port, DEFAULT_PORT)
    .option('--no-resident-extractor', NO_RESIDENT);
  addPassOptions(start).action(
    async (paths: string[], opts: PassOptions & { port: number; residentExtractor: boolean }) => {
      const db = await connectDatabase({ autoStart: true, plainNumbers: true, log: say });
      const { driver } = db;
      let url: string;
      try {
        const toIngest = paths.length > 0 ? paths : (await isGraphEmpty(driver)) ? [demoMailboxDir()] : [];
        if (toIngest.length > 0) {
          say(`Ingesting ${toIngest.join(', ')}…`);
          await runIngest(driver, toIngest, opts, {
            ...(db.connection.instance && { instance: db.connection.instance }),
          });
        } else {
          say('The graph already holds mail; not ingesting the demo mailbox (`npm start -- <path>` ingests a dump).');
        }
        url = await serveUntilStopped(db, { port: opts.port, residentExtractor: opts.residentExtractor });
      } catch (error) {
        await driver.close();
        throw error;
      }
      say(
        `\nleakgraph is ready: open ${url}\n(stop with Ctrl-C; the database keeps running until \`npx leakgraph db stop\`)`,
      );
    },
  );

  program
    .command('serve')
    .description('serve the API and the web explorer on 127.0.0.1')
    .option('--port <n>', 'port to listen on', port, DEFAULT_PORT)
    .option(
      '--host <host>',
      'address to listen on; anything but loopback needs LEAKGRAPH_TOKEN and HTTPS (--tls-cert/--tls-key)',
      '127.0.0.1',
    )
    .option('--tls-cert <file>', 'serve HTTPS with this PEM certificate (with --tls-key)')
    .option('--tls-key <file>', 'the PEM private key of --tls-cert')
    .option('--no-resident-extractor', NO_RESIDENT)
    .option(
      '--insecure-http',
      'allow plain HTTP beyond loopback: only behind a reverse proxy that serves HTTPS to the network',
    )
    .action(async (opts: ServeSettings & { host: string }) => {
      const db = await connectDatabase({ autoStart: true, plainNumbers: true, log: say });
      const { driver } = db;
      try {
        const url = await serveUntilStopped(db, opts);
        say(`leakgraph is serving on ${url}`);
        if (process.env.LEAKGRAPH_TOKEN) say(`In a browser, open ${url}login?token=<LEAKGRAPH_TOKEN> once.`);
      } catch (error) {
        await driver.close(); // e.g. refused to bind beyond loopback without a token
        throw error;
      }
    });
}
