/**
 * "Who had it when": every message that carried the document, earliest first, each with its sender
 * → recipients; a message opens in the reader, a person is focused in the graph.
 */
import type { AddressRef, DocumentCarrier } from '../../../../contract/index.js';
import { focusNode, openMessage, useExplorer } from '../../state/actions.js';
import { formatDate } from '../common/format.js';

function Person({ a }: { a: AddressRef }) {
  const explorer = useExplorer();
  const label = a.name || a.email;
  if (!a.personId) return <span title={a.email}>{label}</span>;
  return (
    <button class="row-link" title={`show ${a.email} in the graph`} onClick={() => focusNode(explorer, a.personId)}>
      {label}
    </button>
  );
}

export function DocumentTimeline({ steps }: { steps: DocumentCarrier[] }) {
  if (steps.length === 0) return <p class="muted">No message carried it (found as a loose file only).</p>;
  return (
    <ol class="timeline" aria-label="who had it when">
      {steps.map((s) => {
        const recipients = [...s.to, ...s.cc, ...s.bcc];
        return (
          <li key={`${s.messageId}-${s.part ?? ''}`} data-message={s.messageId} data-date={s.date ?? ''}>
            <span class="when">{formatDate(s.date)}</span>{' '}
            <span class="who">
              {s.from ? <Person a={s.from} /> : '?'} →{' '}
              {recipients.length === 0
                ? '(no recipients)'
                : recipients.map((r, i) => (
                    <span key={r.email}>
                      <Person a={r} />
                      {i < recipients.length - 1 && ', '}
                    </span>
                  ))}
            </span>
            <br />
            <button class="row-link" onClick={() => openMessage(s.messageId)}>
              {s.subject || '(no subject)'}
            </button>{' '}
            <span class="muted">as {s.name || '(unnamed)'}</span>
          </li>
        );
      })}
    </ol>
  );
}
