/**
 * Results the panels share with the graph: the path being shown and the saved-query result.
 * Controllers fill them from the view state; panels read them; the graph overlays them.
 */
import { signal } from '@preact/signals';

import type { PathResponse, PersonRef, QueryResult, SavedQuery, StatsResponse } from '../../../contract/index.js';
import type { Async } from '../components/common/async.js';

export const pathResult = signal<Async<PathResponse>>({ status: 'idle' });
/** Which of the returned paths is drawn. */
export const pathIndex = signal(0);

export const queryResult = signal<Async<QueryResult>>({ status: 'idle' });
/** Graph results can be shown on the graph or as a table; the analyst switches. */
export const queryAsTable = signal(false);

export const savedQueries = signal<Async<SavedQuery[]>>({ status: 'idle' });
export const stats = signal<Async<StatsResponse>>({ status: 'idle' });

/** The path finder's two ends before the analyst asks (names kept for the pickers). */
export const pathDraft = signal<{ from: PersonRef | null; to: PersonRef | null }>({ from: null, to: null });
