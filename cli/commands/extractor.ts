/**
 * `leakgraph extractor`: keeps the entity extractor loaded for the ingests of this data folder
 * (cli/extractor-host.ts), until Ctrl-C. `serve` and `start` keep one too; this is for an analyst who
 * adds mail often without the explorer open.
 */
import type { Command } from 'commander';

import { residentExtractorPath } from '../../db/paths.js';
import { startExtractorHost } from '../extractor-host.js';
import { say } from '../output.js';

export function registerExtractorCommand(program: Command): void {
  program
    .command('extractor')
    .description(
      'keep the entity extractor loaded, so that ingests of a few new mails skip its start (`serve` and `start` do this too)',
    )
    .action(async () => {
      const path = residentExtractorPath();
      const host = await startExtractorHost(path);
      if (!host) {
        say(`A resident extractor already runs for this data folder (${path}).`);
        return;
      }
      const stop = async () => {
        await host.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      say(`The entity extractor is loaded and waits for ingests at ${path} (stop with Ctrl-C).`);
    });
}
