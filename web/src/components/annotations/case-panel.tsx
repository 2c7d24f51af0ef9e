/**
 * The Case tab: the messages the analyst bookmarked, oldest first, each with its notes and tags,
 * and the story bundle built from them (the messages as .eml with hashes, the persons on them as
 * the graph, notes and tags in the manifest).
 */
import { caseBundleUrl, fetchAnalyst, fetchCase, removeFromCase } from '../../api/annotations-client.js';
import { openMessage } from '../../state/actions.js';
import { bumpNotes, notesVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';
import { formatDate, plural } from '../common/format.js';

export function CasePanel() {
  const state = useAsync(() => fetchCase(), [notesVersion.value]);
  const analyst = useAsync(() => fetchAnalyst(), []);
  const entries = state.status === 'ok' ? state.data : [];
  return (
    <div class="case" data-testid="case-panel">
      <p class="muted">
        Messages you bookmarked (“Add to case” in a message), the story a bundle is built from.
        {analyst.status === 'ok' && ` Notes are signed “${analyst.data.name}”.`}
      </p>
      {state.status === 'error' && <p class="error">{state.error}</p>}
      {state.status === 'ok' && entries.length === 0 && <p>The case list is empty.</p>}
      <ol class="case-list">
        {entries.map((e) => (
          <li key={e.message.id} data-message={e.message.id}>
            <button class="row-link" onClick={() => openMessage(e.message.id)}>
              {formatDate(e.message.date).slice(0, 10)} · {e.message.subject || '(no subject)'}
            </button>
            <div class="muted">
              {e.message.from?.name || e.message.from?.email || '?'}
              {e.notes > 0 && ` · ${plural(e.notes, 'note')}`}
              {e.tags.map((t) => (
                <span key={t} class="tag user-tag">
                  {t}
                </span>
              ))}{' '}
              <button class="link" onClick={() => void removeFromCase(e.message.id).then(bumpNotes)}>
                remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {entries.length > 0 && (
        <div class="case-export">
          <a class="button primary" href={caseBundleUrl()} download data-testid="case-bundle">
            Story bundle of the case ({plural(entries.length, 'message')})
          </a>
        </div>
      )}
    </div>
  );
}
