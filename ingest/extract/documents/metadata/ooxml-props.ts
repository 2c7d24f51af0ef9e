/**
 * ③ extract (documents): OOXML package properties — docProps/core.xml (Dublin Core: creator,
 * last modified by, dates, revision), docProps/app.xml (application and version, company, manager,
 * template, editing time, counts) and docProps/custom.xml (user-defined properties).
 */
import { readIsoDate } from './dates.js';
import type { MetadataBuilder } from './builder.js';
import type { NormalisedField } from '../types.js';
import { attrByLocalName, byLocalName, parseXmlTree, rootOf, textOf } from '../xml.js';

const CORE: Record<string, NormalisedField | undefined> = {
  title: 'title',
  subject: 'subject',
  creator: 'author',
  keywords: 'keywords',
  description: 'description',
  lastModifiedBy: 'lastModifiedBy',
  revision: 'revision',
  category: 'category',
  language: 'language',
  contentStatus: undefined,
  identifier: undefined,
  version: undefined,
};
const CORE_DATES: Record<string, 'created' | 'modified' | 'printed'> = {
  created: 'created',
  modified: 'modified',
  lastPrinted: 'printed',
};

const APP: Record<string, NormalisedField | undefined> = {
  Application: 'application',
  AppVersion: 'appVersion',
  Company: 'company',
  Manager: 'manager',
  Template: 'template',
  Pages: 'pages',
  Words: 'words',
  Characters: 'characters',
};

export function readCoreProps(part: Buffer, meta: MetadataBuilder): void {
  const source = 'docProps/core.xml';
  for (const [local, items] of byLocalName(rootOf(parseXmlTree(part, source)))) {
    for (const { qname, value } of items) {
      const text = textOf(value);
      if (local in CORE_DATES) meta.addDate(source, qname, text, readIsoDate(text), CORE_DATES[local]!);
      else meta.add(source, qname, text, CORE[local]);
    }
  }
}

export function readAppProps(part: Buffer, meta: MetadataBuilder): void {
  const source = 'docProps/app.xml';
  for (const [local, items] of byLocalName(rootOf(parseXmlTree(part, source)))) {
    for (const { qname, value } of items) {
      if (local === 'HeadingPairs' || local === 'TitlesOfParts') continue; // vectors of part names, not metadata
      const text = textOf(value);
      if (local === 'TotalTime') {
        meta.add(source, qname, text);
        // Minutes; 4294967295 and other overflowed values are kept raw only.
        const minutes = Number(text);
        if (Number.isFinite(minutes) && minutes < 2 ** 31)
          meta.add(source, `${qname} (seconds)`, minutes * 60, 'totalEditSeconds');
        continue;
      }
      meta.add(source, qname, text, APP[local]);
    }
  }
}

export function readCustomProps(part: Buffer, meta: MetadataBuilder): void {
  const source = 'docProps/custom.xml';
  const properties = byLocalName(rootOf(parseXmlTree(part, source))).get('property') ?? [];
  for (const { value } of properties) {
    const name = attrByLocalName(value, 'name');
    if (!name) continue;
    const [typed] = [...byLocalName(value).entries()];
    if (!typed) continue;
    const [type, [first]] = typed;
    const text = textOf(first?.value);
    if (text === undefined) continue;
    if (type === 'bool') meta.addCustom(source, name, text === 'true' || text === '1');
    else if (/^(i\d|ui\d|int|uint|r4|r8|decimal)$/.test(type) && Number.isFinite(Number(text)))
      meta.addCustom(source, name, Number(text));
    else if (type === 'filetime' || type === 'date') meta.addCustom(source, name, readIsoDate(text)?.iso ?? text);
    else meta.addCustom(source, name, text);
  }
}
