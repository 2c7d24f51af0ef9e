/**
 * A form generated from a saved query's parameters (name, type, default, required), producing the
 * JSON values the API expects: numbers as numbers, dates as ISO text, persons as ids, lists as arrays.
 */
import type { QueryParam } from '../../../../contract/index.js';
import { SearchBox } from '../search-box.js';

export type ParamValues = Record<string, unknown>;

export function defaultValues(params: QueryParam[], given: ParamValues = {}): ParamValues {
  return Object.fromEntries(params.map((p) => [p.name, p.name in given ? given[p.name] : (p.default ?? null)]));
}

export function missingRequired(params: QueryParam[], values: ParamValues): string[] {
  return params
    .filter((p) => p.required && (values[p.name] === null || values[p.name] === undefined || values[p.name] === ''))
    .map((p) => p.name);
}

function topPerson(n: number): string {
  const suffix =
    n % 10 === 2 && n % 100 !== 12
      ? 'nd'
      : n % 10 === 3 && n % 100 !== 13
        ? 'rd'
        : n % 10 === 1 && n % 100 !== 11
          ? 'st'
          : 'th';
  return n === 1 ? 'the most active person' : `the ${n}${suffix} most active person`;
}

function Field({ p, value, onChange }: { p: QueryParam; value: unknown; onChange(v: unknown): void }) {
  const input = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  switch (p.type) {
    case 'boolean':
      return (
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
      );
    case 'int':
    case 'float':
      return (
        <input
          type="number"
          step={p.type === 'int' ? 1 : 'any'}
          value={value === null || value === undefined ? '' : String(value)}
          onInput={(e) => onChange(input(e) === '' ? null : Number(input(e)))}
        />
      );
    case 'date':
      return (
        <input
          type="date"
          value={typeof value === 'string' ? value.slice(0, 10) : ''}
          onInput={(e) => onChange(input(e) || null)}
        />
      );
    case 'datetime':
      return (
        <input
          type="datetime-local"
          value={typeof value === 'string' ? value.slice(0, 16) : ''}
          onInput={(e) => onChange(input(e) ? `${input(e)}:00Z` : null)}
        />
      );
    case 'person': {
      // "@top(n)" is the server's "n-th most active person": shown in words, sent as is.
      const top = typeof value === 'string' ? /^@top\((\d+)\)$/.exec(value) : null;
      return (
        <SearchBox
          label={p.name}
          kinds={['person']}
          keepLabel
          initial={top ? '' : typeof value === 'string' ? value : ''}
          placeholder={top ? `${topPerson(Number(top[1]))} (default)` : 'search a person'}
          onSelect={(h) => onChange(h.personId ?? h.id)}
        />
      );
    }
    case 'string[]':
      return (
        <input
          type="text"
          value={Array.isArray(value) ? value.join(', ') : ''}
          placeholder="comma, separated"
          onInput={(e) =>
            onChange(
              input(e)
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      );
    default:
      return <input type="text" value={typeof value === 'string' ? value : ''} onInput={(e) => onChange(input(e))} />;
  }
}

export function ParamForm({
  params,
  values,
  onChange,
}: {
  params: QueryParam[];
  values: ParamValues;
  onChange(v: ParamValues): void;
}) {
  if (params.length === 0) return <p class="muted">No parameters.</p>;
  return (
    <div class="param-form">
      {params.map((p) => {
        // A person picker has its own label; nesting it in another <label> would confuse screen readers.
        const Wrap = p.type === 'person' ? 'div' : 'label';
        return (
          <Wrap key={p.name} class="field">
            <span>
              {p.name}
              {p.required && <abbr title="required"> *</abbr>} <small class="muted">{p.type}</small>
            </span>
            <Field p={p} value={values[p.name]} onChange={(v) => onChange({ ...values, [p.name]: v })} />
            {p.description && <small class="muted">{p.description}</small>}
          </Wrap>
        );
      })}
    </div>
  );
}
