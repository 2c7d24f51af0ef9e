/**
 * ③ extract (documents): the people a document's metadata names (author, last editor, manager,
 * every XMP dc:creator), each with the scripts of the name, for the graph phase to match against
 * correspondents and compare with the corpus's scripts.
 */
import type { MetadataPerson, NormalisedMetadata, RawField } from '../types.js';
import { scriptsOf } from './scripts.js';

export function peopleOf(normalised: NormalisedMetadata, raw: RawField[]): MetadataPerson[] {
  const people: MetadataPerson[] = [];
  const seen = new Set<string>();
  const add = (role: MetadataPerson['role'], name: string | undefined) => {
    const clean = name?.trim();
    if (!clean || seen.has(`${role}\u0000${clean}`)) return;
    seen.add(`${role}\u0000${clean}`);
    people.push({ role, name: clean, scripts: scriptsOf(clean) });
  };
  add('author', normalised.author);
  add('lastModifiedBy', normalised.lastModifiedBy);
  add('manager', normalised.manager);
  for (const field of raw) {
    if (field.source !== 'XMP' || field.tag !== 'dc:creator') continue;
    for (const name of Array.isArray(field.value) ? field.value : [String(field.value)]) {
      if (name !== normalised.author) add('xmpCreator', name);
    }
  }
  return people;
}
