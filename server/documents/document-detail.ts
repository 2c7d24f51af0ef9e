/**
 * GET /api/documents/:sha256 and …/spread: one document as the graph holds it — properties, the
 * metadata table and anomalies (kept as JSON by the document pass), the loose files it was found
 * in, and every message that carried it in time order (the spread of one file).
 */
import type { Driver } from 'neo4j-driver';

import type {
  AddressRef,
  DocumentAnomaly,
  DocumentCarrier,
  DocumentDetail,
  DocumentSpread,
} from '../../contract/index.js';
import { annotationsOn } from '../annotations/store.js';
import { int, readOne, readQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { documentSummary } from './summary.js';

// Characters of text the detail carries: enough to read the opening, small enough for the reader panel.
export const TEXT_PREVIEW_CHARS = 4_000;
// Carriers listed: a document mailed to a whole company is still one readable timeline.
export const MAX_CARRIERS = 1_000;
// Files of an archive listed (and archives a file was found in): a page the reader can scroll.
export const MAX_ARCHIVE_ENTRIES = 1_000;

type Recipient = AddressRef & { role: 'TO' | 'CC' | 'BCC' };

interface CarrierRow extends Record<string, unknown> {
  messageId: string;
  date: string | null;
  subject: string;
  name: string;
  part: number | null;
  from: AddressRef[];
  recipients: Recipient[];
}

type DetailRow = Omit<
  DocumentDetail,
  'metadata' | 'properties' | 'anomalies' | 'carriers' | 'alsoSentAs' | 'annotations' | 'mentions' | 'refusedEntries'
> &
  DocumentDetail['properties'] &
  Record<string, unknown> & {
    metadataJson: string | null;
    anomaliesJson: string | null;
    names: string[];
    mentions: DocumentDetail['mentions'];
    entriesRefusedJson: string | null;
  };

const ref = (a: AddressRef): AddressRef => ({ email: a.email, name: a.name ?? null, personId: a.personId ?? null });

function carrier(row: CarrierRow): DocumentCarrier {
  const role = (r: Recipient['role']) => row.recipients.filter((x) => x.role === r).map(ref);
  return {
    messageId: row.messageId,
    date: row.date,
    subject: row.subject,
    from: row.from[0] ? ref(row.from[0]) : null,
    to: role('TO'),
    cc: role('CC'),
    bcc: role('BCC'),
    name: row.name,
    part: row.part ?? null,
  };
}

export async function loadCarriers(driver: Driver, sha256: string): Promise<DocumentCarrier[]> {
  const rows = await readQuery<CarrierRow>(driver, 'document-carriers', { sha256, limit: int(MAX_CARRIERS) });
  return rows.map(carrier);
}

// A JSON property written by the ingest; a node from an older build may lack it or hold something else.
function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// Nested values (the normalised fields' sources and conflicts) read as "field: value; …", not "[object Object]".
const show = (v: unknown): string =>
  Array.isArray(v)
    ? v.map(show).join('; ')
    : v !== null && typeof v === 'object'
      ? Object.entries(v)
          .map(([k, x]) => `${k}: ${show(x)}`)
          .join('; ')
      : String(v);

/**
 * The metadata table: the normalised fields (the names the answer keys and the filters use), then the
 * document's custom properties, each as one row.
 */
export function metadataTable(json: string | null): { field: string; value: string }[] {
  const parsed = parseJson(json) as { normalised?: Record<string, unknown>; custom?: Record<string, unknown> } | null;
  const rows: { field: string; value: string }[] = [];
  for (const [field, value] of Object.entries(parsed?.normalised ?? {}))
    if (value !== null && value !== undefined && show(value) !== '') rows.push({ field, value: show(value) });
  for (const [field, value] of Object.entries(parsed?.custom ?? {}))
    if (value !== null && value !== undefined) rows.push({ field: `custom: ${field}`, value: show(value) });
  return rows;
}

export function anomalyList(json: string | null): DocumentAnomaly[] {
  const parsed = parseJson(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((a: { kind?: unknown; explanation?: unknown; evidence?: unknown }) =>
    typeof a?.kind === 'string'
      ? [
          {
            kind: a.kind,
            explanation: typeof a.explanation === 'string' ? a.explanation : a.kind,
            evidence: a.evidence && typeof a.evidence === 'object' ? (a.evidence as Record<string, unknown>) : {},
          },
        ]
      : [],
  );
}

/** The entries an archive document refused (entriesRefusedJson, written by the document pass), the stop included. */
export function refusedEntries(json: string | null): DocumentDetail['refusedEntries'] {
  const parsed = parseJson(json) as { refused?: unknown; stopped?: { kind?: unknown; reason?: unknown } } | null;
  const list = Array.isArray(parsed?.refused)
    ? (parsed.refused as { entry?: unknown; kind?: unknown; reason?: unknown }[])
    : [];
  const stop = parsed?.stopped ? [{ entry: '', ...parsed.stopped }] : [];
  return [...list, ...stop].flatMap((r) =>
    typeof r?.kind === 'string' && typeof r.reason === 'string'
      ? [{ entry: typeof r.entry === 'string' ? r.entry : '', kind: r.kind, reason: r.reason }]
      : [],
  );
}

export async function loadDocumentDetail(driver: Driver, sha256: string): Promise<DocumentDetail> {
  const [row, carriers, annotations] = await Promise.all([
    readOne<DetailRow>(driver, 'document-detail', {
      sha256,
      previewChars: int(TEXT_PREVIEW_CHARS),
      maxEntries: int(MAX_ARCHIVE_ENTRIES),
    }),
    loadCarriers(driver, sha256),
    annotationsOn(driver, { kind: 'document', id: sha256 }),
  ]);
  if (!row) throw new NotFoundError(`no document ${sha256}`);
  return {
    ...documentSummary(row),
    state: row.state,
    reason: row.reason ?? null,
    kind: row.kind ?? null,
    language: row.language ?? null,
    textPreview: row.textPreview,
    textTruncated: row.textTruncated,
    metadata: metadataTable(row.metadataJson),
    properties: {
      title: row.title ?? null,
      author: row.author ?? null,
      lastModifiedBy: row.lastModifiedBy ?? null,
      application: row.application ?? null,
      producer: row.producer ?? null,
      created: row.created ?? null,
      modified: row.modified ?? null,
      pages: row.pages ?? null,
      words: row.words ?? null,
    },
    anomalies: anomalyList(row.anomaliesJson),
    carriers,
    carrierCount: row.carrierCount,
    files: row.files.map((f) => ({ ...f, mailbox: f.mailbox ?? null, folder: f.folder ?? null })),
    entries: row.entries.map((e) => ({ ...e, format: e.format ?? null, status: e.status ?? null })),
    entryCount: row.entryCount,
    refusedEntries: refusedEntries(row.entriesRefusedJson),
    foundInArchives: row.foundInArchives,
    alsoSentAs: row.names.filter((n) => n && n !== row.name),
    annotations,
    mentions: row.mentions.map((m) => ({ ...m, personId: m.personId ?? null, shortFor: m.shortFor ?? null })),
  };
}

/** The document's name and how many times messages carried it; NotFoundError when the graph has no such document. */
async function documentHead(driver: Driver, sha256: string): Promise<{ name: string; carrierCount: number }> {
  const row = await readOne<{ name: string; carrierCount: number }>(driver, 'document-name', { sha256 });
  if (!row) throw new NotFoundError(`no document ${sha256}`);
  return { name: row.name, carrierCount: row.carrierCount };
}

/** The document's name; NotFoundError when the graph has no such document. */
export async function documentName(driver: Driver, sha256: string): Promise<string> {
  return (await documentHead(driver, sha256)).name;
}

export async function loadDocumentSpread(driver: Driver, sha256: string): Promise<DocumentSpread> {
  const [head, steps] = await Promise.all([documentHead(driver, sha256), loadCarriers(driver, sha256)]);
  return { sha256, name: head.name, steps, total: head.carrierCount };
}
