/**
 * A person's messages, paged and sortable (date or subject, either way), filtered by role and by
 * the explorer's time filter. A row opens the message reader.
 */
import { useEffect, useState } from 'preact/hooks';

import type { MessageSummary, Page } from '../../../../contract/index.js';
import { type DateRange, type PersonMessagesQuery, fetchPersonMessages } from '../../api/client.js';
import { openMessage } from '../../state/actions.js';
import { view } from '../../state/store.js';
import { useAsync } from '../common/async.js';
import { formatCount, formatDate } from '../common/format.js';

const PAGE = 50;

type SortKey = 'date' | 'subject';

export function MessageTable({
  personId,
  withPerson,
  window,
}: {
  personId: string;
  withPerson?: string | null;
  /** The explorer's time filter: only messages dated in it. */
  window?: DateRange;
}) {
  const [q, setQ] = useState<PersonMessagesQuery>({ offset: 0, limit: PAGE, sort: '-date', role: 'all' });
  const from = window?.from ?? null;
  const to = window?.to ?? null;
  // A new window starts again from the first page.
  useEffect(() => setQ((old) => (old.offset ? { ...old, offset: 0 } : old)), [from, to]);
  const state = useAsync<Page<MessageSummary>>(
    () => fetchPersonMessages(personId, { ...q, with: withPerson ?? null, from, to }),
    [personId, withPerson, JSON.stringify(q), from, to],
  );
  const sortBy = (key: SortKey) =>
    setQ({
      ...q,
      offset: 0,
      sort: q.sort === `-${key}` ? key : q.sort === key ? `-${key}` : key === 'date' ? '-date' : 'subject',
    });
  const ariaSort = (key: SortKey) => (q.sort === key ? 'ascending' : q.sort === `-${key}` ? 'descending' : 'none');
  const page = state.status === 'ok' ? state.data : null;
  const current = view.value.message;

  return (
    <section class="messages" aria-label="messages">
      <div class="table-head">
        <h3>
          Messages{' '}
          {page && (
            <span class="count" data-testid="message-total">
              {formatCount(page.total)}
            </span>
          )}
        </h3>
        <select
          aria-label="which messages"
          value={q.role}
          onChange={(e) =>
            setQ({ ...q, offset: 0, role: (e.currentTarget as HTMLSelectElement).value as PersonMessagesQuery['role'] })
          }
        >
          <option value="all">sent and received</option>
          <option value="sent">sent</option>
          <option value="received">received</option>
        </select>
      </div>
      {state.status === 'error' && <p class="error">{state.error}</p>}
      <table class="message-list">
        <thead>
          <tr>
            <th aria-sort={ariaSort('date')}>
              <button class="sort" onClick={() => sortBy('date')}>
                Date
              </button>
            </th>
            <th aria-sort={ariaSort('subject')}>
              <button class="sort" onClick={() => sortBy('subject')}>
                Subject
              </button>
            </th>
            <th>From</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((m) => (
            <tr key={m.id} class={m.id === current ? 'current' : ''}>
              <td class="date">{formatDate(m.date).slice(0, 10)}</td>
              <td>
                <button class="row-link" onClick={() => openMessage(m.id)} title={m.subject}>
                  {m.subject || '(no subject)'}
                </button>
                {m.hasAttachments && <span title="has attachments"> 📎</span>}
                {m.conflict && (
                  <span class="badge warn" title="another message claims the same Message-ID">
                    conflict
                  </span>
                )}
              </td>
              <td class="from" title={m.from?.email}>
                {m.from?.name || m.from?.email || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && page.total > PAGE && (
        <nav class="pager" aria-label="message pages">
          <button disabled={q.offset === 0} onClick={() => setQ({ ...q, offset: Math.max(0, q.offset - PAGE) })}>
            ‹ Previous
          </button>
          <span>
            {formatCount(q.offset + 1)}–{formatCount(Math.min(page.total, q.offset + PAGE))} of{' '}
            {formatCount(page.total)}
          </span>
          <button disabled={q.offset + PAGE >= page.total} onClick={() => setQ({ ...q, offset: q.offset + PAGE })}>
            Next ›
          </button>
        </nav>
      )}
      {state.status === 'loading' && <p class="muted">Loading…</p>}
    </section>
  );
}
