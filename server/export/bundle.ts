/**
 * The story bundle (zip): the subgraph in every format, the cited messages as their original .eml
 * bytes, and a manifest a reader can check the story against (message id, date, from, to, subject,
 * SHA-256 of the file, where the copy was found, verification status, the analyst's tags and
 * notes), the documents those messages carry (bundle-documents.ts: original bytes, SHA-256, documents.csv),
 * plus SHA256SUMS for `sha256sum -c`. With `redact`, addresses of people outside the selection are replaced in the
 * manifest by stable placeholders; the .eml files stay the unaltered originals (the README says so).
 */
import type { Driver } from 'neo4j-driver';

import { loadExportAnnotations, notesText, tagsText } from '../annotations/export-annotations.js';
import type { VerificationStatus } from '../../contract/index.js';
import { int, readOne, readQuery } from '../db/queries.js';
import type { ReadDocumentBytes, ReadRawCopy } from '../db/raw-source.js';
import { dateWindow } from '../graph/window.js';
import type { VerificationRow } from '../messages/message-detail.js';
import { listCopies, readOriginal, sha256Hex } from '../messages/raw-bytes.js';
import { verificationStatus } from '../messages/summaries.js';
import { type DocumentManifestRow, documentsCsv, documentsReadme, writeBundleDocuments } from './bundle-documents.js';
import { cypherScriptChunks } from './cypher-script.js';
import { csvRow, edgesCsv, nodesCsv, CSV_BOM } from './csv.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { graphJsonChunks } from './json.js';
import type { ExportRequest, Selection } from './select.js';
import type { ZipStream } from './zip-stream.js';

// Messages a bundle carries at most; beyond, the README, manifest and response headers say how many were left out.
export const MAX_BUNDLE_MESSAGES = 5_000;

export interface BundleMessages {
  total: number;
  ids: string[];
}

interface AddressFact {
  email: string;
  personId: string | null;
}

interface ManifestFacts extends Record<string, unknown> {
  id: string;
  messageId: string | null;
  date: string | null;
  subject: string;
  from: AddressFact | null;
  recipients: (AddressFact & { role: 'TO' | 'CC' | 'BCC' })[];
}

export interface ManifestRow {
  id: string;
  messageId: string | null;
  date: string | null;
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  sha256: string | null;
  file: string | null;
  source: string | null;
  status: VerificationStatus | null;
  problem: string | null;
  /** The analyst's tags and notes on the message ("text — author, time"). */
  tags: string | null;
  notes: string | null;
}

const MANIFEST_COLUMNS: (keyof ManifestRow)[] = [
  'id',
  'messageId',
  'date',
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'sha256',
  'file',
  'source',
  'status',
  'problem',
  'tags',
  'notes',
];

/** The messages to cite: those asked for, or every message among the exported persons. */
export async function chooseMessages(
  driver: Driver,
  request: ExportRequest,
  selection: Selection,
): Promise<BundleMessages> {
  if (request.messages?.length) {
    const unique = [...new Set(request.messages)];
    return { total: unique.length, ids: unique.slice(0, MAX_BUNDLE_MESSAGES) };
  }
  const ids = selection.graph.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.key);
  const window = dateWindow(request.filter);
  const row = await readOne<BundleMessages & Record<string, unknown>>(driver, 'export-messages', {
    ids,
    from: window?.from ?? null,
    to: window?.to ?? null,
    limit: int(MAX_BUNDLE_MESSAGES),
  });
  return { total: row?.total ?? 0, ids: row?.ids ?? [] };
}

/** Replaces addresses of persons outside the selection by "[outside selection N]", N stable per address. */
function redactor(selected: Set<string>, on: boolean): (a: AddressFact) => string {
  const numbers = new Map<string, number>();
  return (a) => {
    if (!on || (a.personId && selected.has(a.personId))) return a.email;
    if (!numbers.has(a.email)) numbers.set(a.email, numbers.size + 1);
    return `[outside selection ${numbers.get(a.email)}]`;
  };
}

