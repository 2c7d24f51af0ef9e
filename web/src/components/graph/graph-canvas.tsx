/**
 * The graph area: sigma's container, the colour key, and what is not shown (so an analyst never
 * mistakes a filtered view for the whole dump).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { useGraphSync } from '../../controllers/graph-sync.js';
import { expandNode, focusNode, showAllHidden, useExplorer } from '../../state/actions.js';
import { view } from '../../state/store.js';
import { formatCount, plural } from '../common/format.js';
import { EmptyNotice } from './empty-notice.js';
import { Legend } from './legend.js';

function Notices() {
  const explorer = useExplorer();
  const info = explorer.info.value;
  const v = view.value;
  const notes: preact.ComponentChildren[] = [];
  if (info.base && info.base.hiddenPersons > 0) {
    notes.push(
      <span key="top">
        Showing the top {formatCount(v.filters.top)} of {formatCount(info.base.matchedPersons)} matching persons by
        volume: <strong>{plural(info.base.hiddenPersons, 'person')} not drawn</strong> (raise the limit or narrow the
        filters).
      </span>,
    );
  }
  if (info.linkCut && info.linkCut.hidden > 0) {
    notes.push(
      <span key="links">
        Drawing the {formatCount(info.linkCut.total - info.linkCut.hidden)} heaviest of{' '}
        {formatCount(info.linkCut.total)} links ({formatCount(info.linkCut.minCount)}+ messages):{' '}
        <strong>{plural(info.linkCut.hidden, 'lighter link')} not drawn</strong>; a selected person shows all theirs.
      </span>,
    );
  }
  if (info.base?.hiddenEntities) {
    notes.push(
      <span key="entities">
        Only the most mentioned entities are drawn:{' '}
        <strong>{plural(info.base.hiddenEntities, 'entity', 'entities')} left out</strong>.
      </span>,
    );
  }
  if (info.base?.hiddenDocuments) {
    notes.push(
      <span key="documents">
        Only the most handled documents are drawn:{' '}
        <strong>{plural(info.base.hiddenDocuments, 'document')} left out</strong>.
      </span>,
    );
  }
  const yours = v.hidden.length + v.removed.length;
  if (yours > 0) {
    notes.push(
      <span key="own">
        {plural(yours, 'node')} hidden or removed by you.{' '}
        <button class="link" onClick={showAllHidden}>
          Show all
        </button>
      </span>,
    );
  }
  // The filters match no one: say which filter did it (expansions or overlays may still draw nodes).
  if (info.state === 'ready' && info.filters && info.base?.matchedPersons === 0)
    notes.push(<EmptyNotice key="empty" filters={info.filters} />);
  else if (info.state === 'ready' && info.nodes === 0)
    notes.push(<span key="empty">Nothing matches these filters.</span>);
  if (info.state === 'error')
    notes.push(
      <span key="err" class="error">
        Could not load the graph: {info.error}
      </span>,
    );
  return notes.length ? (
    <div class="notices" role="status">
      {notes}
    </div>
  ) : null;
}

export function GraphCanvas() {
  const explorer = useExplorer();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    explorer.mount(container.current!, {
      onFocus: (node) => focusNode(explorer, node),
      onExpand: (node) => expandNode(node),
      onHover: (node) => explorer.setHover(node),
    });
    return () => explorer.kill();
  }, [explorer]);
  useGraphSync(explorer);
  const [keyOpen, setKeyOpen] = useState(true);
  const info = explorer.info.value;
  return (
    <main
      class={`graph-area${keyOpen ? ' key-open' : ''}`}
      aria-label="communication graph"
      aria-busy={info.state === 'loading'}
    >
      <div ref={container} class="sigma-container" data-testid="graph" />
      {info.state === 'loading' && <div class="loading-bar" aria-hidden="true" />}
      <Notices />
      <Legend open={keyOpen} onToggle={() => setKeyOpen(!keyOpen)} />
    </main>
  );
}
