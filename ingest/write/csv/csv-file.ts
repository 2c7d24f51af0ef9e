/**
 * ⑤ write (bulk first load): rows of one kind (kinds.ts) → one CSV file with its typed header, for
 * `neo4j-admin database import`. Generic: the kind says the label or type, the key and the typed
 * properties. A node value the importer cannot express (encode.ts) is left out of the file and kept
 * as a fixup, set with Cypher after the import (fixups.ts).
 */
import { BufferedFile } from './buffered-file.js';
import { type Encoded, encodeField } from './encode.js';
import type { CsvProps, CsvType, NodeKind, RelKind } from './kinds.js';

/** One node property to set after the import, found by the node's label and key. */
export interface PropertyFixup {
  label: string;
  key: string;
  keyValue: string;
  property: string;
  type: CsvType;
  value: unknown;
}

type AnyKind<R> = NodeKind<R, CsvProps> | RelKind<R, CsvProps>;

const isNode = <R>(kind: AnyKind<R>): kind is NodeKind<R, CsvProps> => 'label' in kind;

export function csvHeader(kind: AnyKind<never>): string {
  const props = Object.entries(kind.props);
  if (isNode(kind))
    return props.map(([name, type]) => (name === kind.key ? `${name}:ID(${kind.label})` : `${name}:${type}`)).join(',');
  return [`:START_ID(${kind.from[0]})`, `:END_ID(${kind.to[0]})`, ...props.map(([n, t]) => `${n}:${t}`)].join(',');
}

export class CsvFile<R> {
  rows = 0;
  /** The node label or relationship type. */
  readonly name: string;
  /** List properties some row had empty: set to [] on every node of the label that lacks them. */
  readonly emptyLists = new Set<string>();
  readonly fixups: PropertyFixup[] = [];
  private readonly file: BufferedFile;
  private readonly columns: [string, CsvType][];

  constructor(
    readonly path: string,
    private readonly kind: AnyKind<R>,
  ) {
    this.columns = Object.entries(kind.props);
    this.name = isNode(kind) ? kind.label : kind.type;
    this.file = new BufferedFile(path);
    this.file.write(`${csvHeader(kind as AnyKind<never>)}\n`);
  }

  /** The importer option that reads this file: --nodes=Label=path or --relationships=TYPE=path. */
  importOption(): string {
    const kind = this.kind;
    return isNode(kind) ? `--nodes=${kind.label}=${this.path}` : `--relationships=${kind.type}=${this.path}`;
  }

  write(row: R): void {
    const kind = this.kind;
    const values = kind.values(row) as Record<string, unknown>;
    const fields: string[] = isNode(kind) ? [] : [quoteId(kind.from[1](row)), quoteId(kind.to[1](row))];
    const label = this.name;
    for (const [name, type] of this.columns) {
      const encoded: Encoded = encodeField(type, values[name], `${label}.${name}`);
      if ('field' in encoded) {
        fields.push(encoded.field);
        continue;
      }
      fields.push('');
      if (!isNode(kind))
        throw new Error(`${label}.${name}: a relationship property the import cannot express (${encoded.unwritable})`);
      if (encoded.unwritable === 'empty-list') this.emptyLists.add(name);
      else
        this.fixups.push({
          label,
          key: kind.key,
          keyValue: String(values[kind.key]),
          property: name,
          type,
          value: values[name],
        });
    }
    this.rows++;
    this.file.write(`${fields.join(',')}\n`);
  }

  close(): void {
    this.file.close();
  }
}

const quoteId = (id: string) => `"${id.replaceAll('"', '""')}"`;
