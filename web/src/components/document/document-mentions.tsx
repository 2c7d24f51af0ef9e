/**
 * The names a document's text holds (issue 12): the correspondents it names, each focusable in the
 * graph, and the organisations, places and other people, with how often it writes each — what the
 * entity pass found, most mentioned first (DocumentDetail.mentions).
 */
import type { DocumentDetail } from '../../../../contract/index.js';
import { focusNode, useExplorer } from '../../state/actions.js';

type Mention = DocumentDetail['mentions'][number];

const TYPE_LABEL: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

function Name({ m }: { m: Mention }) {
  const explorer = useExplorer();
  if (!m.personId) return <span class="mention-name">{m.name}</span>;
  return (
    <button
      class="row-link mention-name"
      title="a correspondent: show in the graph"
      onClick={() => focusNode(explorer, m.personId)}
    >
      {m.name}
    </button>
  );
}

function Item({ m }: { m: Mention }) {
  return (
    <li data-key={m.key} data-person={m.personId ?? ''}>
      <span class={`tag tag-${m.type}`}>{m.personId ? 'correspondent' : (TYPE_LABEL[m.type] ?? m.type)}</span>{' '}
      <Name m={m} />
      {m.roles.length > 0 && <span class="muted"> ({m.roles.join(', ')})</span>}{' '}
      <span class="muted mention-count">×{m.count}</span>
    </li>
  );
}

export function DocumentMentions({ mentions }: { mentions: Mention[] }) {
  if (mentions.length === 0) return <p class="muted">No names found in its text (or not read for names yet).</p>;
  const people = mentions.filter((m) => m.personId);
  const others = mentions.filter((m) => !m.personId);
  return (
    <>
      {people.length > 0 && (
        <ul class="mentions" aria-label="correspondents it names">
          {people.map((m) => (
            <Item key={m.key} m={m} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul class="mentions" aria-label="entities it names">
          {others.map((m) => (
            <Item key={m.key} m={m} />
          ))}
        </ul>
      )}
    </>
  );
}
