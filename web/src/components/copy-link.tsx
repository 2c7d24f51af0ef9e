/**
 * "Copy link": the address of the current view (filters, focus, open message, path, query, edits
 * are all in it, see state/url-state.ts) to the clipboard, to reopen or share the same view.
 */
import { useState } from 'preact/hooks';

export function CopyLink() {
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setDone('copied');
    } catch {
      // No clipboard (permissions, an old browser): the address bar holds the same link.
      setDone('failed');
    }
    setTimeout(() => setDone(null), 2_500);
  };
  return (
    <button
      onClick={() => void copy()}
      title="Copy a link to this view (filters, focus, message, path…)"
      aria-live="polite"
    >
      {done === 'copied' ? '✓ Link copied' : done === 'failed' ? 'Copy the address bar' : '🔗 Copy link'}
    </button>
  );
}
