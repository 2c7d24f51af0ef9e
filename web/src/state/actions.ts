/**
 * The explorer's verbs, shared by clicks, buttons and keys: focus, expand, hide, pin, remove,
 * open a message. Each is one change of the view state (edits go through `edit`, so Undo works).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Explorer } from '../view/explorer.js';
import { addTo, edit, toggleIn, updateView, view } from './store.js';

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer(): no <ExplorerContext.Provider> above this component');
  return explorer;
}

const isPerson = (id: string) => id.startsWith('p-');

/** Focuses a node; a person not in the view is brought in with its neighbours. */
export function focusNode(explorer: Explorer, id: string | null): void {
  if (id && !explorer.graph.hasNode(id) && isPerson(id)) {
    edit('bring in', (e) => ({
      expanded: addTo(e.expanded, id),
      removed: e.removed.filter((x) => x !== id),
      hidden: e.hidden.filter((x) => x !== id),
    }));
  }
  updateView({ focus: id });
}

export function expandNode(id: string): void {
  if (!isPerson(id) || view.value.expanded.includes(id)) return;
  edit('expand', (e) => ({ expanded: addTo(e.expanded, id) }));
}

export function collapseNode(id: string): void {
  edit('collapse', (e) => ({ expanded: e.expanded.filter((x) => x !== id) }));
}

export const toggleHidden = (id: string) =>
  edit(view.value.hidden.includes(id) ? 'show' : 'hide', (e) => ({ hidden: toggleIn(e.hidden, id) }));
export const togglePinned = (id: string) =>
  edit(view.value.pinned.includes(id) ? 'unpin' : 'pin', (e) => ({ pinned: toggleIn(e.pinned, id) }));

export function removeNode(id: string): void {
  edit('remove', (e) => ({ removed: addTo(e.removed, id), expanded: e.expanded.filter((x) => x !== id) }));
  if (view.value.focus === id) updateView({ focus: null });
}

export function showAllHidden(): void {
  edit('show all', () => ({ hidden: [], removed: [] }));
}

export const openMessage = (id: string) => updateView({ message: id, document: null });
export const closeMessage = () => updateView({ message: null });
/** The document panel takes the reader's place; closing it returns to the message it was opened from. */
export const openDocument = (sha256: string) => updateView({ document: sha256 });
export const closeDocument = () => updateView({ document: null });
