/**
 * Keyboard shortcuts for a tool used all day. Single keys act on the focused node and are ignored
 * while typing in a field; Ctrl/⌘+Z undoes outside text fields too.
 */
import { useEffect } from 'preact/hooks';

import {
  closeDocument,
  closeMessage,
  expandNode,
  focusNode,
  removeNode,
  toggleHidden,
  togglePinned,
} from '../state/actions.js';
import { undo, updateView, view } from '../state/store.js';
import type { Explorer } from '../view/explorer.js';

export const SHORTCUTS: [string, string][] = [
  ['/', 'search'],
  ['Esc', 'close the document, then the message, then clear the focus'],
  ['e', 'expand the focused person'],
  ['h', 'hide the focused node'],
  ['p', 'pin / unpin the focused node'],
  ['Delete', 'remove the focused node from the view'],
  ['Ctrl+Z', 'undo the last edit'],
  ['l', 'start / stop the layout'],
  ['f', 'fit the graph in view'],
  ['c', 'colour by community / by domain'],
  ['?', 'this list'],
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useKeyboard(explorer: Explorer, actions: { focusSearch(): void; toggleHelp(): void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A modal dialog (the shortcut list) handles its own keys: taking Esc here would keep it open.
      if (e.target instanceof Element && e.target.closest('dialog[open]')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing(e.target)) {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const focus = view.value.focus;
      const handlers: Record<string, () => void> = {
        '/': actions.focusSearch,
        '?': actions.toggleHelp,
        Escape: () =>
          view.value.document ? closeDocument() : view.value.message ? closeMessage() : focusNode(explorer, null),
        l: () => explorer.toggleLayout(),
        f: () => explorer.fit(),
        c: () => updateView({ colorBy: view.value.colorBy === 'community' ? 'domain' : 'community' }),
        ...(focus && {
          e: () => expandNode(focus),
          h: () => toggleHidden(focus),
          p: () => togglePinned(focus),
          Delete: () => removeNode(focus),
        }),
      };
      const handler = handlers[e.key];
      if (handler) {
        e.preventDefault();
        handler();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [explorer, actions]);
}
