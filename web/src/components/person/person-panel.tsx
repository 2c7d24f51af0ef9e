/**
 * The person panel: who this is (names, addresses and why they belong together, "same person?"),
 * activity over time, top correspondents, what they mention, their messages, and the graph verbs.
 * Everything dated follows the explorer's time filter.
 */
import { fetchPerson } from '../../api/client.js';
import {
  collapseNode,
  expandNode,
  focusNode,
  removeNode,
  toggleHidden,
  togglePinned,
  useExplorer,
} from '../../state/actions.js';
import { pathDraft } from '../../state/results.js';
import { updateView, view } from '../../state/store.js';
import { dataVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';
import { formatCount } from '../common/format.js';
import { AnnotationsPanel } from '../annotations/annotations-panel.js';
import { ActivityHistogram } from './activity-histogram.js';
import { Corrections } from './corrections.js';
import { Identity } from './identity.js';
import { MessageTable } from './message-table.js';
import { SamePerson } from './same-person.js';

function Actions({ id, name }: { id: string; name: string }) {
  const v = view.value;
  const expanded = v.expanded.includes(id);
  const startPath = () => {
    pathDraft.value = { from: { id, name }, to: pathDraft.value.to?.id === id ? null : pathDraft.value.to };
    updateView({ tab: 'path' });
  };
  return (
    <div class="actions" role="group" aria-label="graph actions">
      <button
        onClick={() => (expanded ? collapseNode(id) : expandNode(id))}
        title="Add this person's correspondents to the view (e, or double-click)"
      >
        {expanded ? 'Collapse' : 'Expand'}
      </button>
      <button onClick={() => toggleHidden(id)} aria-pressed={v.hidden.includes(id)} title="Hide from the view (h)">
        {v.hidden.includes(id) ? 'Unhide' : 'Hide'}
      </button>
      <button
        onClick={() => togglePinned(id)}
        aria-pressed={v.pinned.includes(id)}
        title="Keep in place when the layout runs (p)"
      >
        {v.pinned.includes(id) ? 'Unpin' : 'Pin'}
      </button>
      <button onClick={() => removeNode(id)} title="Remove from the view (Delete); Undo brings it back">
        Remove
      </button>
      <button onClick={startPath} title="Find how this person connects to another">
        Path from here
      </button>
    </div>
  );
}

export function PersonPanel({ id }: { id: string }) {
  const explorer = useExplorer();
  const { from, to } = view.value.filters;
  const state = useAsync(() => fetchPerson(id, { from, to }), [id, from, to, dataVersion.value]);
  if (state.status === 'loading' || state.status === 'idle') return <p class="muted">Loading…</p>;
  if (state.status === 'error') return <p class="error">{state.error}</p>;
  const p = state.data;
  return (
    <article class="person" aria-labelledby="person-name" data-person={p.id}>
      <h2 id="person-name">{p.name}</h2>
      {explorer.info.value.state === 'ready' && !explorer.graph.hasNode(p.id) && (
        <p class="note">
          Not in the current view (filtered out or removed).{' '}
          <button class="link" onClick={() => focusNode(explorer, p.id)}>
            Bring into view
          </button>
        </p>
      )}
      <Actions id={p.id} name={p.name} />
      <Identity p={p} />
      <AnnotationsPanel target={{ kind: 'person', id: p.id }} />
      <SamePerson person={p} />
      <Corrections personId={p.id} />
      <h3>Activity</h3>
      <ActivityHistogram rows={p.histogram} />
      <h3>Top correspondents</h3>
      <ol class="correspondents">
        {p.topCorrespondents.map((c) => (
          <li key={c.id}>
            <button class="row-link" onClick={() => focusNode(explorer, c.id)}>
              {c.name}
            </button>
            <span class="muted" title={`${p.name} wrote ${c.sent}, received ${c.received}`}>
              {' '}
              {formatCount(c.total)} ({formatCount(c.sent)} sent, {formatCount(c.received)} received)
            </span>
          </li>
        ))}
      </ol>
      {p.topMentions.length > 0 && (
        <>
          <h3>Mentions most</h3>
          <p class="mentions">
            {p.topMentions.map((m) => (
              <span key={m.key} class={`tag tag-${m.type}`} title={`${m.type}, ${m.count} messages`}>
                {m.name}
              </span>
            ))}
          </p>
        </>
      )}
      <MessageTable personId={p.id} window={{ from, to }} />
    </article>
  );
}
