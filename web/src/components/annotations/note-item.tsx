/**
 * One note: its text (plain text, never HTML), who wrote it and when, and edit / remove.
 */
import { useState } from 'preact/hooks';

import type { Annotation } from '../../../../contract/index.js';
import { editNote, removeAnnotation } from '../../api/annotations-client.js';
import { formatDate } from '../common/format.js';

export function NoteItem({ note, onChange }: { note: Annotation; onChange(): void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const act = (work: Promise<unknown>) =>
    work.then(
      () => {
        setEditing(false);
        onChange();
      },
      (e: Error) => setError(e.message),
    );
  return (
    <li class="note" data-note={note.id}>
      {editing ? (
        <>
          <textarea
            aria-label="edit the note"
            rows={3}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button class="primary" disabled={!text.trim()} onClick={() => void act(editNote(note.id, text))}>
            Save
          </button>
          <button onClick={() => setEditing(false)}>Cancel</button>
        </>
      ) : (
        <p class="note-text">{note.text}</p>
      )}
      <div class="note-meta muted">
        {note.author}, {formatDate(note.at)}
        {note.updatedAt && ` · edited by ${note.updatedBy ?? note.author}, ${formatDate(note.updatedAt)}`}{' '}
        {!editing && (
          <>
            <button class="link" onClick={() => setEditing(true)}>
              edit
            </button>{' '}
            <button class="link" onClick={() => void act(removeAnnotation(note.id))}>
              remove
            </button>
          </>
        )}
      </div>
      {error && <p class="error">{error}</p>}
    </li>
  );
}
