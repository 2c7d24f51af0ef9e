/**
 * The document pass's summary lines, shared by `ingest`, `derive` and `documents`; apart from the pass
 * itself, so a command prints them without loading the document readers.
 */
import type { DocumentPassSummary } from '../ingest/document-pass.js';

export const DOCUMENT_UNIT = { short: 'doc', long: 'documents' };

/** One line: how many documents were read, by status, and what is left. */
export function documentPassLine(d: DocumentPassSummary): string {
  const statuses = Object.entries(d.byStatus)
    .sort(([a], [b]) => (a === 'ok' ? -1 : b === 'ok' ? 1 : a.localeCompare(b)))
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  const rate = d.seconds > 0 ? ` (${Math.round((d.read / d.seconds) * 10) / 10} docs/s)` : '';
  return (
    `Documents: ${d.read} read in ${d.seconds}s${rate}${statuses ? `: ${statuses}` : ''}` +
    (d.messages ? `; ${d.messages} are e-mail, read by the mail pipeline` : '') +
    (d.archives.opened
      ? `; ${d.archives.opened} archives (or documents with embedded files) opened: ${d.archives.files} files (${d.archives.found} new documents)` +
        (d.archives.refused ? `, ${d.archives.refused} entries refused` : '')
      : '') +
    (d.mail.seen
      ? `; mail in them: ${d.mail.seen} messages (${d.mail.ingested} new, ${d.mail.duplicates} known, ${d.mail.failed} failed)`
      : '') +
    (d.unreachable
      ? `; ${d.unreachable} could not be read from any place they were found (still pending, see \`leakgraph failures\`)`
      : '')
  );
}

/** The cross-document signals of a pass, or nothing when no document needed them again. */
export function documentSignalsLine(d: DocumentPassSummary): string | undefined {
  const s = d.signals;
  if (!s?.judged) return undefined;
  return `Document signals: ${s.judged} documents judged against the others (${s.linked} had their author and editor linked again) in ${s.seconds}s.`;
}
