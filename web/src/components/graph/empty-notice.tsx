/**
 * The notice of an emptied graph: which filter left no one to draw, and one click to lift it
 * (explain-empty.ts asks the API what each filter, lifted alone, would bring back).
 */
import { useEffect, useState } from 'preact/hooks';

import { type GraphFilters, fetchGraph } from '../../api/client.js';
import { updateFilters } from '../../state/store.js';
import { type EmptyExplanation, explainEmpty, remedyText } from '../filters/explain-empty.js';

// Counting is all a probe needs: one person drawn, no entities.
const countMatched = async (f: GraphFilters) =>
  (await fetchGraph({ ...f, top: 1, entities: false })).attributes.matchedPersons;

export function EmptyNotice({ filters }: { filters: GraphFilters }) {
  const [explained, setExplained] = useState<{ key: string; explanation: EmptyExplanation } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  useEffect(() => {
    let current = true;
    setFailed(null);
    explainEmpty(filters, countMatched).then(
      (explanation) => current && setExplained({ key, explanation }),
      (e: Error) => current && setFailed(e.message),
    );
    return () => void (current = false);
  }, [key]);
  const e = explained?.key === key ? explained.explanation : null;
  return (
    <span class="empty-notice" data-testid="empty-notice">
      {e ? e.summary : 'Nothing matches these filters.'}
      {failed && <span class="muted"> (could not tell which filter: {failed})</span>}
      {e && e.remedies.length > 0 && (
        <span class="remedies">
          {' '}
          Draw again with{' '}
          {e.remedies.map((r, i) => (
            <span key={r.label}>
              {i > 0 && ' or '}
              <button class="link" onClick={() => updateFilters(r.patch)}>
                {remedyText(r)}
              </button>
            </span>
          ))}
          .
        </span>
      )}
    </span>
  );
}
