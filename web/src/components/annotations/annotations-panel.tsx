/**
 * The analyst's own layer on a person or a message: tags (added from a field that suggests the tags
 * already in use, removed with ×) and free-text notes, each signed with the analyst's name and the
 * time, editable and removable. Stored in the graph (server/annotations), found by search, carried
 * into exports.
 */
import { useState } from 'preact/hooks';

import type { Annotation } from '../../../../contract/index.js';
import {
  type Target,
  addNote,
  addTag,
  fetchAnnotations,
  fetchTags,
  removeAnnotation,
} from '../../api/annotations-client.js';
import { bumpNotes, notesVersion } from '../../state/analyst-data.js';
import { useAsync } from '../common/async.js';
import { NoteItem } from './note-item.js';

function Tags({ target, tags, onChange }: { target: Target; tags: Annotation[]; onChange(): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const known = useAsync(() => fetchTags(), [notesVersion.value]);
  const listId = `tags-${target.kind}-${target.id}`;
  const add = async () => {
    const tag = text.trim();
    if (!tag) return;
    setError(null);
    try {
      await addTag(target, tag);
      setText('');
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div class="tags" aria-label="tags">
      {tags.map((t) => (
        <span key={t.id} class="tag user-tag" title={`${t.author}, ${t.at.slice(0, 10)}`}>
          {t.text}
          <button
            class="tag-remove"
            aria-label={`remove the tag ${t.text}`}
            onClick={() => void removeAnnotation(t.id).then(onChange, (e: Error) => setError(e.message))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        class="tag-input"
        list={listId}
        placeholder="+ tag"
        aria-label="add a tag"
        value={text}
        maxLength={60}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && void add()}
      />
      <datalist id={listId}>
        {known.status === 'ok' && known.data.map((t) => <option key={t.tag} value={t.tag} />)}
      </datalist>
      {error && <span class="error"> {error}</span>}
    </div>
  );
}

function NewNote({ target, onChange }: { target: Target; onChange(): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await addNote(target, text);
      setText('');
      onChange();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="new-note">
      <textarea
        aria-label="new note"
        placeholder="Write a note (what this shows, what to check)…"
        rows={2}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => (e.ctrlKey || e.metaKey) && e.key === 'Enter' && text.trim() && void save()}
      />
      <button class="primary" disabled={busy || !text.trim()} onClick={() => void save()} title="Save (Ctrl+Enter)">
        Add note
      </button>
      {error && <p class="error">{error}</p>}
    </div>
  );
}

export function AnnotationsPanel({ target }: { target: Target }) {
  const state = useAsync(() => fetchAnnotations(target), [target.kind, target.id, notesVersion.value]);
  const all = state.status === 'ok' ? state.data : [];
  return (
    <section class="annotations" aria-label="your notes and tags" data-target={`${target.kind}:${target.id}`}>
      <h3>Your notes and tags</h3>
      {state.status === 'error' && <p class="error">{state.error}</p>}
      <Tags target={target} tags={all.filter((a) => a.kind === 'tag')} onChange={bumpNotes} />
      <ul class="note-list">
        {all
          .filter((a) => a.kind === 'note')
          .map((n) => (
            <NoteItem key={n.id} note={n} onChange={bumpNotes} />
          ))}
      </ul>
      <NewNote target={target} onChange={bumpNotes} />
    </section>
  );
}
