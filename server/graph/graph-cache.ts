/**
 * The last few /api/graph answers, as serialised JSON, each tagged with the database version it
 * was read at. The version is the bookmark Neo4j gives a read transaction: it names the last
 * transaction committed, so it changes with any write (an ingest, a merge of persons, a
 * verification) and an answer is reused only while nothing at all has changed since it was made.
 * A large who-talked-to-whom graph takes hundreds of milliseconds to read; the explorer asks for
 * the same one on every load and after every export. A read already under way is shared, so the
 * server's warm-up at start and the browser's first request do the work once.
 */
import neo4j, { type Driver } from 'neo4j-driver';

// Answers kept, and their total size: a 5,000-person overview of the ×4 Enron benchmark is
// 13.5 MB of graphology JSON, 1.4 MB in the explorer's compact form.
export const MAX_CACHED_GRAPHS = 4;
export const MAX_CACHED_BYTES = 64 * 1024 * 1024;

interface Entry {
  version: string;
  json: string;
}

export class GraphCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly driver: Driver) {}

  /** The database's version now: read it BEFORE reading the graph, so a write during the read invalidates. */
  async version(): Promise<string> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
      return session.lastBookmarks().join(' ');
    } finally {
      await session.close();
    }
  }

  get(key: string, version: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version || version === '') return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  /** The answer for `key` at the database's current version: kept, being read, or read now by `load`. */
  async getOrLoad(key: string, load: () => Promise<string>): Promise<{ json: string; hit: boolean }> {
    const version = await this.version();
    const kept = this.get(key, version);
    if (kept !== undefined) return { json: kept, hit: true };
    const slot = `${version}\n${key}`;
    let reading = this.pending.get(slot);
    if (!reading) {
      reading = load().then((json) => {
        this.set(key, version, json);
        return json;
      });
      this.pending.set(slot, reading);
      const forget = () => this.pending.delete(slot);
      reading.then(forget, forget);
    }
    return { json: await reading, hit: false };
  }

  set(key: string, version: string, json: string): void {
    if (version === '' || json.length > MAX_CACHED_BYTES) return;
    this.entries.delete(key);
    this.entries.set(key, { version, json });
    let bytes = [...this.entries.values()].reduce((sum, e) => sum + e.json.length, 0);
    for (const [k, e] of this.entries) {
      if (this.entries.size <= MAX_CACHED_GRAPHS && bytes <= MAX_CACHED_BYTES) break;
      this.entries.delete(k);
      bytes -= e.json.length;
    }
  }
}
