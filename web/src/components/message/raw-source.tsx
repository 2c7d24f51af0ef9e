/**
 * The original bytes of one copy, as text: what the file on disk says, headers and all.
 */
import { fetchRawSource } from '../../api/client.js';
import { useAsync } from '../common/async.js';

export function RawSource({ id, copyKey }: { id: string; copyKey: string | null }) {
  const state = useAsync(() => fetchRawSource(id, copyKey ?? undefined), [id, copyKey]);
  if (state.status === 'error') return <p class="error">Source unavailable: {state.error}</p>;
  if (state.status !== 'ok') return <p class="muted">Loading the source…</p>;
  return (
    <pre class="raw-source" tabIndex={0} aria-label="raw message source">
      {state.data}
    </pre>
  );
}
