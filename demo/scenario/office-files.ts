/**
 * Demo mailbox: the Word and Excel files of the story. Marc's framing note for the consultation
 * travels on three threads (who had it when); the purchase-order tracker and London's terms of
 * reference are ordinary files. The accounting workbooks are the planted forgery: created by
 * Jean-Baptiste between 2019 and 2021, all last saved within five minutes on 19 December 2024 by
 * an editor whose name is written in Cyrillic, like nobody in the mail.
 */
import { buildDocx, buildXlsx } from '../compose/office-documents.js';
import type { OfficeProps } from '../compose/office.js';

const COMPANY = 'Ardenlow Énergies France';
const word = (p: Omit<OfficeProps, 'application' | 'appVersion' | 'company'>): OfficeProps => ({
  ...p,
  application: 'Microsoft Office Word',
  appVersion: '16.0000',
  company: COMPANY,
});
const excel = (p: Omit<OfficeProps, 'application' | 'appVersion' | 'company'>): OfficeProps => ({
  ...p,
  application: 'Microsoft Excel',
  appVersion: '16.0300',
  company: COMPANY,
});

export const noteCadrage = await buildDocx(
  word({
    title: 'Note de cadrage – concertation locale Kerbrevet',
    creator: 'Marc Le Gall',
    lastModifiedBy: 'Marc Le Gall',
    created: '2024-09-16T12:05:00Z',
    modified: '2024-09-16T15:40:00Z',
    revision: 4,
    totalTime: 95,
  }),
  [
    { text: 'Note de cadrage – concertation locale', heading: 1 },
    { text: 'Projet éolien des Landes de Kerbrevet (9 × 4,2 MW) – version du 16/09/2024', bold: true },
    { text: 'Contexte', heading: 2 },
    {
      text: "Le conseil municipal de Kerbrevet rend son avis le 17 octobre. M. le Maire, Gilles Le Bihan, demande une démarche de concertation avant d'inscrire le point à l'ordre du jour, après la pétition de Landes Vivantes.",
    },
    { text: 'Attendus', heading: 2 },
    { text: 'Rencontres avec les riverains de Menez-Du et les exploitants agricoles (GAEC de Ty Nevez).' },
    { text: 'Deux ou trois ateliers publics, une permanence en mairie, un bilan écrit remis au conseil.' },
    { text: 'Prestataire pressenti', heading: 2 },
    {
      text: "ESK Conseil (Erwan Salaün), recommandé par M. le Maire. Pas d'appel d'offres compte tenu du calendrier. Budget indicatif : à préciser sur devis.",
    },
    { text: 'Marc Le Gall – relations locales, agence de Quimper' },
  ],
);

export const suiviBonsDeCommande = await buildXlsx(
  excel({
    title: 'Engagements ESK Conseil',
    creator: 'Jean-Baptiste Caradec',
    lastModifiedBy: 'Jean-Baptiste Caradec',
    created: '2024-10-09T06:48:00Z',
    modified: '2024-10-09T07:22:00Z',
    revision: 2,
  }),
  [
    {
      name: 'BC ESK',
      rows: [
        ['Bon de commande', 'Fournisseur', 'Objet', 'Montant HT', 'Délégation', 'Approbation'],
        ['BC-FR-2024-0412', 'ESK Conseil', 'Concertation Kerbrevet – phase 1', 42000, 50000, 'P. Natarajan 08/10'],
        ['BC-FR-2024-0419', 'ESK Conseil', 'Concertation Kerbrevet – phase 2', 42000, 50000, 'P. Natarajan 08/10'],
        ['Total', '', '', 84000, '', ''],
      ],
    },
  ],
);

