/**
 * ⑤ write (bulk first load): GraphBatch after GraphBatch → the CSV files of the whole load, with one
 * Message per distinct message however many batches bring copies of it.
 *
 * Each batch is split by message into records spilled to disk (spill.ts); only the first record of a
 * message carries its body, so the memory held across the load is small per message: the ids seen,
 * and the few corpus-wide tables (addresses, their Exchange aliases, attachment hashes, DKIM keys,
 * failure keys). finish() reduces the partitions one by one (reduce.ts) and writes those tables.
 * The result is the graph the transactional path writes when every copy is in one batch.
 */
import type { AddressRow, AliasRow, GraphBatch } from '../../batch/graph-schema.js';
import type { CsvGraph } from './csv-graph.js';
import type { DkimKeyNode } from './kinds.js';
import type { MessageRecord } from './message-record.js';
import { reducePartition } from './reduce.js';
import type { Spill } from './spill.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class FirstLoadCollector {
  private readonly seen = new Set<string>();
  private readonly addresses = new Map<string, AddressRow>();
  private readonly aliases = new Map<string, AliasRow>();
  private readonly attachments = new Set<string>();
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

  /** Adds one batch; returns how many of its messages are new to the load. */
  add(batch: GraphBatch): number {
    const before = this.seen.size;
    const records = new Map<string, MessageRecord>();
    const record = (id: string) => {
      const r = records.get(id);
      if (!r) throw new Error(`bulk load: a row names message ${id}, which its batch does not hold`);
      return r;
    };
    for (const m of batch.messages) {
      const first = !this.seen.has(m.id);
      if (first) this.seen.add(m.id);
      records.set(m.id, {
        id: m.id,
        ...(first && { message: m }),
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
    // Sorted by hash, stably: the first row of a hash is its first copy, whose size and type the node keeps.
    for (const a of batch.attachments) {
      record(a.message).attachments.push([a.sha256, a.name, a.inline]);
      if (this.attachments.has(a.sha256)) continue;
      this.attachments.add(a.sha256);
      this.out.nodes.attachment.write({ sha256: a.sha256, size: a.size, contentType: a.contentType });
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
    return this.seen.size - before;
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
        nodes.address.write({ email: a.alias, kind: 'exchange', domain: '', dirty: null });
      }
      rels.sameAs.write(a);
    }
    for (const k of this.keys.values()) nodes.dkimKey.write(k);
    for (const kind of signalKinds) nodes.signal.write({ kind });
    this.out.close();
  }
}
