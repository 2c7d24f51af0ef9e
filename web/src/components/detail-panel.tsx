/**
 * The right-hand panel: the focused person, a mentioned entity, a document node, or how to get started.
 */
import { focusNode, toggleHidden, useExplorer } from '../state/actions.js';
import { view } from '../state/store.js';
import { formatCount } from './common/format.js';
import { DocumentPanel } from './document/document-panel.js';
import { PersonPanel } from './person/person-panel.js';

// Document node keys: the server's documentNodeKey (server/graph/document-nodes.ts).
const DOCUMENT_PREFIX = 'doc:';

const TYPE_NAMES: Record<string, string> = { PER: 'person mentioned', ORG: 'organisation', LOC: 'place' };

function EntityPanel({ id }: { id: string }) {
  const explorer = useExplorer();
  const graph = explorer.graph;
  if (!graph.hasNode(id)) return <p class="muted">This entity is not in the current view.</p>;
  const a = graph.getNodeAttributes(id);
  const mentionedBy = graph
    .inNeighbors(id)
    .map((n) => ({ id: n, label: graph.getNodeAttribute(n, 'label'), count: graph.getEdgeAttribute(n, id, 'count') }));
  mentionedBy.sort((x, y) => y.count - x.count);
  return (
    <article class="entity" aria-labelledby="entity-name">
      <h2 id="entity-name">{a.label}</h2>
      <p class="muted">
        {TYPE_NAMES[a.entityType ?? ''] ?? 'entity'} · mentioned in {formatCount(a.received)} messages
      </p>
      <div class="actions">
        <button onClick={() => toggleHidden(id)}>{view.value.hidden.includes(id) ? 'Unhide' : 'Hide'}</button>
      </div>
      <h3>Mentioned by</h3>
      <ol class="correspondents">
        {mentionedBy.map((m) => (
          <li key={m.id}>
            <button class="row-link" onClick={() => focusNode(explorer, m.id)}>
              {m.label}
            </button>
            <span class="muted"> {formatCount(m.count)} messages</span>
          </li>
        ))}
      </ol>
    </article>
  );
}

function Welcome() {
  return (
    <div class="welcome">
      <h2>Explore the correspondence</h2>
      <ul>
        <li>
          Search a name, address or phrase above (<kbd>/</kbd>).
        </li>
        <li>Click a node to see the person; double-click to add their correspondents.</li>
        <li>Filter by time, volume or domain on the left; find how two people connect under Path.</li>
        <li>
          Every view is a link: copy the address to share or reopen it. <kbd>?</kbd> lists the shortcuts.
        </li>
      </ul>
    </div>
  );
}

export function DetailPanel() {
  const focus = view.value.focus;
  return (
    <aside class="detail" aria-label="details">
      {!focus ? (
        <Welcome />
      ) : focus.startsWith('p-') ? (
        <PersonPanel key={focus} id={focus} />
      ) : focus.startsWith(DOCUMENT_PREFIX) ? (
        <DocumentPanel key={focus} sha256={focus.slice(DOCUMENT_PREFIX.length)} />
      ) : (
        <EntityPanel id={focus} />
      )}
    </aside>
  );
}
