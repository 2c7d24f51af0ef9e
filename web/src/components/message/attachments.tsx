/**
 * The message reader's attachments (issue 12): each one is a Document — name, type, size and read
 * status from the message, then from the document itself its anomalies, metadata table, text
 * preview and the other messages that carried it ("also sent in"); a link opens the document panel.
 */
import { useState } from 'preact/hooks';

import type { DocumentDetail, MessageDetail } from '../../../../contract/index.js';
import { fetchDocument } from '../../api/client.js';
import { openDocument, openMessage } from '../../state/actions.js';
import { useAsync } from '../common/async.js';
import { formatDate } from '../common/format.js';
import { Anomalies, MetadataTable, TextPreview, summaryLine } from '../document/document-facts.js';

type Attachment = MessageDetail['attachments'][number];

// Attachments whose document details load with the message; the rest load when unfolded, so a
// message with hundreds of attachments costs one request per attachment the analyst looks at.
const OPEN_AT_FIRST = 8;

function AlsoSentIn({ d, messageId }: { d: DocumentDetail; messageId: string }) {
  const others = d.carriers.filter((c) => c.messageId !== messageId);
  if (others.length === 0) return <p class="muted">Sent in no other message.</p>;
  return (
    <section aria-label="also sent in">
      <h4>Also sent in</h4>
      <ul class="also-sent-in">
        {others.map((c) => (
          <li key={`${c.messageId}-${c.part ?? ''}`}>
            <button class="row-link" onClick={() => openMessage(c.messageId)}>
              {formatDate(c.date).slice(0, 10)} · {c.from?.name || c.from?.email || '?'} · {c.subject || '(no subject)'}
            </button>
            {c.name !== d.name && <span class="muted"> as {c.name}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Details({ a, messageId }: { a: Attachment; messageId: string }) {
  const state = useAsync(() => fetchDocument(a.sha256), [a.sha256]);
  if (state.status === 'error') return <p class="error">{state.error}</p>;
  if (state.status !== 'ok') return <p class="muted">Loading…</p>;
  const d = state.data;
  return (
    <>
      <Anomalies list={d.anomalies} />
      <TextPreview d={{ textPreview: d.textPreview.slice(0, 600), textTruncated: d.textPreview.length > 600 }} />
      <details class="metadata-fold">
        <summary>Metadata ({d.metadata.length} fields)</summary>
        <MetadataTable rows={d.metadata} />
      </details>
      <AlsoSentIn d={d} messageId={messageId} />
    </>
  );
}

function AttachmentItem({ a, messageId, first }: { a: Attachment; messageId: string; first: boolean }) {
  const [open, setOpen] = useState(first);
  return (
    <li class="attachment" data-sha256={a.sha256}>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <strong class="attachment-name">{a.name || '(unnamed)'}</strong>{' '}
          <span class="muted">
            {a.contentType} · {summaryLine(a)}
            {a.inline ? ' · inline' : ''}
          </span>
          {a.anomalyCount > 0 && (
            <span class="badge anomaly" title="a reason to look, not a finding">
              {a.anomalyCount === 1 ? 'anomaly' : `${a.anomalyCount} anomalies`}
            </span>
          )}{' '}
          <button
            class="link"
            onClick={(e) => {
              // Inside <summary>: open the panel without folding the attachment.
              e.preventDefault();
              openDocument(a.sha256);
            }}
          >
            open document
          </button>
        </summary>
        {open && <Details a={a} messageId={messageId} />}
      </details>
    </li>
  );
}

export function Attachments({ m }: { m: MessageDetail }) {
  if (m.attachments.length === 0) return null;
  return (
    <section aria-label="attachments">
      <h3>Attachments ({m.attachments.length})</h3>
      <ul class="attachments">
        {m.attachments.map((a, i) => (
          <AttachmentItem key={`${a.sha256}-${i}`} a={a} messageId={m.id} first={i < OPEN_AT_FIRST} />
        ))}
      </ul>
    </section>
  );
}
