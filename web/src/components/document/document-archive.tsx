/**
 * The archive facts of a document (issue 12): for an archive, the files it holds (each a document
 * to open) and the entries that were not read with why; for a file, the archive(s) it was found in
 * ("found in archive X, entry E"). The files embedded in an Office document or attached to a PDF
 * (entries `/object <path>`) are shown the same way, named by their file name.
 */
import type { DocumentDetail } from '../../../../contract/index.js';
import { openDocument } from '../../state/actions.js';
import { formatBytes } from '../common/format.js';

const OBJECT = '/object ';
const isObject = (entry: string) => entry.startsWith(OBJECT);

function Open({ sha256, label }: { sha256: string; label: string }) {
  return (
    <button class="link" onClick={() => openDocument(sha256)}>
      {label}
    </button>
  );
}

export function ArchiveEntries({ d }: { d: DocumentDetail }) {
  if (d.entries.length === 0 && d.refusedEntries.length === 0) return null;
  return (
    <section aria-label="archive entries">
      <h3>
        {d.kind === 'archive' ? 'In this archive' : 'Embedded in this document'}: {d.entryCount} file
        {d.entryCount === 1 ? '' : 's'}
        {d.entryCount > d.entries.length && ` (the first ${d.entries.length} listed)`}
      </h3>
      <ul>
        {d.entries.map((e) => (
          <li key={e.entry}>
            {isObject(e.entry) && <>{e.name} </>}
            <code>{isObject(e.entry) ? e.entry.slice(OBJECT.length) : e.entry}</code>{' '}
            <span class="muted">{[e.format, formatBytes(e.size), e.status].filter(Boolean).join(' · ')}</span>{' '}
            <Open sha256={e.sha256} label="open" />
          </li>
        ))}
      </ul>
      {d.refusedEntries.length > 0 && (
        <>
          <h4>Not read</h4>
          <ul>
            {d.refusedEntries.map((r, i) => (
              <li key={i}>
                {r.entry && <code>{r.entry}</code>} <span class="badge">{r.kind}</span> {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function FoundInArchives({ d }: { d: DocumentDetail }) {
  if (d.foundInArchives.length === 0) return null;
  return (
    <section aria-label="found in archives">
      <h3>Found in an archive</h3>
      <ul>
        {d.foundInArchives.map((a) => (
          <li key={`${a.sha256}:${a.entry}`}>
            {isObject(a.entry) ? 'embedded in document' : 'found in archive'}{' '}
            <Open sha256={a.sha256} label={a.name || a.sha256.slice(0, 16)} />, {isObject(a.entry) ? 'object' : 'entry'}{' '}
            <code>{isObject(a.entry) ? a.entry.slice(OBJECT.length) : a.entry}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
