/**
 * The keyboard shortcuts, in a native <dialog> (focus trap and Esc for free).
 */
import { useEffect, useRef } from 'preact/hooks';

import { SHORTCUTS } from '../controllers/keyboard.js';

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current!;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} class="help" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">Double-click a node to expand it; hover to see its neighbours.</p>
      <button onClick={onClose}>Close</button>
    </dialog>
  );
}
