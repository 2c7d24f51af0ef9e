/**
 * A gazetteer kept from run to run (the resident extractor, issue 13): given each run's
 * correspondents, it changes only the entries of the people who are new, gone or written differently,
 * instead of building the whole table again. Between two ingests of a few mails that is a handful of
 * people out of tens of thousands.
 *
 * The table it holds answers every lookup as buildGazetteer's of the same correspondents would: the
 * same keys, each with the same ids (their order may differ; the matcher reads only how many there
 * are and, when one, which).
 */
import type { Correspondent } from '../types.js';
import {
  type Gazetteer,
  addVariant,
  correspondentKeys,
  emptyGazetteer,
  noteHead,
  sameCorrespondent,
} from './build-gazetteer.js';

interface Entry {
  /** The correspondents it was built from (one, unless the id came twice): compared to see whether it changed. */
  spellings: Correspondent[];
  keys: string[];
}

// Compared field by field: tens of thousands of people per run, nearly all unchanged.
const sameSpellings = (a: Correspondent[], b: Correspondent[]) =>
  a.length === b.length && a.every((c, i) => sameCorrespondent(c, b[i]!));

export class LiveGazetteer {
  readonly table: Gazetteer = emptyGazetteer();
  private readonly entries = new Map<string, Entry>();

  /** Makes the table that of `correspondents`; returns how many ids it changed. */
  update(correspondents: Iterable<Correspondent>): number {
    // An id given twice (not expected: one per person) keeps every spelling, as buildGazetteer does.
    const byId = new Map<string, Correspondent[]>();
    for (const correspondent of correspondents) {
      const same = byId.get(correspondent.id);
      if (same) same.push(correspondent);
      else byId.set(correspondent.id, [correspondent]);
    }
    let changed = 0;
    let removed = false;
    for (const [id, entry] of this.entries) {
      if (byId.has(id)) continue;
      this.remove(id, entry);
      removed = true;
      changed++;
    }
    for (const [id, spellings] of byId) {
      const entry = this.entries.get(id);
      if (entry && sameSpellings(entry.spellings, spellings)) continue;
      if (entry) {
        this.remove(id, entry);
        removed = true;
      }
      const keys = new Set<string>();
      for (const correspondent of spellings) for (const key of correspondentKeys(correspondent)) keys.add(key);
      for (const key of keys) addVariant(this.table, key, id);
      this.entries.set(id, { spellings, keys: [...keys] });
      changed++;
    }
    if (removed) this.recountHeads();
    return changed;
  }

  private remove(id: string, entry: Entry): void {
    for (const key of entry.keys) {
      const ids = this.table.variants[key];
      if (!ids) continue;
      const at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1);
      if (ids.length === 0) delete this.table.variants[key];
    }
    this.entries.delete(id);
  }

  // A head's word count is the longest variant it starts: after a removal it may be shorter, or gone.
  private recountHeads(): void {
    const heads = this.table.heads;
    for (const head of Object.keys(heads)) delete heads[head];
    for (const key of Object.keys(this.table.variants)) noteHead(this.table, key);
  }
}