export const termsOfReference = await buildDocx(
  word({
    title: 'Internal investigation – terms of reference',
    creator: 'Oliver Brennan',
    lastModifiedBy: 'Oliver Brennan',
    created: '2024-12-17T15:10:00Z',
    modified: '2024-12-18T08:41:00Z',
    revision: 6,
    totalTime: 140,
  }),
  [
    { text: 'Internal investigation – Kerbrevet consultation contract', heading: 1 },
    { text: 'Privileged & confidential – prepared at the request of counsel', bold: true },
    { text: 'Scope', heading: 2 },
    {
      text: 'The engagement of ESK Conseil (quote 2024-117, purchase orders BC-FR-2024-0412 and BC-FR-2024-0419), the approvals given, the payment of invoice ESK-2024-031 and any link between ESK Conseil and public officials of Kerbrevet.',
    },
    { text: 'Team', heading: 2 },
    {
      text: 'Maître Charles-Henri du Plessis (Delorme & du Plessis Avocats, Paris), reporting to Oliver Brennan and to the Chair of the Audit Committee; Daniel O’Connor for the mail and device review.',
    },
    { text: 'Interviews in Nantes in late January 2025; report by the end of February 2025.' },
  ],
);

export const riverains = await buildXlsx(
  excel({
    title: 'Ateliers – inscriptions',
    creator: 'Marc Le Gall',
    lastModifiedBy: 'Marc Le Gall',
    created: '2024-10-22T08:30:00Z',
    modified: '2024-11-05T16:12:00Z',
    revision: 7,
  }),
  [
    {
      name: 'Inscriptions',
      rows: [
        ['Atelier', 'Date', 'Lieu', 'Inscrits'],
        ['Atelier 1 – paysage', '2024-11-07', 'Salle polyvalente', 23],
        ['Atelier 2 – chemins et convois', '2024-11-14', 'Mairie', 17],
        ['Atelier 3 – retombées locales', '2024-11-21', 'Salle polyvalente', 31],
      ],
    },
  ],
);

/** The workbooks of the burst: created by Jean-Baptiste years ago, all re-saved by one outsider. */
const FORGER = 'Соколов Игорь Валентинович';
const workbook = (title: string, created: string, modified: string, rows: (string | number)[][]) =>
  buildXlsx(
    excel({ title, creator: 'Jean-Baptiste Caradec', lastModifiedBy: FORGER, created, modified, revision: 9 }),
    [{ name: 'Feuil1', rows }],
  );

export const burst = {
  budget2019: await workbook('Budget concertation 2019', '2019-03-12T09:14:00Z', '2024-12-19T15:58:12Z', [
    ['Poste', 'Budget 2019 (€ HT)', 'Réalisé'],
    ['Études environnementales', 118000, 112400],
    ['Concertation et relations locales', 45000, 61800],
    ['Frais de représentation', 6000, 14250],
  ]),
  prestataires2020: await workbook('Suivi prestataires 2020', '2020-01-20T14:02:00Z', '2024-12-19T16:00:40Z', [
    ['Prestataire', 'Objet', 'Montant HT', 'Validé par'],
    ['Naturalia Ouest', 'Suivi avifaune', 38500, 'H. Marchand'],
    ['Conseil local (sans contrat)', 'Relations élus', 24000, 'H. Marchand'],
  ]),
  engagements2021: await workbook('Tableau des engagements 2021', '2021-02-08T10:31:00Z', '2024-12-19T16:01:55Z', [
    ['Engagement', 'Bénéficiaire', 'Montant', 'Commentaire'],
    ['Avance sur concertation', 'Kerbrevet – à régulariser', 15000, 'Hors délégation'],
    ['Étude paysagère', 'Atelier Ker Lann', 22000, ''],
  ]),
  provisions2021: await workbook('Provisions Kerbrevet 2021', '2021-06-14T08:47:00Z', '2024-12-19T16:03:20Z', [
    ['Provision', 'Montant', 'Motif'],
    ['Risque contentieux Landes Vivantes', 40000, 'Recours probable'],
    ['Soutien local', 30000, 'Voir H. Marchand'],
  ]),
};
