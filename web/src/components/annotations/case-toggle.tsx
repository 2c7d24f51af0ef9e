/**
 * "Add to case" on a message: the case list is the analyst's bookmarked messages, the ones a story
 * bundle can be built from (the Case tab).
 */
import { useState } from 'preact/hooks';

import { addToCase, fetchAnnotations, removeFromCase } from '../../api/annotations-client.js';
import { bumpNotes, notesVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';

export function CaseToggle({ messageId }: { messageId: string }) {
  const state = useAsync(() => fetchAnnotations({ kind: 'message', id: messageId }), [messageId, notesVersion.value]);
  const [error, setError] = useState<string | null>(null);
  const inCase = state.status === 'ok' && state.data.some((a) => a.kind === 'bookmark');
  const toggle = () => {
    setError(null);
    (inCase ? removeFromCase(messageId) : addToCase(messageId)).then(bumpNotes, (e: Error) => setError(e.message));
  };
  return (
    <span class="case-toggle">
      <button
        aria-pressed={inCase}
        disabled={state.status !== 'ok'}
        onClick={toggle}
        title={inCase ? 'Take this message off the case list' : 'Bookmark this message for the case (story bundle)'}
      >
        {inCase ? '★ In the case' : '☆ Add to case'}
      </button>
      {error && <span class="error"> {error}</span>}
    </span>
  );
}
