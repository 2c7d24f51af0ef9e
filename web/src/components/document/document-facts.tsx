/**
 * What a document says about itself, shared by the message reader's attachments and the document
 * panel: a one-line summary, the metadata table as the file gave it, its anomalies (the word
 * "anomaly" and the reasons, never a verdict) and the opening of its text.
 */
import type { DocumentAnomaly, DocumentDetail, DocumentSummary } from '../../../../contract/index.js';
import { formatBytes } from '../common/format.js';

/** "docx · 12.3 KB · ok" — format (or content type), size and read status. */
export function summaryLine(d: Pick<DocumentSummary, 'format' | 'contentType' | 'size' | 'status'>): string {
  const status = d.status ?? 'not read yet';
  return `${d.format ?? d.contentType ?? 'unknown type'} · ${formatBytes(d.size)} · ${status}`;
}

export function MetadataTable({ rows }: { rows: DocumentDetail['metadata'] }) {
  if (rows.length === 0) return <p class="muted">No metadata in the file.</p>;
  return (
    <table class="metadata" aria-label="document metadata">
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.field}-${i}`}>
            <th scope="row">{r.field}</th>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Anomalies({ list }: { list: DocumentAnomaly[] }) {
  if (list.length === 0) return null;
  return (
    <section class="anomalies" aria-label="anomalies">
      <h4>
        {list.length === 1 ? 'Anomaly' : `${list.length} anomalies`}{' '}
        <span class="muted">(a reason to look, not a finding)</span>
      </h4>
      <ul>
        {list.map((a, i) => (
          <li key={i} data-kind={a.kind}>
            <strong>anomaly: {a.kind}</strong> — {a.explanation}
            {Object.keys(a.evidence).length > 0 && (
              <span class="muted">
                {' '}
                (
                {Object.entries(a.evidence)
                  .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
                  .join('; ')}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TextPreview({ d }: { d: Pick<DocumentDetail, 'textPreview' | 'textTruncated'> }) {
  if (!d.textPreview) return <p class="muted">No text extracted.</p>;
  return (
    <pre class="text-preview" tabIndex={0} aria-label="text preview">
      {d.textPreview}
      {d.textTruncated && <em class="muted">{'\n'}[preview cut here]</em>}
    </pre>
  );
}
