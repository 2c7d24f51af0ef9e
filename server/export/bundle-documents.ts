/**
 * The story bundle's documents (issue 12): every document the cited messages carry, once, as its
 * original bytes under documents/<sha256>/<name> (re-read from a message part or loose file by the
 * ingest's documentBytes, which checks the hash), with a manifest row each: its SHA-256 recomputed
 * from the bytes written, the names and messages it came with, its anomalies and the analyst's notes.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import { type TargetNotes, notesText, tagsText } from '../annotations/export-annotations.js';
import { readQuery } from '../db/queries.js';
import type { ReadDocumentBytes } from '../db/raw-source.js';
import { CSV_BOM, csvRow } from './csv.js';
import type { ZipStream } from './zip-stream.js';

// Documents and their bytes a bundle carries at most: a bundle of mail threads full of scans must
// still download; beyond, the manifest lists the document with the reason it was left out.
export const MAX_BUNDLE_DOCUMENTS = 2_000;
export const MAX_BUNDLE_DOCUMENT_BYTES = 1024 * 1024 * 1024;

export interface DocumentManifestRow {
  sha256: string;
  name: string;
  format: string | null;
  size: number;
  status: string | null;
  anomalyKinds: string[];
  /** The names it was attached under in the cited messages. */
  names: string[];
  /** The cited messages that carried it (Message ids, earliest first). */
  messages: string[];
  /** Where its bytes are in the bundle, or null with the problem. */
  file: string | null;
  problem: string | null;
  tags: string | null;
  notes: string | null;
}

type Row = Omit<DocumentManifestRow, 'file' | 'problem' | 'tags' | 'notes'> & TargetNotes & Record<string, unknown>;

// Characters of a file name inside the zip: unzip tools and file systems refuse much longer ones.
const MAX_FILE_NAME = 150;

// A name for a file inside the zip: the attachment's own name without any path or control characters,
// cut to MAX_FILE_NAME with its extension kept (the reader opens it by its type).
export function bundleFileName(name: string, sha256: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/\p{Cc}/gu, '_').replace(/^\.+/, '');
  if (!base) return `${sha256}.bin`;
  if (base.length <= MAX_FILE_NAME) return base;
  const ext = /\.[^.]{1,16}$/.exec(base)?.[0] ?? '';
  return base.slice(0, MAX_FILE_NAME - ext.length) + ext;
}

export async function writeBundleDocuments(
  driver: Driver,
  read: ReadDocumentBytes | null,
  messageIds: string[],
  zip: ZipStream,
): Promise<DocumentManifestRow[]> {
  const rows = messageIds.length ? await readQuery<Row>(driver, 'export-documents', { ids: messageIds }) : [];
  const out: DocumentManifestRow[] = [];
  let bytesWritten = 0;
  for (const [i, r] of rows.entries()) {
    if (!zip.open) break;
    const row: DocumentManifestRow = {
      sha256: r.sha256,
      name: r.name,
      format: r.format ?? null,
      size: r.size,
      status: r.status ?? null,
      anomalyKinds: r.anomalyKinds,
      names: [...r.names].sort(),
      messages: r.messages,
      file: null,
      problem: null,
      tags: tagsText(r),
      notes: notesText(r),
    };
    out.push(row);
    if (i >= MAX_BUNDLE_DOCUMENTS) {
      row.problem = `left out: a bundle carries at most ${MAX_BUNDLE_DOCUMENTS} documents`;
      continue;
    }
    if (bytesWritten + r.size > MAX_BUNDLE_DOCUMENT_BYTES) {
      row.problem = `left out: a bundle carries at most ${MAX_BUNDLE_DOCUMENT_BYTES / 1024 ** 3} GiB of documents`;
      continue;
    }
    const found = read ? await read(driver, r.sha256) : undefined;
    if (!found) {
      row.problem = read ? 'no such document in the graph' : 'document bytes are not readable by this server';
      continue;
    }
    if (!found.ok) {
      row.problem = `the original bytes are unavailable: ${found.problem}`;
      continue;
    }
    const bytes = Buffer.from(found.bytes);
    // Recomputed from what goes into the zip: the manifest says what the file is, not what the graph hoped.
    row.sha256 = createHash('sha256').update(bytes).digest('hex');
    if (row.sha256 !== r.sha256) {
      row.problem = `the bytes read hash to ${row.sha256}, not ${r.sha256}`;
      row.sha256 = r.sha256;
      continue;
    }
    row.file = `documents/${r.sha256}/${bundleFileName(r.name, r.sha256)}`;
    bytesWritten += bytes.length;
    await zip.addOriginal(row.file, bytes);
  }
  return out;
}

const CSV_COLUMNS: (keyof DocumentManifestRow)[] = [
  'sha256',
  'name',
  'format',
  'size',
  'status',
  'anomalyKinds',
  'names',
  'messages',
  'file',
  'problem',
  'tags',
  'notes',
];

/** documents.csv: one row per document, lists joined with "; ". */
export function documentsCsv(rows: DocumentManifestRow[]): string {
  const cell = (v: DocumentManifestRow[keyof DocumentManifestRow]) => (Array.isArray(v) ? v.join('; ') : v);
  return CSV_BOM + csvRow(CSV_COLUMNS) + rows.map((r) => csvRow(CSV_COLUMNS.map((c) => cell(r[c])))).join('');
}

/** The README's lines on documents. */
export function documentsReadme(rows: DocumentManifestRow[]): string[] {
  if (rows.length === 0) return [];
  const written = rows.filter((r) => r.file).length;
  return [
    `Documents: ${rows.length} attached to the cited messages, ${written} with their original bytes in documents/<sha256>/<name>;`,
    'documents.csv (and "documents" in manifest.json) lists for each its SHA-256 (also in SHA256SUMS), the names and',
    "messages it came with, its anomalies (reasons to look, not verdicts), the analyst's tags and notes, and why a",
    'document is missing when it is ("problem").',
  ];
}
