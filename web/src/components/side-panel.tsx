/**
 * The left-hand panel: filters, path finder, queries and the case list as tabs (arrow keys move
 * between tabs).
 */
import { useState } from 'preact/hooks';

import { updateView, view } from '../state/store.js';
import { CasePanel } from './annotations/case-panel.js';
import type { SideTab } from '../state/url-state.js';
import { FiltersPanel } from './filters/filters-panel.js';
import { PathPanel } from './path/path-panel.js';
import { QueriesPanel } from './queries/queries-panel.js';

const TABS: [SideTab, string][] = [
  ['filters', 'Filters'],
  ['path', 'Path'],
  ['queries', 'Queries'],
  ['case', 'Case'],
];

const PANELS: Record<SideTab, preact.FunctionComponent> = {
  filters: FiltersPanel,
  path: PathPanel,
  queries: QueriesPanel,
  case: CasePanel,
};

export function SidePanel() {
  const tab = view.value.tab;
  // A panel is mounted on its first visit (the query editor's code loads only then) and then kept,
  // hidden, so a half-filled form survives a look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<SideTab>>(new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex(([t]) => t === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
    if (next < 0) return;
    updateView({ tab: TABS[next]![0] });
    document.getElementById(`tab-${TABS[next]![0]}`)?.focus();
  };
  return (
    <aside class="side" aria-label="tools">
      <div class="tabs" role="tablist" aria-label="tools" onKeyDown={onKeyDown}>
        {TABS.map(([t, label]) => (
          <button
            key={t}
            id={`tab-${t}`}
            role="tab"
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            class={tab === t ? 'on' : ''}
            onClick={() => updateView({ tab: t })}
          >
            {label}
          </button>
        ))}
      </div>
      {TABS.map(([t]) => {
        const Panel = PANELS[t];
        return (
          <div
            key={t}
            id={`panel-${t}`}
            role="tabpanel"
            aria-labelledby={`tab-${t}`}
            hidden={tab !== t}
            class="tab-panel"
          >
            {visited.has(t) && <Panel />}
          </div>
        );
      })}
    </aside>
  );
}
