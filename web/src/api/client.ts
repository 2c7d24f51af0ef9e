/**
 * ⑦ JSON → view: typed calls to the leakgraph API. Types come from the server (type-only import).
 */
import type { ErrorBody, GraphResponse } from '../../../server/api/schemas';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({ error: res.statusText }))) as ErrorBody;
    throw new ApiError(res.status, body.error);
  }
  return (await res.json()) as T;
}

export function fetchGraph(minCount = 1): Promise<GraphResponse> {
  return getJson<GraphResponse>(`api/graph?minCount=${minCount}`);
}
