/**
 * One search hit in a result list, and the group headings: persons with their message count and
 * the address they use most (so "Kenneth Lay" and "Kenneth L. Lay" can be told apart), and a
 * "same person?" mark when another person in the list goes by a variant of the name.
 */
import type { SearchHit, SearchKind } from '../../../contract/index.js';
import { formatCount, formatDay } from './common/format.js';
import { Snippet } from './common/snippet.js';

export const GROUP_LABEL: Record<SearchKind, string> = {
  person: 'People',
  address: 'Addresses',
  entity: 'Organisations, places and names mentioned',
  message: 'Messages',
  note: 'Your notes and tags',
  document: 'Documents',
};

const KIND_LABEL: Record<SearchKind, string> = {
  person: 'person',
  address: 'address',
  entity: 'entity',
  message: 'message',
  note: 'note',
  document: 'document',
};

export function HitContent({ hit, names }: { hit: SearchHit; names: Map<string, string> }) {
  const same = hit.sameNameAs?.map((id) => names.get(id) ?? id) ?? [];
  return (
    <>
      <span class={`kind kind-${hit.kind}`}>{hit.entityType ?? KIND_LABEL[hit.kind]}</span>
      <span class="hit-label">{hit.label}</span>
      {hit.date && <span class="hit-date">{formatDay(hit.date)}</span>}
      {hit.kind === 'person' && (
        <span class="hit-facts" data-testid="hit-facts">
          <span class="hit-count">{formatCount(hit.messages ?? 0)} messages</span>
          {hit.address && <span class="hit-address email">{hit.address}</span>}
          {same.length > 0 && (
            <span class="badge same" title={`also in this list: ${same.join(', ')}`}>
              same person?
            </span>
          )}
        </span>
      )}
      {hit.kind === 'document' && (
        <span class="hit-facts">
          {hit.format && <span class="hit-format">{hit.format}</span>}
          {(hit.anomalyCount ?? 0) > 0 && (
            <span class="badge anomaly" title="a reason to look, not a finding">
              {hit.anomalyCount === 1 ? 'anomaly' : `${hit.anomalyCount} anomalies`}
            </span>
          )}
        </span>
      )}
      {hit.kind === 'note' && hit.target && <span class="hit-target">on {hit.target.label}</span>}
      {hit.snippet && <Snippet text={hit.snippet} />}
    </>
  );
}

/** The label of a group, with the time window when message hits were limited to it. */
export function groupLabel(kind: SearchKind, window: string | null): string {
  return kind === 'message' && window ? `${GROUP_LABEL[kind]} · ${window}` : GROUP_LABEL[kind];
}
