/**
 * Where each copy of a message was found: file, archive chain, mailbox and folder, position,
 * format, hash. This is what lets a journalist cite the source of every fact.
 */
import type { Provenance } from '../../../../contract/index.js';
import { formatBytes } from '../common/format.js';

function where(c: Provenance): string {
  const chain = [c.path, ...c.entries].join(' » ');
  const at =
    c.offset !== null ? ` @${c.offset}${c.length !== null ? `+${c.length}` : ''}` : c.position ? ` #${c.position}` : '';
  return chain + at;
}

export function CopiesTable({ copies, onRaw }: { copies: Provenance[]; onRaw(key: string): void }) {
  return (
    <table class="copies">
      <thead>
        <tr>
          <th>Found in</th>
          <th>Mailbox / folder</th>
          <th>Format</th>
          <th>SHA-256</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {copies.map((c) => (
          <tr key={c.key}>
            <td class="path">{where(c)}</td>
            <td>{[c.mailbox, c.folder].filter(Boolean).join(' / ') || '—'}</td>
            <td>
              {c.format}
              {c.convertedFrom && ` (from ${c.convertedFrom})`} · {formatBytes(c.size)}
            </td>
            <td class="hash" title={c.sha256}>
              {c.sha256.slice(0, 12)}…
            </td>
            <td>
              <button class="link" onClick={() => onRaw(c.key)}>
                source
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
