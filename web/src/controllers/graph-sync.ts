/**
 * Keeps the drawn graph in step with the view state (a render-nothing controller, as in
 * gephi-lite): data changes (filters, edits, overlays) go through Explorer.sync; looks (focus,
 * hidden, colouring) only change the reducers' inputs.
 */
import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { pathIndex, pathResult, queryAsTable, queryResult } from '../state/results.js';
import { view } from '../state/store.js';
import type { Explorer, SyncState } from '../view/explorer.js';

function wantedState(): SyncState {
  const v = view.value;
  const path = pathResult.value.status === 'ok' ? (pathResult.value.data.paths[pathIndex.value] ?? null) : null;
  const q = queryResult.value;
  const query = q.status === 'ok' && q.data.kind === 'graph' && !queryAsTable.value ? q.data.graph : null;
  return {
    filters: v.filters,
    expanded: v.expanded,
    removed: v.removed,
    pinned: v.pinned,
    path: v.path ? path : null,
    query,
  };
}

/** Same view, same key: focus or message changes must not rebuild the graph. */
function keyOf(s: SyncState): string {
  return JSON.stringify([s.filters, s.expanded, s.removed, s.pinned]);
}

export function useGraphSync(explorer: Explorer): void {
  useEffect(() => {
    let lastKey = '';
    let lastPath: unknown = undefined;
    let lastQuery: unknown = undefined;
    const stops = [
      effect(() => {
        const state = wantedState();
        const key = keyOf(state);
        if (key === lastKey && state.path === lastPath && state.query === lastQuery) return;
        lastKey = key;
        lastPath = state.path;
        lastQuery = state.query;
        // Re-apply the focus once the node exists (a link, a search or a path may name a node that
        // is only now loaded), moving the camera to it the first time it is there.
        void explorer.sync(state).then(() => explorer.setFocus(view.peek().focus, 'if-new'));
      }),
      effect(() => explorer.setFocus(view.value.focus)),
      effect(() => explorer.setHidden(view.value.hidden)),
      effect(() => explorer.setColorBy(view.value.colorBy)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [explorer]);
}
