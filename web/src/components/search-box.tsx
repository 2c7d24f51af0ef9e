/**
 * Search with keyboard navigation (the WAI-ARIA combobox pattern): type, ↑/↓ to move, Enter to
 * choose, Esc to close. Used for the main search and for picking persons in the path finder.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';

import type { SearchHit } from '../../../contract/index.js';
import { search } from '../api/client.js';
import { formatDay } from './common/format.js';
import { Snippet } from './common/snippet.js';

const DEBOUNCE_MS = 180;

const KIND_LABEL: Record<SearchHit['kind'], string> = {
  person: 'person',
  address: 'address',
  entity: 'entity',
  message: 'message',
};

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  kinds?: SearchHit['kind'][];
  onSelect(hit: SearchHit): void;
  inputRef?: { current: HTMLInputElement | null };
  /** Text shown in the box after a choice (pickers keep the chosen name; the main search clears). */
  keepLabel?: boolean;
  initial?: string;
}

export function SearchBox({
  label,
  placeholder,
  kinds = [],
  onSelect,
  inputRef,
  keepLabel,
  initial = '',
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
      search(text, kinds, 30, controller.signal).then(
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
  }, [q, open, kinds.join(',')]);

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
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span class={`kind kind-${hit.kind}`}>{hit.entityType ?? KIND_LABEL[hit.kind]}</span>
              <span class="hit-label">{hit.label}</span>
              {hit.date && <span class="hit-date">{formatDay(hit.date)}</span>}
              {hit.snippet && <Snippet text={hit.snippet} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
