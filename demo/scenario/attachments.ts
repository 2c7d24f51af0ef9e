/**
 * Demo mailbox: the attached files. Small, written here, and part of the story: ESK Conseil's quote
 * (travels under two names), the council's deliberation as scanned by the town hall's copier, the
 * payment schedule exported from Excel (windows-1252, semicolons), meeting notes typed in a text
 * editor, and the Word, Excel and PDF files of office-files.ts and invoices.ts. Each file says which
 * document anomalies were planted in it (none for the ordinary ones): demo/README.md lists them.
 */
import iconv from 'iconv-lite';

import { buildPdf } from '../compose/pdf.js';
import { facture031, facture038, facture038Remade } from './invoices.js';
import { noteCadrage, suiviBonsDeCommande, termsOfReference } from './office-files.js';
import type { PlantedAnomaly } from './types.js';

export interface AttachmentFile {
  bytes: Buffer;
  contentType: string;
  /** Outlook on Windows labels some types after the program that opens them (.csv → Excel). */
  outlookType?: string;
  /** Document anomalies planted on purpose (checked by test/demo); empty: an ordinary document. */
  planted: readonly PlantedAnomaly[];
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const devis = buildPdf({
  title: 'Devis 2024-117',
  author: 'Erwan Salaün',
  creator: 'Microsoft® Word 2016',
  producer: 'Microsoft® Word 2016',
  created: "D:20240923101500+02'00'",
  modified: "D:20240923101500+02'00'",
  lines: [
    { text: 'ESK CONSEIL', x: 56, y: 780, size: 18, bold: true },
    { text: 'Études & concertation territoriale', x: 56, y: 762, size: 10 },
    { text: "3 place de l'Église – Kerbrevet (29) – SIRET 000 000 000 00000", x: 56, y: 748, size: 8 },
    { text: 'DEVIS N° 2024-117', x: 56, y: 700, size: 14, bold: true },
    { text: 'Date : 23/09/2024 – Validité : 3 mois', x: 56, y: 682 },
    { text: 'Client : Ardenlow Énergies France SAS, 18 quai des Tanneurs, 44000 Nantes', x: 56, y: 664 },
    { text: "À l'attention de M. Marc Le Gall", x: 56, y: 650 },
    {
      text: "Objet : mission d'accompagnement à la concertation locale – projet éolien des Landes de Kerbrevet",
      x: 56,
      y: 624,
    },
    { text: 'Désignation', x: 56, y: 590, bold: true },
    { text: 'Montant HT', x: 440, y: 590, bold: true },
    { text: 'Lot 1 – Diagnostic territorial, 25 entretiens avec élus, riverains et exploitants', x: 56, y: 570 },
    { text: '24 000,00 €', x: 440, y: 570 },
    { text: "Lot 2 – Animation : 3 ateliers publics, permanences en mairie, lettre d'information", x: 56, y: 552 },
    { text: '36 000,00 €', x: 440, y: 552 },
    { text: 'Lot 3 – Rapport de synthèse et restitution au conseil municipal', x: 56, y: 534 },
    { text: '24 000,00 €', x: 440, y: 534 },
    { text: 'Total HT', x: 330, y: 500, bold: true },
    { text: '84 000,00 €', x: 440, y: 500, bold: true },
    { text: 'TVA 20 %', x: 330, y: 484 },
    { text: '16 800,00 €', x: 440, y: 484 },
    { text: 'Total TTC', x: 330, y: 468, bold: true },
    { text: '100 800,00 €', x: 440, y: 468, bold: true },
    { text: 'Conditions : 50 % à la commande, 50 % à la remise du rapport. Paiement à 30 jours.', x: 56, y: 430 },
    { text: 'Bon pour accord, date et signature du client :', x: 56, y: 380 },
    { text: 'Erwan Salaün, gérant', x: 56, y: 330 },
  ],
});

const deliberation = buildPdf({
  // A copier names no author; its own name is the producer.
  title: 'SCAN_20241018_0912',
  producer: 'MFP-MAIRIE-RDC Scan to PDF',
  created: "D:20241018091207+02'00'",
  lines: [
    { text: 'COMMUNE DE KERBREVET', x: 56, y: 780, size: 14, bold: true },
    { text: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', x: 56, y: 760, size: 11, bold: true },
    { text: 'Séance du 17 octobre 2024 – Délibération n° 2024-058', x: 56, y: 740 },
    {
      text: 'Présents : 13 – Représentés : 2 – Absents : 0. Président de séance : M. Gilles Le Bihan, maire.',
      x: 56,
      y: 716,
    },
    { text: "Objet : avis de la commune sur la demande d'autorisation environnementale du parc éolien", x: 56, y: 692 },
    { text: 'des Landes de Kerbrevet présentée par la société Ardenlow Énergies France.', x: 56, y: 678 },
    { text: 'Le conseil municipal, après en avoir délibéré, émet un AVIS FAVORABLE au projet.', x: 56, y: 650 },
    { text: 'Votes : pour 10 – contre 4 – abstention 1.', x: 56, y: 634 },
    { text: 'M. le Maire indique que la société a engagé une démarche de concertation confiée à un', x: 56, y: 610 },
    { text: 'cabinet local, pour un montant de 48 000 € HT.', x: 56, y: 596 },
    { text: 'Pour extrait conforme, le maire, Gilles Le Bihan', x: 300, y: 540 },
  ],
});

// Excel (French locale) writes CSV in the ANSI code page with semicolons and decimal commas.
const echeancier = iconv.encode(
  [
    'Fournisseur;Facture;Date facture;Bon de commande;Montant HT;TVA;Montant TTC;Échéance;Statut;Validé par',
    'ESK Conseil;ESK-2024-031;21/10/2024;BC-FR-2024-0412;42 000,00;8 400,00;50 400,00;20/11/2024;Payée (virement 19/11);H. Marchand',
    'ESK Conseil;ESK-2024-038;18/11/2024;BC-FR-2024-0419;42 000,00;8 400,00;50 400,00;18/12/2024;En attente;H. Marchand',
    ';;;;84 000,00;16 800,00;100 800,00;;;',
    '',
  ].join('\r\n'),
  'windows-1252',
);

const notes = Buffer.from(
  [
    'Réunion mairie de Kerbrevet – mardi 10 septembre 2024, 14h30',
    'Présents : G. Le Bihan (maire), F. Quéméner (secrétaire générale), M. Le Gall, F. Dubreuil (Ardenlow)',
    '',
    '1. Calendrier',
    "   - Dossier d'autorisation environnementale jugé complet par la préfecture (juillet).",
    '   - Enquête publique prévue du 4 novembre au 6 décembre ; commissaire enquêteur : J.-P. Le Goff.',
    '   - Avis du conseil municipal : séance du 17 octobre.',
    '',
    '2. Inquiétudes exprimées par le maire',
    '   - Pétition de Landes Vivantes (environ 300 signatures), busards Saint-Martin sur la lande de Menez-Du.',
    "   - Chemin rural n° 7 : passage des convois, la commune veut une convention d'entretien.",
    '   - « Il faut que les gens se sentent écoutés » : demande une démarche de concertation locale.',
    '',
    '3. Concertation',
    '   - Le maire recommande un cabinet « qui connaît le terrain » : ESK Conseil (Erwan Salaün).',
    "   - MLG doit demander une proposition. Pas d'appel d'offres évoqué.",
    '',
    '4. Divers',
    '   - Fête de la lande le 22 septembre : la commune aimerait un stand Ardenlow.',
    '   - Prochaine réunion : après le conseil du 17/10.',
    '',
  ].join('\n'),
  'utf8',
);

export const ATTACHMENTS: Record<string, AttachmentFile> = {
  devis: { bytes: devis, contentType: PDF, planted: [] },
  deliberation: { bytes: deliberation, contentType: PDF, planted: [] },
  echeancier: {
    bytes: echeancier,
    contentType: 'text/csv; charset=windows-1252',
    outlookType: 'application/vnd.ms-excel',
    planted: [],
  },
  notes: { bytes: notes, contentType: 'text/plain; charset=utf-8', planted: [] },
  noteCadrage: { bytes: noteCadrage, contentType: DOCX, planted: [] },
  suiviBonsDeCommande: { bytes: suiviBonsDeCommande, contentType: XLSX, planted: [] },
  termsOfReference: { bytes: termsOfReference, contentType: DOCX, planted: [] },
  facture031: {
    bytes: facture031,
    contentType: PDF,
    planted: ['modified-after-sent', 'pdf-incremental-updates', 'producer-is-editor'],
  },
  facture038: { bytes: facture038, contentType: PDF, planted: ['same-name-different-hash'] },
  facture038Remade: {
    bytes: facture038Remade,
    contentType: PDF,
    planted: ['created-after-modified', 'same-name-different-hash'],
  },
};
