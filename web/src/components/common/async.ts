/**
 * A small hook for "load this when the key changes": keeps the latest result only, so a slow
 * answer for an old key never replaces a newer one.
 */
import { useEffect, useState } from 'preact/hooks';

export type Async<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: string };

export function useAsync<T>(load: (() => Promise<T>) | null, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ status: load ? 'loading' : 'idle' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ok', data }),
      (error: Error) => current && setState({ status: 'error', error: error.message }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
