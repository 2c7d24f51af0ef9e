/**
 * ⑤ write, document signals (issue 12): what the cross-document step (ingest/document-signals.ts)
 * reads from and writes to the graph — the documents whose signals are due (Document.signalsPending),
 * their editors' links, the neighbours a change reaches, the facts the judgement needs, the results
 * and the messages' roll-up.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import type { CopyPlace, NamedCopy } from '../extract/document-signals/file-copies.js';

/** signalsPending values: due for themselves (their editor links are judged again), or as a neighbour. */
export const ORIGIN_MARKS = ['read', 'placed', 'stale', 'renamed'];
export const DUE_MARKS = ['linked', 'neighbour'];

async function read<T>(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(loadCypher(name), params, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as T);
}

async function write(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<void> {
  await driver.executeQuery(loadCypher(name), params);
}

export async function countReadDocuments(driver: Driver): Promise<number> {
  const [row] = await read<{ read: number | { toNumber(): number } }>(driver, 'read/document-signals-read-count');
  return typeof row?.read === 'number' ? row.read : (row?.read.toNumber() ?? 0);
}

// The version of the judgement (extract/document-signals/): documents judged by another are judged again.
export const SIGNALS_VERSION = 1;

export const markStale = (driver: Driver) =>
  write(driver, 'write/document-signals-mark-stale', { version: neo4j.int(SIGNALS_VERSION) });

/** A name as last judged, from its METADATA_PERSON links. */
export interface StoredEditorName {
  raw: string;
  address: string | null;
  alias: string | null;
  correspondents: number | null;
  foreign: string[] | null;
  generic: boolean | null;
  /** Its person no longer uses the address it was linked by. */
  moved: boolean;
}

export const readEditorNames = (driver: Driver) => read<StoredEditorName>(driver, 'read/document-signals-editor-names');

export async function markNames(driver: Driver, raws: string[]): Promise<void> {
  if (raws.length) await write(driver, 'write/document-signals-mark-names', { raws });
}

export interface OriginRow {
  sha256: string;
  author: string | null;
  lastModifiedBy: string | null;
  names: string[];
}

export const readOrigins = (driver: Driver, after: string, limit: number) =>
  read<OriginRow>(driver, 'read/document-signals-origins', { origins: ORIGIN_MARKS, after, limit: neo4j.int(limit) });

/** Marks the other documents of these documents' editors (by their links now) and of these names. */
export async function markNeighbours(driver: Driver, shas: string[], names: string[]): Promise<void> {
  if (shas.length || names.length) await write(driver, 'write/document-signals-mark-neighbours', { shas, names });
}

export interface EditorLinkRow {
  sha256: string;
  links: {
    field: string;
    raw: string;
    editor: boolean;
    scripts: string[];
    correspondents: number;
    foreign: string[];
    generic: boolean;
    address: string | null;
    alias: string | null;
  }[];
}

export async function writeEditorLinks(driver: Driver, rows: EditorLinkRow[]): Promise<void> {
  if (rows.length)
    await write(driver, 'write/document-signals-link-editors', {
      rows: rows.map((r) => ({
        ...r,
        links: r.links.map((l) => ({ ...l, correspondents: neo4j.int(l.correspondents) })),
      })),
    });
}

export interface StoredLink {
  field: string;
  raw: string;
  editor: boolean;
  scripts: string[];
  correspondents: number;
  foreign: string[];
  generic: boolean;
  person: string | null;
  alias: string | null;
}

export interface FactsRow {
  sha256: string;
  modified: number | null;
  anomaliesJson: string | null;
  editors: StoredLink[];
  firstSent: { date: number; message: string } | null;
  names: string[];
}

const toNumber = (v: unknown): number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber();

export async function readFacts(driver: Driver, after: string, limit: number): Promise<FactsRow[]> {
  const rows = await read<FactsRow>(driver, 'read/document-signals-facts', {
    due: DUE_MARKS,
    after,
    limit: neo4j.int(limit),
  });
  return rows.map((r) => ({
    ...r,
    modified: toNumber(r.modified),
    editors: r.editors.map((e) => ({ ...e, correspondents: toNumber(e.correspondents) ?? 0 })),
    firstSent: r.firstSent ? { date: toNumber(r.firstSent.date)!, message: r.firstSent.message } : null,
  }));
}

/** Per editor ('person:<id>' / 'alias:<name>'), its documents with a modification date. */
export async function readEditorDocuments(
  driver: Driver,
  persons: string[],
  aliases: string[],
): Promise<Map<string, { sha256: string; modified: number; created: number | null }[]>> {
  const out = new Map<string, { sha256: string; modified: number; created: number | null }[]>();
  if (!persons.length && !aliases.length) return out;
  const rows = await read<{ editor: string; documents: { sha256: string; modified: unknown; created: unknown }[] }>(
    driver,
    'read/document-signals-editor-documents',
    { persons, aliases },
  );
  for (const r of rows)
    out.set(
      r.editor,
      r.documents.map((d) => ({ sha256: d.sha256, modified: toNumber(d.modified)!, created: toNumber(d.created) })),
    );
  return out;
}

/** Per name, every content found under it and where (an attachment, a loose file, an archive entry). */
export async function readSameName(driver: Driver, names: string[]): Promise<Map<string, NamedCopy[]>> {
  if (!names.length) return new Map();
  const rows = await read<{ name: string; copies: { sha256: string; place: CopyPlace }[] }>(
    driver,
    'read/document-signals-same-name',
    { names },
  );
  return new Map(
    rows.map((r) => [
      r.name,
      r.copies.map((c) => ({
        sha256: c.sha256,
        places: [c.place.kind === 'attachment' ? { ...c.place, part: toNumber(c.place.part) } : c.place],
      })),
    ]),
  );
}

export interface SignalResultRow {
  sha256: string;
  anomalyKinds: string[];
  anomaliesJson: string;
  anomalyCount: number;
}

/** The documents' anomalies, then the roll-up on the messages carrying them. */
export async function writeSignalResults(driver: Driver, rows: SignalResultRow[]): Promise<void> {
  if (!rows.length) return;
  await write(driver, 'write/document-signals-results', {
    version: neo4j.int(SIGNALS_VERSION),
    rows: rows.map((r) => ({ ...r, anomalyCount: neo4j.int(r.anomalyCount) })),
  });
  await write(driver, 'write/document-signals-rollup', { shas: rows.map((r) => r.sha256) });
}

export const deleteOrphanAliases = (driver: Driver) => write(driver, 'write/document-signals-orphan-aliases');
