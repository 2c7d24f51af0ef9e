/**
 * `leakgraph show <id>`: one message as the graph has it (headers, every copy's provenance,
 * attachments, thread, verification), or with --raw its original bytes, read again from the source
 * and checked against the SHA-256 recorded at ingest.
 */
import type { Command } from 'commander';
import neo4j from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { connectDatabase } from '../../db/ensure.js';
import { indexKey } from '../../db/index-key.js';
import { type StoredCopy, copySource } from '../../ingest/batch/graph-schema.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { positiveInt } from '../options.js';
import { printBody, printJson, printLine, say } from '../output.js';

interface ShowOptions {
  raw?: boolean;
  copy: number;
  json?: boolean;
}

type Row = Record<string, unknown> & { copies: (StoredCopy & { sha256: string })[] };

function printMessage(m: Row): void {
  const out = printLine;
  const recipients = m.recipients as { role: string; email: string; name: string | null }[];
  const person = (name: unknown, email: unknown) => (name ? `${String(name)} <${String(email)}>` : String(email));
  out(
    `Message  ${String(m.id)}${m.status ? `  [${String(m.status)}${m.conflict ? ', conflicting copies' : ''}]` : ''}`,
  );
  if (m.statusReason) out(`         ${String(m.statusReason)}`);
  out(`Date:    ${String(m.date ?? `(unreadable: ${String(m.dateRaw ?? 'none')})`)}`);
  out(`From:    ${m.fromEmail ? person(m.fromName, m.fromEmail) : '(none)'}`);
  for (const role of ['TO', 'CC', 'BCC']) {
    const list = recipients.filter((r) => r.role === role);
    if (list.length)
      out(
        `${role[0] + role.slice(1).toLowerCase()}:${' '.repeat(8 - role.length)}${list.map((r) => person(r.name, r.email)).join(', ')}`,
      );
  }
  out(`Subject: ${String(m.subject)}`);
  out(
    `Message-ID: ${String(m.messageId ?? '(none)')}   thread ${String(m.threadId)}${m.parentId ? `, reply to ${String(m.parentId)}` : ''}, ${String(m.replies)} replies`,
  );
  const attachments = m.attachments as { name: string; contentType: string; size: number; sha256: string }[];
  for (const a of attachments)
    out(`Attachment: ${a.name || '(unnamed)'} (${a.contentType}, ${a.size} bytes, sha256 ${a.sha256})`);
  out(`Copies (${m.copies.length}):`);
  m.copies.forEach((c, i) => {
    const where =
      [c.path, ...((c.entries as string[]) ?? [])].join(' » ') + (c.position ? ` #${String(c.position)}` : '');
    out(
      `  [${i + 1}] ${String(c.mailbox ?? '')}${c.folder ? `/${String(c.folder)}` : ''}  ${where}  sha256 ${c.sha256}`,
    );
  });
  out('');
  printBody(String(m.body ?? ''));
}

export function registerShowCommand(program: Command): void {
  program
    .command('show')
    .description('print one message with its provenance, or its original bytes (--raw)')
    .argument('<id>', 'message id (from the graph) or a Message-ID')
    .option('--raw', 'write the original bytes of one copy to stdout, read again from its source')
    .option('--copy <n>', 'which copy for --raw (see the list of copies)', positiveInt, 1)
    .option('--json', 'print the message as JSON')
    .action(async (ref: string, opts: ShowOptions) => {
      const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true });
      try {
        const { records } = await driver.executeQuery(
          loadCypher('read/message-lookup'),
          // Copies hold a Message-ID's index key (the value itself unless longer than 1 KB).
          { ref: indexKey(ref.trim().replace(/^<|>$/g, '')) },
          { routing: neo4j.routing.READ },
        );
        if (records.length === 0) throw new Error(`${ref}: no message with that id or Message-ID in the graph`);
        if (records.length > 1 && !opts.json)
          say(`${records.length} messages claim ${ref} (conflicting copies); showing each.`);
        const rows = records.map((r) => r.toObject() as Row);
        if (opts.raw) {
          const copy = rows[0]!.copies[opts.copy - 1];
          if (!copy) throw new Error(`--copy ${opts.copy}: the message has ${rows[0]!.copies.length} copies`);
          // The original bytes are leak content as it is: never onto a terminal, only into a file or a pipe.
          if (process.stdout.isTTY)
            throw new Error(
              `--raw writes the original bytes, which may hold terminal escape sequences: redirect it, e.g. leakgraph show --raw ${ref} > message.eml`,
            );
          const bytes = await readCopyBytes(copySource(copy), { sha256: copy.sha256 });
          process.stdout.write(bytes);
          return;
        }
        if (opts.json) printJson(rows.length === 1 ? rows[0] : rows);
        else rows.forEach(printMessage);
      } finally {
        await driver.close();
      }
    });
}
