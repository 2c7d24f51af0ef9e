/**
 * The identity corrections that name this person's addresses (merges and splits, from here or
 * from `leakgraph people`), each with Undo; and the Split button of an address.
 */
import { useState } from 'preact/hooks';

import type { CorrectionResult } from '../../../../contract/index.js';
import { fetchCorrections, splitAddresses, undoCorrection } from '../../api/analyst-client.js';
import { useExplorer } from '../../state/actions.js';
import { applyCorrection, dataVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';
import { formatDay, plural } from '../common/format.js';

/** Runs one correction request, applies its result to the view, and reports failure. */
function useCorrection(): { busy: boolean; error: string | null; run(request: () => Promise<CorrectionResult>): void } {
  const explorer = useExplorer();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (request: () => Promise<CorrectionResult>) => {
    setBusy(true);
    setError(null);
    request()
      .then((result) => applyCorrection(explorer, result))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return { busy, error, run };
}

export function SplitButton({ email, name }: { email: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useCorrection();
  if (!asking)
    return (
      <button
        class="link split"
        onClick={() => setAsking(true)}
        title={`${email} is not ${name}: make it a person of its own`}
      >
        split off
      </button>
    );
  return (
    <span class="confirm" role="group" aria-label={`split ${email}`}>
      A person of its own?{' '}
      <button
        class="primary"
        disabled={busy}
        onClick={() => run(() => splitAddresses([email], `explorer: not ${name}`))}
      >
        {busy ? 'Splitting…' : 'Split'}
      </button>
      <button disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
      {error && <span class="error"> {error}</span>}
    </span>
  );
}

export function Corrections({ personId }: { personId: string }) {
  const state = useAsync(() => fetchCorrections(personId), [personId, dataVersion.value]);
  const { busy, error, run } = useCorrection();
  if (state.status !== 'ok' || state.data.length === 0) return null;
  return (
    <section class="corrections" aria-label="identity corrections">
      <h3>Your corrections</h3>
      <ul>
        {state.data.map((c) => (
          <li key={c.id} data-correction={c.id}>
            <strong>{c.kind === 'merge' ? 'merged' : 'split off'}</strong>{' '}
            {plural(c.addresses.length, 'address', 'addresses')}{' '}
            <span class="muted">
              on {formatDay(c.at)} ({c.id}){c.note && ` — ${c.note}`}
            </span>{' '}
            <button disabled={busy} onClick={() => run(() => undoCorrection(c.id))}>
              Undo
            </button>
          </li>
        ))}
      </ul>
      {error && <p class="error">{error}</p>}
    </section>
  );
}
