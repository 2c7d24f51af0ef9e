/**
 * Demo mailbox: documents lying in the custodians' folders beside the mail, as a leak's dump holds
 * them (paths relative to demo/mailbox). Jean-Baptiste's "archives_compta" folder holds the planted
 * forgery — three workbooks and a zip with the fourth — and two ordinary files sit in Marc's and
 * François's project folders.
 */
import { writeZip, zipDate } from '../compose/office.js';
import { type PdfLine, buildPdf } from '../compose/pdf.js';
import { burst, riverains } from './office-files.js';
import type { PlantedAnomaly } from './types.js';

export interface LooseDocument {
  /** The file, or the archive entry when `entry` is set. */
  path: string;
  entry?: string;
  bytes: Buffer;
  planted: readonly PlantedAnomaly[];
}

const BURST: readonly PlantedAnomaly[] = ['editor-foreign-script', 'editor-not-correspondent', 'edit-burst'];
const ARCHIVES = 'caradec-jb/documents/archives_compta';

const ficheLines: PdfLine[] = [
  { text: 'VESTRAND WIND A/S – VW-150 4.2 MW', x: 56, y: 780, size: 16, bold: true },
  { text: 'Fiche technique – extrait pour dossier Landes de Kerbrevet', x: 56, y: 760 },
  { text: 'Diamètre du rotor : 150 m – hauteur de moyeu : 105 m – hauteur totale : 180 m', x: 56, y: 730 },
  { text: 'Puissance acoustique maximale : 106,0 dB(A), modes de bridage N1 à N4', x: 56, y: 714 },
  { text: 'Arrêt programmé chiroptères : vent < 6 m/s, température > 10 °C, de mi-avril à mi-octobre', x: 56, y: 698 },
];

const fiche = buildPdf({
  title: 'VW-150 technical data (FR)',
  author: 'Mikkel Søndergaard',
  creator: 'Microsoft® Word 2016',
  producer: 'Microsoft® Word 2016',
  created: "D:20240909101200+02'00'",
  modified: "D:20240909101200+02'00'",
  lines: ficheLines,
});

export const LOOSE_ENTRY = 'Provisions_Kerbrevet_2021.xlsx';

export const LOOSE_DOCUMENTS: LooseDocument[] = [
  { path: `${ARCHIVES}/Budget_concertation_2019.xlsx`, bytes: burst.budget2019, planted: BURST },
  { path: `${ARCHIVES}/Suivi_prestataires_2020.xlsx`, bytes: burst.prestataires2020, planted: BURST },
  { path: `${ARCHIVES}/Tableau_engagements_2021.xlsx`, bytes: burst.engagements2021, planted: BURST },
  {
    path: `${ARCHIVES}/Archives_compta_2021.zip`,
    entry: LOOSE_ENTRY,
    bytes: burst.provisions2021,
    planted: BURST,
  },
  { path: 'legall-m/kerbrevet/Inscriptions_ateliers.xlsx', bytes: riverains, planted: [] },
  { path: 'dubreuil-f/kerbrevet/turbines/Fiche_technique_VW-150.pdf', bytes: fiche, planted: [] },
];

/** The files to write: each document, archive entries packed into their zip. */
export async function looseFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const archives = new Map<string, [string, Buffer][]>();
  for (const d of LOOSE_DOCUMENTS) {
    if (d.entry) archives.set(d.path, [...(archives.get(d.path) ?? []), [d.entry, d.bytes]]);
    else files.set(d.path, d.bytes);
  }
  for (const [path, entries] of archives) files.set(path, await writeZip(entries, zipDate('2024-12-19T16:05:00Z')));
  return files;
}
