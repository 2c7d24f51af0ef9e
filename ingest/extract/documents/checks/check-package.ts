/**
 * ③ extract (documents): OOXML and ODF package checks. A zip records the CRC-32 of every part when
 * the package is written; Word, Excel, LibreOffice and every zip tool write it again with the part.
 * A part whose bytes no longer give it was changed after the package was written by something that
 * does not rewrite zips (bytes edited in place), or damaged in storage or transfer. Only the parts the
 * reader opens are checked: the text, properties and relationships, where such an edit would matter.
 */
import type { DocumentAnomaly } from '../types.js';
import type { CheckInput } from './evidence.js';

export function checkPackageParts(input: CheckInput): DocumentAnomaly[] {
  const altered = input.structure.packageCrcMismatches ?? [];
  if (altered.length === 0) return [];
  const names = altered.map((a) => a.part);
  return [
    {
      kind: 'package-part-altered',
      explanation: `${altered.length === 1 ? `The part ${names[0]}` : `${altered.length} parts (${names.join(', ')})`} of the package do${altered.length === 1 ? 'es' : ''} not give the CRC-32 the zip recorded when it was written: changed afterwards by something other than an office program or a zip tool (bytes edited in place), or damaged. The text shown is read from the bytes as they are.`,
      evidence: altered.flatMap((a) => [
        { field: `zip entry ${a.part} CRC-32 recorded`, value: a.recorded },
        { field: `zip entry ${a.part} CRC-32 of its bytes`, value: a.actual },
      ]),
    },
  ];
}
