/**
 * ③ extract (documents): ODF meta.xml. In ODF the first author is meta:initial-creator and the
 * last editor is dc:creator; dates carry no zone unless the writer added one.
 */
import { readIsoDate, readIsoDuration } from './dates.js';
import type { MetadataBuilder } from './builder.js';
import type { NormalisedField } from '../types.js';
import { attrByLocalName, byLocalName, parseXmlTree, rootOf, textOf } from '../xml.js';

const FIELDS: Record<string, NormalisedField | undefined> = {
  generator: 'application',
  title: 'title',
  description: 'description',
  subject: 'subject',
  'initial-creator': 'author',
  creator: 'lastModifiedBy',
  language: 'language',
  'editing-cycles': 'revision',
  'printed-by': undefined,
};
const DATES: Record<string, 'created' | 'modified' | 'printed'> = {
  'creation-date': 'created',
  date: 'modified',
  'print-date': 'printed',
};
const STATISTICS: Record<string, NormalisedField | undefined> = {
  'page-count': 'pages',
  'word-count': 'words',
  'character-count': 'characters',
};

export function readOdfMeta(part: Buffer, meta: MetadataBuilder): void {
  const source = 'meta.xml';
  const root = rootOf(parseXmlTree(part, source));
  const office = byLocalName(root).get('meta')?.[0]?.value;
  const keywords: string[] = [];
  for (const [local, items] of byLocalName(office)) {
    for (const { qname, value } of items) {
      const text = textOf(value);
      if (local in DATES) meta.addDate(source, qname, text, readIsoDate(text), DATES[local]!);
      else if (local === 'editing-duration') {
        meta.add(source, qname, text);
        meta.add(source, `${qname} (seconds)`, readIsoDuration(text), 'totalEditSeconds');
      } else if (local === 'keyword') {
        if (text) keywords.push(text);
      } else if (local === 'document-statistic') {
        for (const [attr, field] of Object.entries(STATISTICS))
          meta.add(source, `${qname}@${attr}`, attrByLocalName(value, attr), field);
      } else if (local === 'template') {
        meta.add(source, `${qname}@title`, attrByLocalName(value, 'title'), 'template');
        meta.add(source, `${qname}@href`, attrByLocalName(value, 'href'));
      } else if (local === 'user-defined') {
        const name = attrByLocalName(value, 'name');
        if (name) meta.addCustom(`${source} meta:user-defined`, name, text);
      } else meta.add(source, qname, text, FIELDS[local]);
    }
  }
  if (keywords.length > 0) meta.add(source, 'meta:keyword', keywords.length === 1 ? keywords[0] : keywords, 'keywords');
}

/** office:version from any ODF part's root element. */
export function odfVersion(part: Buffer, name: string): string | undefined {
  return attrByLocalName(rootOf(parseXmlTree(part, name)), 'version');
}