function readme(
  selection: Selection,
  messages: BundleMessages,
  rows: ManifestRow[],
  documents: DocumentManifestRow[],
  redact: boolean,
): string {
  const written = rows.filter((r) => r.file).length;
  const lines = [
    'leakgraph story bundle',
    '',
    `Exported: ${new Date().toISOString()}`,
    `Selection: ${selection.description}`,
    `Graph: ${selection.graph.attributes.nodeCount} nodes, ${selection.graph.attributes.edgeCount} edges (graph.gexf for Gephi, graph.graphml, graph.json for graphology, nodes.csv + edges.csv, graph.cypher for Neo4j).`,
    `Messages: ${messages.total} cited, ${messages.ids.length} in this bundle, ${written} with their original bytes in messages/.`,
    ...(messages.total > messages.ids.length
      ? [
          `LIMIT: a bundle carries at most ${MAX_BUNDLE_MESSAGES} messages; ${messages.total - messages.ids.length} were left out (narrow the selection or the dates).`,
        ]
      : []),
    ...selection.limits.map((l) => `LIMIT: ${l}`),
    ...(rows.some((r) => r.problem)
      ? [`Unavailable originals: ${rows.filter((r) => r.problem).length} (see the "problem" column of manifest.csv).`]
      : []),
    '',
    'messages/<id>.eml are the original bytes of one copy of each message, unchanged; manifest.csv lists for each its',
    'SHA-256 (check them with `sha256sum -c SHA256SUMS`), where that copy was found, its verification status, and',
    'the analyst\'s tags and notes (each note as "text — author, time"); persons\' tags and notes are node attributes.',
    ...documentsReadme(documents),
    ...(redact
      ? [
          '',
          'Redaction: in manifest.csv/json, addresses of people outside the selection are replaced by "[outside selection N]".',
          'The .eml files are NOT redacted: they are the originals, as evidence. Remove them before sharing if needed.',
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}

export async function writeBundle(
  driver: Driver,
  reader: ReadRawCopy | null,
  documentReader: ReadDocumentBytes | null,
  request: ExportRequest,
  selection: Selection,
  messages: BundleMessages,
  zip: ZipStream,
): Promise<void> {
  const { graph, description } = selection;
  zip.addGenerated('graph.gexf', gexfChunks(graph, description));
  zip.addGenerated('graph.graphml', graphmlChunks(graph, description));
  zip.addGenerated('graph.json', graphJsonChunks(graph));
  zip.addGenerated('nodes.csv', nodesCsv(graph));
  zip.addGenerated('edges.csv', edgesCsv(graph));
  zip.addGenerated('graph.cypher', cypherScriptChunks(graph, description));

  const ids = messages.ids;
  const [facts, verification, copies, annotations] = await Promise.all([
    readQuery<ManifestFacts>(driver, 'export-manifest', { ids }),
    readQuery<VerificationRow>(driver, 'message-verification', { ids }),
    listCopies(driver, ids),
    loadExportAnnotations(driver, [], ids),
  ]);
  const factOf = new Map(facts.map((f) => [f.id, f]));
  const statusOf = new Map(verification.map((v) => [v.id, verificationStatus(v.status)]));
  const selected = new Set(graph.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.key));
  const show = redactor(selected, request.redact);

  const rows: ManifestRow[] = [];
  for (const id of ids) {
    if (!zip.open) return;
    const fact = factOf.get(id);
    const row: ManifestRow = {
      id,
      messageId: fact?.messageId ?? null,
      date: fact?.date ?? null,
      from: fact?.from ? show(fact.from) : '',
      to: (fact?.recipients ?? [])
        .filter((r) => r.role === 'TO')
        .map(show)
        .join('; '),
      cc: (fact?.recipients ?? [])
        .filter((r) => r.role === 'CC')
        .map(show)
        .join('; '),
      bcc: (fact?.recipients ?? [])
        .filter((r) => r.role === 'BCC')
        .map(show)
        .join('; '),
      subject: fact?.subject ?? '',
      sha256: null,
      file: null,
      source: null,
      status: statusOf.get(id) ?? null,
      problem: fact ? null : 'no such message in the graph',
      tags: tagsText(annotations.messages.get(id)),
      notes: notesText(annotations.messages.get(id)),
    };
    if (fact) {
      const original = await readOriginal(reader, copies.get(id) ?? []);
      if (original.ok) {
        row.file = `messages/${id}.eml`;
        row.sha256 = sha256Hex(original.raw.bytes);
        const c = original.raw.copy;
        row.source = [c.path, ...(c.entries ?? [])].join(' » ') + (c.position ? ` #${c.position}` : '');
        await zip.addOriginal(row.file, original.raw.bytes);
      } else {
        row.problem = original.problem;
      }
    }
    rows.push(row);
  }
  // The documents the cited messages carry (issue 12), after the messages: their bytes are re-read and checked.
  const documents = await writeBundleDocuments(driver, documentReader, ids, zip);
  if (documents.length) zip.addText('documents.csv', documentsCsv(documents));
  zip.addText(
    'manifest.csv',
    CSV_BOM + csvRow(MANIFEST_COLUMNS) + rows.map((r) => csvRow(MANIFEST_COLUMNS.map((c) => r[c]))).join(''),
  );
  zip.addText(
    'manifest.json',
    `${JSON.stringify({ description, limits: selection.limits, messagesTotal: messages.total, messagesIncluded: ids.length, messages: rows, documents }, null, 2)}\n`,
  );
  zip.addText(
    'SHA256SUMS',
    [...rows, ...documents]
      .filter((r) => r.file)
      .map((r) => `${r.sha256}  ${r.file}\n`)
      .join(''),
  );
  zip.addText('README.txt', readme(selection, messages, rows, documents, request.redact));
}
