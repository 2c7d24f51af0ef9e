/**
 * The path finder: how does A reach B? Shortest chains of correspondents, drawn on the graph, with
 * the messages behind each hop so every link in the chain can be read and cited.
 */
import type { PathHop } from '../../../../contract/index.js';
import { focusNode, openMessage, useExplorer } from '../../state/actions.js';
import { pathDraft, pathIndex, pathResult } from '../../state/results.js';
import { updateView, view } from '../../state/store.js';
import { formatCount, formatDate, plural } from '../common/format.js';
import { SearchBox } from '../search-box.js';

function Hop({ hop }: { hop: PathHop }) {
  return (
    <li class="hop">
      <div>
        {hop.from.name} ↔ {hop.to.name} <span class="muted">{plural(hop.count, 'message')}</span>
      </div>
      <ul class="hop-messages">
        {hop.messages.map((m) => (
          <li key={m.id}>
            <button class="row-link" onClick={() => openMessage(m.id)}>
              {formatDate(m.date).slice(0, 10)} · {m.subject || '(no subject)'}
            </button>
          </li>
        ))}
        {hop.count > hop.messages.length && (
          <li class="muted">… {formatCount(hop.count - hop.messages.length)} more</li>
        )}
      </ul>
    </li>
  );
}

function Results() {
  const explorer = useExplorer();
  const r = pathResult.value;
  if (r.status === 'idle') return null;
  if (r.status === 'loading') return <p class="muted">Searching…</p>;
  if (r.status === 'error') return <p class="error">{r.error}</p>;
  if (r.data.paths.length === 0) return <p>No chain of correspondents links them (within the hop limit).</p>;
  return (
    <div class="paths" data-testid="paths">
      {r.data.paths.map((p, i) => (
        <details
          key={i}
          open={i === pathIndex.value}
          onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && (pathIndex.value = i)}
        >
          <summary>
            {plural(p.hops.length, 'hop')}: {p.persons.map((x) => x.name).join(' → ')}
          </summary>
          <ol class="hops">
            {p.hops.map((h) => (
              <Hop key={`${h.from.id}-${h.to.id}`} hop={h} />
            ))}
          </ol>
          <button class="link" onClick={() => focusNode(explorer, p.persons[0]!.id)}>
            focus the start
          </button>
        </details>
      ))}
    </div>
  );
}

export function PathPanel() {
  const draft = pathDraft.value;
  const current = view.value.path;
  const find = () => draft.from && draft.to && updateView({ path: { from: draft.from.id, to: draft.to.id } });
  return (
    <div class="path-finder">
      <p class="muted">Shortest chains of correspondents between two people.</p>
      <SearchBox
        label="From person"
        kinds={['person']}
        keepLabel
        initial={draft.from?.name ?? ''}
        onSelect={(h) => (pathDraft.value = { ...pathDraft.value, from: { id: h.personId ?? h.id, name: h.label } })}
      />
      <SearchBox
        label="To person"
        kinds={['person']}
        keepLabel
        initial={draft.to?.name ?? ''}
        onSelect={(h) => (pathDraft.value = { ...pathDraft.value, to: { id: h.personId ?? h.id, name: h.label } })}
      />
      <div class="row">
        <button class="primary" disabled={!draft.from || !draft.to} onClick={find}>
          Find paths
        </button>
        {current && (
          <button onClick={() => updateView({ path: null })} title="Remove the path from the graph">
            Clear
          </button>
        )}
      </div>
      <Results />
    </div>
  );
}
