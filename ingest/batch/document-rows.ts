/**
 * ④ batch (documents, issue 12): DocumentRecord → the row cypher/write/document-results.cypher
 * writes on a Document. Pure. What the analyst filters and searches on is a property of its own
 * (author, application, dates as DateTime, anomaly kinds); everything the record holds besides
 * (raw fields, XMP, custom properties, conflicts) is kept as JSON in metadataJson.
 */
import { indexKey } from '../../db/index-key.js';
import { scriptsOf } from '../extract/documents/metadata/scripts.js';
import type { DocumentRecord, DocumentStatus, NormalisedMetadata } from '../extract/documents/types.js';
import type { ArchiveListing } from '../model.js';

// Text kept per document for search, preview and entities; a longer text is a data dump (textTruncated).
export const MAX_DOCUMENT_TEXT_CHARS = 1_000_000;

export interface DocumentResultRow {
  sha256: string;
  /** ISO 8601 instants (made DateTime by the statement), null when absent or not a real date. */
  created: string | null;
  modified: string | null;
  printed: string | null;
  props: Record<string, string | number | boolean | string[] | null>;
  /** An archive document's files (issue 12): each becomes a pending Document CONTAINed by this one. */
  entries?: { entry: string; name: string; size: number; sha256: string }[];
}

/** An ISO date Neo4j's datetime() takes, or null: a year outside 1–9999 or a string no date parser reads. */
export function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999 ? new Date(time).toISOString() : null;
}

const text = (value: string | undefined) => value ?? null;

function anomaliesJson(record: DocumentRecord): string {
  return JSON.stringify(
    record.anomalies.map((a) => ({
      kind: a.kind,
      explanation: a.explanation,
      evidence: Object.fromEntries(a.evidence.map((e) => [e.field, e.value])),
    })),
  );
}

function metadataJson(normalised: NormalisedMetadata, record: DocumentRecord): string {
  const { xmp, custom, ...rest } = normalised;
  return JSON.stringify({
    raw: record.metadata.raw,
    normalised: rest,
    xmp: xmp ?? null,
    custom,
    ...(record.encryption && { encryption: record.encryption }),
    ...(record.formatDetail && { formatDetail: record.formatDetail }),
    ...(record.extensionMismatch && { extensionMismatch: record.extensionMismatch }),
    structure: record.structure,
  });
}

/** The row of `record`, with an archive's files and the entries refused in it (entriesRefusedJson). */
export function documentResultRow(record: DocumentRecord & { archive?: ArchiveListing }): DocumentResultRow {
  const row = recordRow(record);
  if (!record.archive) return row;
  const { entries, refused, stopped } = record.archive;
  row.props.entriesRefusedJson = JSON.stringify({ refused, ...(stopped && { stopped }) });
  return { ...row, entries };
}

function recordRow(record: DocumentRecord): DocumentResultRow {
  const m = record.metadata.normalised;
  const cut = record.text.length > MAX_DOCUMENT_TEXT_CHARS;
  const editors = [m.lastModifiedBy, m.author].filter((n): n is string => !!n);
  const kinds = record.anomalies.map((a) => a.kind);
  return {
    sha256: record.sha256,
    created: isoOrNull(m.created),
    modified: isoOrNull(m.modified),
    printed: isoOrNull(m.printed),
    props: {
      status: record.status,
      reason: text(record.reason),
      format: record.format,
      kind: record.kind,
      mimeType: record.mimeType,
      language: record.language === 'und' ? null : record.language,
      text: cut ? record.text.slice(0, MAX_DOCUMENT_TEXT_CHARS) : record.text,
      textTruncated: cut || record.textTruncated,
      hasTextLayer: record.textLayer !== 'none',
      textLayer: record.textLayer,
      title: text(m.title),
      author: text(m.author),
      // Indexed (document_last_modified_by): a hostile value of kilobytes must not fail the write.
      lastModifiedBy: m.lastModifiedBy === undefined ? null : indexKey(m.lastModifiedBy),
      company: text(m.company),
      manager: text(m.manager),
      subject: text(m.subject),
      keywords: text(m.keywords),
      template: text(m.template),
      application: text(m.application),
      appVersion: text(m.appVersion),
      producer: text(m.producer),
      creatorTool: text(m.creatorTool),
      revision: m.revision ?? null,
      editTimeMinutes: m.totalEditSeconds === undefined ? null : Math.round(m.totalEditSeconds / 60),
      pages: m.pages ?? record.counts.pages ?? null,
      words: m.words ?? record.counts.words,
      metadataJson: metadataJson(m, record),
      people: [...new Set(record.people.map((p) => p.name))],
      editorScripts: editors.length ? scriptsOf(editors.join(' ')) : [],
      anomalyKinds: kinds,
      anomaliesJson: anomaliesJson(record),
      anomalyCount: kinds.length,
      entriesRefusedJson: null,
    },
  };
}

/** The row of a document the pass did not open (its size is over the limit): only the status says why. */
export function unreadRow(sha256: string, status: Exclude<DocumentStatus, 'ok'>, reason: string): DocumentResultRow {
  return {
    sha256,
    created: null,
    modified: null,
    printed: null,
    props: {
      status,
      reason,
      text: '',
      textTruncated: false,
      hasTextLayer: false,
      people: [],
      editorScripts: [],
      anomalyKinds: [],
      anomaliesJson: '[]',
      anomalyCount: 0,
    },
  };
}
