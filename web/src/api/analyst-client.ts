/**
 * ⑦ JSON → view: the analyst's own writes and what they rest on — identity corrections ("same
 * person?", merge, split, undo) and, in annotations-client.ts, notes, tags and the case list.
 */
import type { CorrectionResult, CorrectionView, PersonSuggestion } from '../../../contract/index.js';
import { getJson, query, sendJson } from './client.js';

const enc = encodeURIComponent;

export const fetchSuggestions = (personId: string) =>
  getJson<PersonSuggestion[]>(`api/persons/${enc(personId)}/suggestions`);

export const fetchCorrections = (personId?: string) =>
  getJson<CorrectionView[]>(`api/people/corrections${query({ person: personId })}`);

/** These persons (ids) or addresses are one person. */
export const mergePersons = (refs: string[], note = '') =>
  sendJson<CorrectionResult>('POST', 'api/people/merge', { refs, note });

/** These addresses are a person of their own. */
export const splitAddresses = (addresses: string[], note = '') =>
  sendJson<CorrectionResult>('POST', 'api/people/split', { addresses, note });

export const undoCorrection = (id: string) => sendJson<CorrectionResult>('DELETE', `api/people/corrections/${enc(id)}`);
