/**
 * `leakgraph verify`: DKIM and tamper signals from the command line.
 *
 *   leakgraph verify <file.eml> [--keys <path>]… [--dns]   one message → its verdict as JSON on stdout
 *   leakgraph verify [--rebuild] [--keys <path>]… [--dns]  re-verify the graph after keys were added
 *
 * Keys come from --keys (files or folders, repeatable) and, when it exists, the key folder in
 * LEAKGRAPH_HOME (.leakgraph/keys/). No DNS unless --dns.
 */
import { readFile } from 'node:fs/promises';

import type { Command } from 'commander';

import { connectDatabase } from '../../db/ensure.js';
import { parseMessage } from '../../ingest/parse/parse-message.js';
import { checkCopy } from '../../ingest/extract/dkim/check-copy.js';
import type { KeyStore } from '../../ingest/extract/dkim/key-store.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { reverifyGraph } from '../../ingest/reverify.js';
import { loadCommandKeys } from '../key-paths.js';
import { collect } from '../options.js';
import { say } from '../output.js';
import { terminalText } from '../terminal-text.js';

interface VerifyOptions {
  keys: string[];
  dns?: boolean;
  rebuild?: boolean;
  json?: boolean;
}

/** The verdict for one message file, as printed by `leakgraph verify <file>`. */
export async function verifyFile(path: string, keys: KeyStore, allowDns: boolean) {
  const bytes = await readFile(path);
  const parsed = await parseMessage(bytes);
  const { dkim, signals } = await checkCopy(bytes, parsed, { keys, allowDns });
  return {
    file: path,
    status: dkim.status,
    reason: dkim.reason,
    fromDomain: dkim.fromDomain,
    signatures: dkim.signatures.map(({ keyId, ...s }) => ({
      ...s,
      key: dkim.keys.find((k) => k.id === keyId) ?? null,
    })),
    client: signals.client,
    // Corpus-level signals (unusual timezone or client, conflicts, altered copies) need the graph.
    signals: signals.signals,
  };
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description(
      'check DKIM signatures offline against your archived keys: one message file, or the whole graph after adding keys',
    )
    .argument('[file]', 'a single message (.eml) to verify; prints the verdict as JSON')
    .option(
      '--keys <path>',
      'DNS TXT records of DKIM keys: a JSON map or zone-file lines, file or folder (repeatable)',
      collect,
      [],
    )
    .option('--dns', 'also look keys up in live DNS (tells the signing domains that someone is checking their mail)')
    .option('--rebuild', 'graph: verify every copy again, not only the ones that lacked a key')
    .option('--json', 'graph: print the summary as JSON on stdout')
    .action(async (file: string | undefined, opts: VerifyOptions) => {
      const keys = await loadCommandKeys(opts.keys);
      if (opts.dns)
        say('Live DNS lookups are on: the DNS operators of the signing domains can see which selectors are looked up.');
      if (file) {
        process.stdout.write(`${JSON.stringify(await verifyFile(file, keys, !!opts.dns), null, 2)}\n`);
        return;
      }
      say(`${keys.size} DKIM key(s) in the key store.`);
      const { driver } = await connectDatabase({ autoStart: true, log: say });
      try {
        const summary = await reverifyGraph(driver, readCopyBytes, {
          keys,
          allowDns: !!opts.dns,
          all: !!opts.rebuild,
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(summary)}\n`);
          return;
        }
        say(
          `Verified ${summary.checked} copies: ${summary.verified} verified, ${summary.contradicted} contradicted, ${summary.unverifiable} unverifiable.`,
        );
        for (const u of summary.unreadable.slice(0, 10))
          say(`  not verified: ${terminalText(u.path)}: ${terminalText(u.error)}`);
        if (summary.unreadable.length > 10) say(`  … and ${summary.unreadable.length - 10} more (--json lists all)`);
      } finally {
        await driver.close();
      }
    });
}
