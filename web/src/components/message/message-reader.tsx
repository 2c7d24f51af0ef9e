/**
 * The message reader: headers as sent, the text (or the HTML, walled off), attachments, the
 * thread, verification, every copy's provenance and the original source.
 */
import { useState } from 'preact/hooks';

import type { AddressRef, MessageDetail, MessageSummary } from '../../../../contract/index.js';
import { fetchMessage } from '../../api/client.js';
import { closeMessage, focusNode, openMessage, useExplorer } from '../../state/actions.js';
import { useAsync } from '../common/async.js';
import { formatDate } from '../common/format.js';
import { AnnotationsPanel } from '../annotations/annotations-panel.js';
import { CaseToggle } from '../annotations/case-toggle.js';
import { Attachments } from './attachments.js';
import { HtmlBody } from './html-body.js';
import { CopiesTable } from './provenance.js';
import { RawSource } from './raw-source.js';
import { signatureLabel } from './signature-label.js';

type Tab = 'text' | 'html' | 'source';

function Addresses({ list }: { list: AddressRef[] }) {
  const explorer = useExplorer();
  return (
    <>
      {list.map((a, i) => (
        <span key={a.email} class="addr">
          {a.personId ? (
            <button
              class="row-link"
              onClick={() => focusNode(explorer, a.personId)}
              title={`show ${a.email} in the graph`}
            >
              {a.name || a.email}
            </button>
          ) : (
            a.name || a.email
          )}
          {a.name && <span class="muted"> &lt;{a.email}&gt;</span>}
          {i < list.length - 1 && ', '}
        </span>
      ))}
    </>
  );
}

function Headers({ m }: { m: MessageDetail }) {
  const rows: [string, preact.ComponentChildren][] = [
    ['From', m.from ? <Addresses list={[m.from]} /> : '—'],
    ['To', <Addresses list={m.to} />],
    ...(m.cc.length ? [['Cc', <Addresses list={m.cc} />] as [string, preact.ComponentChildren]] : []),
    ...(m.bcc.length ? [['Bcc', <Addresses list={m.bcc} />] as [string, preact.ComponentChildren]] : []),
    ['Date', <span title={m.dateRaw ?? undefined}>{formatDate(m.date)}</span>],
    ['Message-ID', <code>{m.messageId ?? '—'}</code>],
  ];
  return (
    <dl class="headers">
      {rows.map(([k, v]) => (
        <>
          <dt key={`${k}-t`}>{k}</dt>
          <dd key={`${k}-d`}>{v}</dd>
        </>
      ))}
    </dl>
  );
}

function MessageLink({ m }: { m: MessageSummary }) {
  return (
    <button class="row-link" onClick={() => openMessage(m.id)}>
      {formatDate(m.date).slice(0, 10)} · {m.from?.name || m.from?.email || '?'} · {m.subject || '(no subject)'}
    </button>
  );
}

function Verification({ m }: { m: MessageDetail }) {
  if (!m.status && m.signals.length === 0 && !m.conflict) return null;
  const label = signatureLabel(m);
  return (
    <section class="verification" aria-label="verification">
      {label && (
        <span class={`badge status-${label.tone}`} data-testid="signature-status">
          {label.text}
        </span>
      )}
      {label?.reason && <span class="muted"> {label.reason}</span>}
      {m.signatures.length > 0 && (
        <ul class="signatures">
          {m.signatures.map((s, i) => (
            <li key={i}>
              DKIM {s.result} · d={s.domain} s={s.selector}
              {s.aligned ? ' · aligned with From' : ''}
              {s.expired ? ' · expired' : ''}
              {s.reason && <span class="muted"> — {s.reason}</span>}
            </li>
          ))}
        </ul>
      )}
      {m.conflict && (
        <p class="warn">
          Another message claims the same Message-ID:{' '}
          {m.conflictsWith.map((c) => (
            <MessageLink key={c.id} m={c} />
          ))}
        </p>
      )}
      {m.signals.length > 0 && (
        <ul class="signals">
          {m.signals.map((s, i) => (
            <li key={i}>
              <strong>{s.kind}</strong>: {s.explanation}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Body({ m, tab, copyKey }: { m: MessageDetail; tab: Tab; copyKey: string | null }) {
  if (tab === 'source') return <RawSource id={m.id} copyKey={copyKey} />;
  if (tab === 'html' && m.html) return <HtmlBody html={m.html} />;
  return (
    <pre class="text-body" tabIndex={0}>
      {m.text || '(no text)'}
      {m.textTruncated && <em class="muted">{'\n'}[text cut here; the full message is in the source]</em>}
    </pre>
  );
}

function Reader({ m }: { m: MessageDetail }) {
  const [tab, setTab] = useState<Tab>('text');
  const [copyKey, setCopyKey] = useState<string | null>(null);
  const tabs: [Tab, string][] = [
    ['text', 'Text'],
    ...(m.html ? [['html', 'HTML'] as [Tab, string]] : []),
    ['source', 'Raw source'],
  ];
  return (
    <>
      <h2 id="message-subject">{m.subject || '(no subject)'}</h2>
      <CaseToggle messageId={m.id} />
      <Headers m={m} />
      <Verification m={m} />
      {m.sourceProblem && <p class="warn">{m.sourceProblem}</p>}
      <div class="tabs" role="tablist" aria-label="message view">
        {tabs.map(([t, label]) => (
          <button key={t} role="tab" aria-selected={tab === t} class={tab === t ? 'on' : ''} onClick={() => setTab(t)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" class="body-panel">
        <Body m={m} tab={tab} copyKey={copyKey} />
      </div>
      <Attachments m={m} />
      {(m.thread.parent || m.thread.replies.length > 0) && (
        <section aria-label="thread">
          <h3>Thread ({m.thread.size} messages)</h3>
          {m.thread.parent && (
            <p>
              In reply to: <MessageLink m={m.thread.parent} />
            </p>
          )}
          {m.thread.replies.length > 0 && (
            <ul class="replies">
              {m.thread.replies.map((r) => (
                <li key={r.id}>
                  <MessageLink m={r} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <AnnotationsPanel target={{ kind: 'message', id: m.id }} />
      <section aria-label="provenance">
        <h3>Copies ({m.copies.length})</h3>
        <CopiesTable
          copies={m.copies}
          onRaw={(key) => {
            setCopyKey(key);
            setTab('source');
          }}
        />
      </section>
    </>
  );
}

export function MessageReader({ id }: { id: string }) {
  const state = useAsync(() => fetchMessage(id), [id]);
  return (
    <section class="reader" role="dialog" aria-modal="false" aria-labelledby="message-subject" data-message={id}>
      <button class="close" onClick={closeMessage} aria-label="close the message (Esc)">
        ×
      </button>
      {state.status === 'ok' ? (
        <Reader key={id} m={state.data} />
      ) : state.status === 'error' ? (
        <p class="error">{state.error}</p>
      ) : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
