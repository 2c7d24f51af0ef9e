/**
 * ③ extract (documents): does the program that wrote the file fit the file's claimed history?
 * The application fields name the program of the LAST save, so it must have existed by the last
 * save date; a document "last saved in 2012" by Office 2016 was saved later than it says. For
 * PDFs, an editing tool or a scanner as producer of a file whose creator is an authoring program
 * means the generated file was changed or re-made afterwards.
 */
import type { DocumentAnomaly, NormalisedField } from '../types.js';
import { type CheckInput, cite, dayOf, time } from './evidence.js';
import { type Release, officeRelease, programRelease } from './releases.js';

// Betas and previews circulate up to half a year before general availability.
const BETA_MARGIN_MS = 183 * 86400_000;

const EDITORS =
  /acrobat(?!.*(distiller|pdfmaker|paper capture))|pdf-?xchange|foxit|nitro|pdfescape|sejda|ilovepdf|smallpdf|pdfelement|master pdf|pdf ?expert|pdf24|pdfsam|inkscape|illustrator|photoshop|preview/i;
const SCANNERS =
  /scan|canon|xerox|ricoh|konica|minolta|kyocera|sharp mx|epson|brother|lexmark|hp digital|paperport|finereader|omnipage|readiris|paper capture/i;
const AUTHORING =
  /word|excel|powerpoint|writer|calc|impress|libreoffice|openoffice|latex|tex\b|pages|keynote|indesign|quarkxpress|google docs|wps/i;

export function checkApplicationAge(input: CheckInput): DocumentAnomaly[] {
  const n = input.metadata.normalised;
  const lastSave = time(n.modified) ?? time(n.created);
  if (lastSave === undefined) return [];
  const candidates: { release: Release | undefined; field: NormalisedField }[] = [
    { release: officeRelease(n.appVersion), field: 'appVersion' },
    { release: programRelease(n.application), field: 'application' },
    { release: programRelease(n.producer), field: 'producer' },
  ];
  const dateField = n.modified ? 'modified' : 'created';
  return candidates
    .filter(
      (c): c is { release: Release; field: NormalisedField } =>
        !!c.release && lastSave < c.release.since - BETA_MARGIN_MS,
    )
    .map(({ release, field }) => ({
      kind: 'application-newer-than-saved' as const,
      explanation: `The file was last saved on ${dayOf(lastSave)} according to its metadata, but the program recorded as writing it, ${release.what}, was released on ${dayOf(release.since)}. The file was saved later than it claims, or its dates were edited.`,
      evidence: [cite(input, field), cite(input, dateField)],
    }));
}

export function checkPdfProducer(input: CheckInput): DocumentAnomaly[] {
  const n = input.metadata.normalised;
  if (input.format !== 'pdf' || !n.producer || !n.creatorTool) return [];
  if (!AUTHORING.test(n.creatorTool) || AUTHORING.test(n.producer)) return [];
  const editor = EDITORS.test(n.producer);
  const scanner = SCANNERS.test(n.producer);
  if (!editor && !scanner) return [];
  return [
    {
      kind: 'producer-is-editor',
      explanation: `The PDF says it was made in ${n.creatorTool}, but the program that wrote the PDF is ${n.producer}, ${scanner ? 'a scanning or OCR program: the "generated" document was printed and scanned, or re-made' : 'a PDF editor: the generated document was opened and changed afterwards'}.`,
      evidence: [cite(input, 'creatorTool'), cite(input, 'producer')],
    },
  ];
}
