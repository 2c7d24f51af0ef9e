/**
 * The document panel (issue 12): one document by its SHA-256 — summary, anomalies, properties,
 * the metadata table, text preview, the loose places it was found in, the "who had it when"
 * timeline from /spread, the names its text holds (entities and correspondents), a link to the
 * original bytes, and for an archive its files (for a file in one, the archive it came from).
 */
import type { DocumentDetail } from '../../../../contract/index.js';
import { documentRawUrl, fetchDocument, fetchDocumentSpread } from '../../api/client.js';
import { useAsync } from '../common/async.js';
import { formatDate } from '../common/format.js';
import { ArchiveEntries, FoundInArchives } from './document-archive.js';
import { Anomalies, MetadataTable, TextPreview, summaryLine } from './document-facts.js';
import { DocumentMentions } from './document-mentions.js';
import { DocumentTimeline } from './document-timeline.js';

function Properties({ d }: { d: DocumentDetail }) {
  const p = d.properties;
  const rows: [string, string | number | null][] = [
    ['Title', p.title],
    ['Author', p.author],
    ['Last modified by', p.lastModifiedBy],
    ['Application', p.application ?? p.producer],
    ['Created', p.created && formatDate(p.created)],
    ['Modified', p.modified && formatDate(p.modified)],
    ['Pages', p.pages],
    ['Words', p.words],
    ['Language', d.language],
  ];
  return (
    <dl class="headers">
      {rows
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => (
          <>
            <dt key={`${k}-t`}>{k}</dt>
            <dd key={`${k}-d`}>{v}</dd>
          </>
        ))}
    </dl>
  );
}

function Spread({ sha256 }: { sha256: string }) {
  const state = useAsync(() => fetchDocumentSpread(sha256), [sha256]);
  if (state.status === 'error') return <p class="error">{state.error}</p>;
  if (state.status !== 'ok') return <p class="muted">Loading…</p>;
  return <DocumentTimeline steps={state.data.steps} total={state.data.total} />;
}

function Detail({ d }: { d: DocumentDetail }) {
  return (
    <>
      <h2 id="document-name">{d.name || '(unnamed document)'}</h2>
      <p class="muted" data-testid="document-summary">
        {summaryLine(d)}
        {d.reason && d.status !== 'ok' ? ` — ${d.reason}` : ''}
      </p>
      <p>
        <a href={documentRawUrl(d.sha256)} download={d.name || `${d.sha256}.bin`}>
          Download the original
        </a>{' '}
        <code class="muted" title="SHA-256">
          {d.sha256}
        </code>
      </p>
      <Anomalies list={d.anomalies} />
      <Properties d={d} />
      {d.alsoSentAs.length > 0 && <p class="muted">Also sent as: {d.alsoSentAs.join(', ')}</p>}
      <section aria-label="spread">
        <h3>Who had it when</h3>
        <Spread sha256={d.sha256} />
      </section>
      {d.files.length > 0 && (
        <section aria-label="loose files">
          <h3>Found as a file</h3>
          <ul>
            {d.files.map((f, i) => (
              <li key={i}>
                <code>{[f.path, ...f.entries].join(' › ')}</code>
                {f.mailbox && <span class="muted"> in {f.mailbox}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <FoundInArchives d={d} />
      <ArchiveEntries d={d} />
      <section aria-label="names in it">
        <h3>Names in it</h3>
        <DocumentMentions mentions={d.mentions} />
      </section>
      <section aria-label="metadata">
        <h3>Metadata</h3>
        <MetadataTable rows={d.metadata} />
      </section>
      <section aria-label="text">
        <h3>Text</h3>
        <TextPreview d={d} />
      </section>
    </>
  );
}

export function DocumentPanel({ sha256, onClose }: { sha256: string; onClose?: () => void }) {
  const state = useAsync(() => fetchDocument(sha256), [sha256]);
  return (
    <section class="document-panel" aria-labelledby="document-name" data-document={sha256}>
      {onClose && (
        <button class="close" onClick={onClose} aria-label="close the document (Esc)">
          ×
        </button>
      )}
      {state.status === 'ok' ? (
        <Detail key={sha256} d={state.data} />
      ) : state.status === 'error' ? (
        <p class="error">{state.error}</p>
      ) : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
