/**
 * The explorer's layout: search and tools on top, filters/path/queries on the left, the graph in
 * the middle, the person panel on the right, the message reader over the right side when open.
 */
import { useMemo, useRef, useState } from 'preact/hooks';

import type { SearchHit } from '../../contract/index.js';
import { windowLabel } from './components/common/time-window.js';
import { CopyLink } from './components/copy-link.js';
import { DetailPanel } from './components/detail-panel.js';
import { DocumentPanel } from './components/document/document-panel.js';
import { GraphCanvas } from './components/graph/graph-canvas.js';
import { Toolbar } from './components/graph/toolbar.js';
import { HelpDialog } from './components/help-dialog.js';
import { MessageReader } from './components/message/message-reader.js';
import { SearchBox } from './components/search-box.js';
import { SidePanel } from './components/side-panel.js';
import { TimeChip } from './components/time-chip.js';
import { useKeyboard } from './controllers/keyboard.js';
import { useResultsSync } from './controllers/results-sync.js';
import { ExplorerContext, closeDocument, focusNode, openDocument, openMessage } from './state/actions.js';
import { updateFilters, view } from './state/store.js';
import type { Explorer } from './view/explorer.js';

export function App({ explorer }: { explorer: Explorer }) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const actions = useMemo(
    () => ({ focusSearch: () => searchRef.current?.focus(), toggleHelp: () => setHelp((h) => !h) }),
    [],
  );
  useKeyboard(explorer, actions);
  useResultsSync();

  const onSearch = (hit: SearchHit) => {
    if (hit.kind === 'note' && hit.target) {
      if (hit.target.kind === 'message') openMessage(hit.target.id);
      else if (hit.target.kind === 'document') openDocument(hit.target.id);
      else if (hit.target.kind === 'person') focusNode(explorer, hit.target.id);
      return;
    }
    if (hit.kind === 'message') openMessage(hit.id);
    if (hit.kind === 'document') {
      openDocument(hit.id);
      return;
    }
    if (hit.kind === 'entity') {
      if (!view.value.filters.entities) updateFilters({ entities: true });
      focusNode(explorer, hit.id);
    } else if (hit.personId) focusNode(explorer, hit.personId);
  };

  const message = view.value.message;
  const doc = view.value.document;
  const { from, to } = view.value.filters;
  return (
    <ExplorerContext.Provider value={explorer}>
      <div class={`app${message || doc ? ' reading' : ''}${view.value.tab === 'queries' ? ' wide-side' : ''}`}>
        <header class="top">
          <h1 class="brand">leakgraph</h1>
          <SearchBox
            label="Search persons, addresses, entities, subjects, text and your notes"
            placeholder="Search  /"
            onSelect={onSearch}
            inputRef={searchRef}
            window={{ from, to, label: windowLabel({ from, to }) }}
          />
          <TimeChip />
          <CopyLink />
          <Toolbar onHelp={actions.toggleHelp} />
        </header>
        <SidePanel />
        <GraphCanvas />
        <DetailPanel />
        {doc ? (
          <section class="reader" role="dialog" aria-modal="false" aria-label="document">
            <DocumentPanel key={doc} sha256={doc} onClose={closeDocument} />
          </section>
        ) : (
          message && <MessageReader id={message} />
        )}
        <HelpDialog open={help} onClose={() => setHelp(false)} />
      </div>
    </ExplorerContext.Provider>
  );
}
