/**
 * ⑤ write (bulk first load): one CSV file per kind of the table (kinds.ts), opened together in one
 * folder, and what the importer and the fixups need from them once written.
 */
import { join } from 'node:path';

import { CsvFile, type PropertyFixup } from './csv-file.js';
import { NODE_KINDS, type NodeKinds, REL_KINDS, type RelKinds, type RowOf } from './kinds.js';

type Files<K> = { [Name in keyof K]: CsvFile<RowOf<K[Name]>> };

export interface EmptyListFixup {
  label: string;
  property: string;
}

export class CsvGraph {
  readonly nodes: Files<NodeKinds>;
  readonly rels: Files<RelKinds>;

  constructor(readonly dir: string) {
    const open = <K extends object>(kinds: K, prefix: string) =>
      Object.fromEntries(
        Object.entries(kinds).map(([name, kind]) => [name, new CsvFile(join(dir, `${prefix}-${name}.csv`), kind)]),
      ) as Files<K>;
    this.nodes = open(NODE_KINDS, 'nodes');
    this.rels = open(REL_KINDS, 'rels');
  }

  private all(): CsvFile<never>[] {
    return [...Object.values(this.nodes), ...Object.values(this.rels)] as CsvFile<never>[];
  }

  close(): void {
    for (const file of this.all()) file.close();
  }

  /** The --nodes and --relationships options of `neo4j-admin database import full`. */
  importOptions(): string[] {
    return this.all().map((f) => f.importOption());
  }

  fixups(): PropertyFixup[] {
    return this.all().flatMap((f) => f.fixups);
  }

  emptyLists(): EmptyListFixup[] {
    return (Object.values(this.nodes) as CsvFile<never>[]).flatMap((f) =>
      [...f.emptyLists].map((property) => ({ label: f.name, property })),
    );
  }

  /** Rows written per label and relationship type. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.all().map((f) => [f.name, f.rows]));
  }
}
