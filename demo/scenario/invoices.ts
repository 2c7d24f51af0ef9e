/**
 * Demo mailbox: ESK Conseil's invoices as PDFs, and what was done to them. ESK-2024-031 rides on
 * Erwan's reminder of 28 October, but the file was re-saved in a PDF editor on 17 December (after
 * the suspension): a second revision with another bank account, appended as an incremental update.
 * ESK-2024-038 is sent twice under one name: the genuine file of 18 November, and in February, with
 * the formal notice, a re-made file (created in February, "modified" in November) that adds late
 * penalties. Author "Erwan Salaün" names a correspondent, so only the planted signs stand out.
 */
import { type PdfLine, buildPdf } from '../compose/pdf.js';

const WORD = 'Microsoft® Word 2016';

function invoice(
  number: string,
  date: string,
  order: string,
  phase: string,
  extra: PdfLine[],
  iban: string,
): PdfLine[] {
  return [
    { text: 'ESK CONSEIL', x: 56, y: 780, size: 18, bold: true },
    { text: "3 place de l'Église – Kerbrevet (29) – SIRET 000 000 000 00000", x: 56, y: 762, size: 8 },
    { text: `FACTURE N° ${number}`, x: 56, y: 710, size: 14, bold: true },
    { text: `Date : ${date} – Bon de commande : ${order}`, x: 56, y: 692 },
    { text: 'Client : Ardenlow Énergies France SAS, 18 quai des Tanneurs, 44000 Nantes', x: 56, y: 674 },
    { text: "Mission d'accompagnement à la concertation locale – Landes de Kerbrevet", x: 56, y: 640 },
    { text: phase, x: 56, y: 610 },
    { text: '42 000,00 €', x: 440, y: 610 },
    ...extra,
    { text: 'Règlement par virement à 30 jours – IBAN :', x: 56, y: 470 },
    { text: iban, x: 56, y: 456, bold: true },
    { text: 'Erwan Salaün, gérant', x: 56, y: 400 },
  ];
}

const totals = (ht: string, tva: string, ttc: string): PdfLine[] => [
  { text: 'Total HT', x: 330, y: 560, bold: true },
  { text: ht, x: 440, y: 560, bold: true },
  { text: 'TVA 20 %', x: 330, y: 544 },
  { text: tva, x: 440, y: 544 },
  { text: 'Total TTC', x: 330, y: 528, bold: true },
  { text: ttc, x: 440, y: 528, bold: true },
];

const PHASE_1 = 'Phase 1 – diagnostic territorial et entretiens (50 % de la commande)';
const PHASE_2 = 'Phase 2 – ateliers, permanences et restitution (solde)';
const BANK = 'FR76 0000 0000 0000 0000 0000 031 – Banque Armoricaine, agence de Châteaulin';
const OTHER_BANK = 'FR76 9999 0000 0000 0000 0000 417 – Crédit du Ponant, agence de Brest';
const STANDARD = totals('42 000,00 €', '8 400,00 €', '50 400,00 €');

export const facture031 = buildPdf({
  title: 'Facture ESK-2024-031',
  author: 'Erwan Salaün',
  creator: WORD,
  producer: WORD,
  created: "D:20241021075800+02'00'",
  modified: "D:20241021075800+02'00'",
  lines: invoice('ESK-2024-031', '21/10/2024', 'BC-FR-2024-0412', PHASE_1, STANDARD, BANK),
  update: {
    lines: invoice('ESK-2024-031', '21/10/2024', 'BC-FR-2024-0412', PHASE_1, STANDARD, OTHER_BANK),
    info: {
      title: 'Facture ESK-2024-031',
      author: 'Erwan Salaün',
      creator: WORD,
      producer: 'PDF-XChange Editor 9.5.368.0',
      created: "D:20241021075800+02'00'",
      modified: "D:20241217213500+01'00'",
    },
  },
});

export const facture038 = buildPdf({
  title: 'Facture ESK-2024-038',
  author: 'Erwan Salaün',
  creator: WORD,
  producer: WORD,
  created: "D:20241118085500+01'00'",
  modified: "D:20241118085500+01'00'",
  lines: invoice('ESK-2024-038', '18/11/2024', 'BC-FR-2024-0419', PHASE_2, STANDARD, BANK),
});

export const facture038Remade = buildPdf({
  title: 'Facture ESK-2024-038',
  author: 'Erwan Salaün',
  creator: WORD,
  producer: WORD,
  created: "D:20250205181000+01'00'",
  modified: "D:20241118085500+01'00'",
  lines: invoice(
    'ESK-2024-038',
    '18/11/2024',
    'BC-FR-2024-0419',
    PHASE_2,
    [
      { text: 'Pénalités de retard (art. L441-10 C. com.) et indemnité forfaitaire', x: 56, y: 594 },
      { text: '1 260,00 €', x: 440, y: 594 },
      ...totals('43 260,00 €', '8 652,00 €', '51 912,00 €'),
    ],
    BANK,
  ),
});
