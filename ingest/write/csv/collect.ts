/**
 * ⑤ write (bulk first load): GraphBatch after GraphBatch → the CSV files of the whole load, with one
 * Message per distinct message however many batches bring copies of it.
 *
 * Each batch is split by message into records spilled to disk (spill.ts); only the first record of a
 * message carries its body, so the memory held across the load is small per message: the ids seen,
 * (with the smallest copy key), and the few corpus-wide tables (addresses, their Exchange aliases,
 * documents, the files of loose documents, DKIM keys, failure keys). finish() reduces the partitions one by one (reduce.ts) and writes those tables.
 * The result is the graph the transactional path writes when every copy is in one batch.
 */
import type { AddressRow, AliasRow, GraphBatch, LooseDocumentRow } from '../../batch/graph-schema.js';
import type { CsvGraph } from './csv-graph.js';
import type { DkimKeyNode, DocumentNode } from './kinds.js';
import type { MessageRecord } from './message-record.js';
import { reducePartition } from './reduce.js';
import type { Spill } from './spill.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const OCTET_STREAM = 'application/octet-stream';

/**
 * A document met again, as create-attachments.cypher and merge-loose-documents.cypher keep it: the
 * smallest non-empty name, the smallest content type that says more than octet-stream.
 */
function meetDocument(known: DocumentNode, row: Pick<DocumentNode, 'name' | 'contentType'>): void {
  if (row.name !== '' && (known.name === '' || row.name < known.name)) known.name = row.name;
  if (row.contentType !== OCTET_STREAM && (known.contentType === OCTET_STREAM || row.contentType < known.contentType))
    known.contentType = row.contentType;
}

export class FirstLoadCollector {
  /** Message id → the smallest copy key spilled with its properties. */
  private readonly seen = new Map<string, string>();
  private readonly addresses = new Map<string, AddressRow>();
  private readonly aliases = new Map<string, AliasRow>();
  private readonly documents = new Map<string, DocumentNode>();
  private readonly files = new Map<string, LooseDocumentRow>();
  private readonly keys = new Map<string, DkimKeyNode>();
  private readonly failures = new Set<string>();

  /** `run`: the ingest run's id, and the time its failures are recorded at (ISO 8601). */
  constructor(
    private readonly out: CsvGraph,
    private readonly spill: Spill<MessageRecord>,
    private readonly run: { run: string; at: string },
  ) {}

  /** Distinct messages so far. */
  get messages(): number {
    return this.seen.size;
  }

  /** Adds one batch; returns how many of its messages are new to the load, and their attachments. */
  add(batch: GraphBatch): { created: number; attachments: number } {
    const before = this.seen.size;
    const fresh = new Set<string>();
    const records = new Map<string, MessageRecord>();
    const record = (id: string) => {
      const r = records.get(id);
      if (!r) throw new Error(`bulk load: a row names message ${id}, which its batch does not hold`);
      return r;
    };
    for (const m of batch.messages) {
      const known = this.seen.get(m.id);
      const smallest = known === undefined || m.copy < known;
      if (known === undefined) fresh.add(m.id);
      if (smallest) this.seen.set(m.id, m.copy);
      records.set(m.id, {
        id: m.id,
        ...(smallest && { message: m }),
        messageId: m.messageId,
        copies: [],
        roles: { sent: [], to: [], cc: [], bcc: [] },
        attachments: [],
        signatures: [],
      });
    }
    const messageOfCopy = new Map<string, string>();
    for (const c of batch.copies) {
      record(c.message).copies.push(c);
      messageOfCopy.set(c.key, c.message);
    }
    for (const role of ['sent', 'to', 'cc', 'bcc'] as const)
      for (const r of batch[role]) record(r.message).roles[role].push([r.email, r.name]);
    // build-batch gives the attachments of the copy the message row comes from: kept with that row.
    for (const a of batch.attachments) {
      const r = record(a.message);
      if (r.message) r.attachments.push([a.sha256, a.name, a.inline, a.part]);
      this.meet(a);
    }
    for (const d of batch.documents) {
      this.meet(d);
      if (!this.files.has(d.file.key)) this.files.set(d.file.key, d);
    }
    for (const { message, signals, ...found } of batch.signals)
      record(message).signals = { ...found, flagged: signals.map((f): [string, string] => [f.kind, f.note]) };
    for (const s of batch.dkim.signatures) record(messageOfCopy.get(s.copy) ?? `(copy ${s.copy})`).signatures.push(s);
    for (const { source, ...key } of batch.dkim.keys) {
      const known = this.keys.get(key.id);
      if (!known) this.keys.set(key.id, { ...key, sources: [source] });
      else if (!known.sources.includes(source)) known.sources.push(source);
    }
    for (const a of batch.addresses) if (!this.addresses.has(a.email)) this.addresses.set(a.email, a);
    for (const a of batch.aliases) {
      const key = `${a.email}\u0000${a.alias}`;
      const known = this.aliases.get(key);
      if (!known || a.message < known.message) this.aliases.set(key, a);
    }
    for (const f of batch.failures) {
      if (this.failures.has(f.key)) continue;
      this.failures.add(f.key);
      this.out.nodes.failure.write({ ...f, ...this.run });
    }
    for (const r of records.values()) this.spill.append(r.id, r);
    return {
      created: this.seen.size - before,
      attachments: batch.attachments.filter((a) => fresh.has(a.message)).length,
    };
  }

  private meet(row: DocumentNode): void {
    const known = this.documents.get(row.sha256);
    if (known) meetDocument(known, row);
    else
      this.documents.set(row.sha256, {
        sha256: row.sha256,
        size: row.size,
        contentType: row.contentType,
        name: row.name,
      });
  }

  /** Reduces the spilled messages and writes the corpus-wide rows; the CSV files are complete after it. */
  finish(onPartition: (done: number, total: number) => void = () => {}): void {
    this.spill.close();
    const keyIds = new Set(this.keys.keys());
    const signalKinds = new Set<string>();
    for (let p = 0; p < this.spill.partitions; p++) {
      reducePartition(this.spill.read(p), this.out, keyIds, signalKinds);
      onPartition(p + 1, this.spill.partitions);
    }
    const { nodes, rels } = this.out;
    // Every address of a first load takes part in a new message: all are marked for the derive step.
    for (const a of this.addresses.values()) nodes.address.write({ ...a, dirty: true });
    // As merge-aliases.cypher, in its row order: an Exchange DN not yet an address becomes one.
    const known = new Set(this.addresses.keys());
    const aliases = [...this.aliases.values()].sort((a, b) => compare(a.email, b.email) || compare(a.alias, b.alias));
    for (const a of aliases) {
      if (!known.has(a.email)) continue;
      if (!known.has(a.alias)) {
        known.add(a.alias);
        // New alias evidence marks both ends dirty (merge-aliases.cypher).
        nodes.address.write({ email: a.alias, kind: 'exchange', domain: '', dirty: true });
      }
      rels.sameAs.write(a);
    }
    for (const d of this.documents.values()) nodes.document.write(d);
    for (const { sha256, name, file } of this.files.values()) {
      nodes.file.write(file);
      rels.foundIn.write({ sha256, name, file: file.key });
    }
    // Sorted, as dkim-merge-keys.cypher keeps them: the order of the runs does not show.
    for (const k of this.keys.values()) nodes.dkimKey.write({ ...k, sources: [...k.sources].sort(compare) });
    for (const kind of signalKinds) nodes.signal.write({ kind });
    this.out.close();
  }
}
