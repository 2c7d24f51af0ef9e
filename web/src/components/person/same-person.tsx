/**
 * "Same person?" on the person panel: persons that may be this one (a variant of the name, or the
 * same correspondents without ever meeting on a message), each with why, and a merge that asks
 * once before it acts. A merge is the correction `leakgraph people merge` records: it survives
 * re-ingest and can be undone below.
 */
import { useState } from 'preact/hooks';

import type { PersonDetail, PersonSuggestion } from '../../../../contract/index.js';
import { fetchSuggestions, mergePersons } from '../../api/analyst-client.js';
import { focusNode, useExplorer } from '../../state/actions.js';
import { applyCorrection, dataVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';
import { formatCount } from '../common/format.js';

function Suggestion({ person, s }: { person: PersonDetail; s: PersonSuggestion }) {
  const explorer = useExplorer();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await mergePersons([person.id, s.id], `explorer: "${s.name}" is "${person.name}"`);
      await applyCorrection(explorer, result);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <li class="suggestion" data-person={s.id}>
      <div>
        <button class="row-link" onClick={() => focusNode(explorer, s.id)} title="Show this person">
          {s.name}
        </button>{' '}
        <span class="muted">
          {formatCount(s.messages)} messages
          {s.address && (
            <>
              {' '}
              · <span class="email">{s.address}</span>
            </>
          )}
        </span>
      </div>
      <ul class="why">
        {s.reasons.map((r, i) => (
          <li key={i} class={`why-${r.kind}`}>
            {r.text}
          </li>
        ))}
      </ul>
      {asking ? (
        <div class="confirm" role="group" aria-label={`merge ${s.name} into ${person.name}`}>
          <span>
            One person: “{person.name}” and “{s.name}”?
          </span>
          <button class="primary" disabled={busy} onClick={() => void merge()}>
            {busy ? 'Merging…' : 'Merge'}
          </button>
          <button disabled={busy} onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button onClick={() => setAsking(true)} title="These are one person (recorded as a correction; undo below)">
          Merge…
        </button>
      )}
      {error && <p class="error">{error}</p>}
    </li>
  );
}

export function SamePerson({ person }: { person: PersonDetail }) {
  const state = useAsync(() => fetchSuggestions(person.id), [person.id, dataVersion.value]);
  if (state.status === 'error') return <p class="error">Suggestions unavailable: {state.error}</p>;
  if (state.status !== 'ok' || state.data.length === 0) return null;
  return (
    <section class="same-person" aria-label="same person?">
      <h3>Same person?</h3>
      <ul class="suggestions">
        {state.data.map((s) => (
          <Suggestion key={s.id} person={person} s={s} />
        ))}
      </ul>
    </section>
  );
}
