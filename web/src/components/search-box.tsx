/**
 * Search with keyboard navigation (the WAI-ARIA combobox pattern): type, ↑/↓ to move, Enter to
 * choose, Esc to close. Hits come grouped by kind (persons first); ↑/↓ run through all of them.
 * Used for the main search and for picking persons in the path finder and query forms.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';

import type { SearchHit, SearchKind } from '../../../contract/index.js';
import { type DateRange, search } from '../api/client.js';
import { HitContent, groupLabel } from './search-hit.js';

const DEBOUNCE_MS = 180;
// Hits per kind: the main list shows a screenful of each.
const PER_KIND = 12;

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  kinds?: SearchKind[];
  onSelect(hit: SearchHit): void;
  inputRef?: { current: HTMLInputElement | null };
  /** Text shown in the box after a choice (pickers keep the chosen name; the main search clears). */
  keepLabel?: boolean;
  initial?: string;
  /** Message hits only from this window (the explorer's time filter), and its label for the heading. */
  window?: DateRange & { label: string | null };
}

export function SearchBox({
  label,
  placeholder,
  kinds = [],
  onSelect,
  inputRef,
  keepLabel,
  initial = '',
  window,
}: SearchBoxProps) {
  const id = useId();
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;

  useEffect(() => setQ(initial), [initial]);

  useEffect(() => {
    const text = q.trim();
    if (!open || text.length < 2) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearching(true);
      search(text, kinds, PER_KIND, controller.signal, window).then(
        (res) => {
          setHits(res.hits);
          setActive(0);
          setError(null);
          setSearching(false);
        },
        (e: Error) => {
          if (e.name === 'AbortError') return;
          setError(e.message);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, open, kinds.join(','), window?.from, window?.to]);

  const choose = (hit: SearchHit) => {
    onSelect(hit);
    setOpen(false);
    setQ(keepLabel ? hit.label : '');
    if (!keepLabel) ref.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      if (!keepLabel) (e.currentTarget as HTMLInputElement).blur();
    }
  };

  const listId = `${id}-list`;
  const names = new Map(hits.filter((h) => h.kind === 'person').map((h) => [h.id, h.label]));
  const showList = open && q.trim().length >= 2;
  return (
    <div class="search-box">
      <label class="visually-hidden" for={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={ref}
        type="text"
        role="combobox"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder ?? label}
        value={q}
        onInput={(e) => {
          setQ((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" class="search-results" aria-label={`${label}: results`}>
          {error && <li class="search-note error">{error}</li>}
          {!error && hits.length === 0 && <li class="search-note">{searching ? 'Searching…' : 'No match'}</li>}
          {hits.map((hit, i) => {
            const heading = i === 0 || hits[i - 1]!.kind !== hit.kind;
            return [
              heading && (
                <li key={`group-${hit.kind}`} role="presentation" class="search-group" data-kind={hit.kind}>
                  {groupLabel(hit.kind, window?.label ?? null)}
                </li>
              ),
              <li
                key={`${hit.kind}:${hit.id}`}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'active' : ''}
                data-kind={hit.kind}
                data-id={hit.id}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
                onMouseEnter={() => setActive(i)}
              >
                <HitContent hit={hit} names={names} />
              </li>,
            ];
          })}
        </ul>
      )}
    </div>
  );
}
