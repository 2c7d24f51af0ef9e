/**
 * Demo mailbox: who's who. Ardenlow Renewables Ltd (London) and its French subsidiary Ardenlow
 * Énergies France SAS (Nantes), developing the Landes de Kerbrevet wind farm in Finistère, and the
 * people around them. Every organisation, person and address is fictional; domains are reserved
 * (.example). Phone numbers are in the ranges set aside for fiction (ARCEP 01 99 00, 02 61 91,
 * 06 39 98; Ofcom 020 7946 0xxx, 07700 900xxx).
 */
import type { Identity } from './types.js';

const ARDENLOW_FR_FOOTER = `Ardenlow Énergies France SAS - SAS au capital de 500 000 euros - RCS Nantes 000 000 000
Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
This message and any attachments are confidential and intended solely for the addressees. If you received it in error, please notify the sender and delete it.`;

const ARDENLOW_UK_FOOTER = `Ardenlow Renewables Ltd is registered in England and Wales (No. 00000000). Registered office: 14 Carrow Yard, London EC2A 4BX.
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please tell the sender and delete it; do not copy, forward or rely on it.`;

const LAW_FIRM_FOOTER = `Ce message est couvert par le secret professionnel de l'avocat (article 66-5 de la loi n° 71-1130 du 31 décembre 1971). Toute diffusion, copie ou utilisation par une personne autre que son destinataire est interdite.`;

const BANK_FOOTER = `Banque Armoricaine – Société anonyme coopérative – Siège social : Rennes.
Les informations contenues dans ce message sont confidentielles. La banque ne saurait être tenue responsable de son contenu s'il a été altéré, déformé ou falsifié.`;

const uk = (name: string, email: string, title: string, phone: string, extra: Partial<Identity> = {}): Identity => ({
  name,
  email,
  client: 'outlook-en',
  zone: 'Europe/London',
  lang: 'en',
  signature: `${name}\n${title}\nArdenlow Renewables Ltd\n${phone}`,
  short: name.split(' ')[0]!,
  disclaimer: ARDENLOW_UK_FOOTER,
  ...extra,
});

const fr = (
  name: string,
  email: string,
  signature: string,
  short: string,
  extra: Partial<Identity> = {},
): Identity => ({
  name,
  email,
  client: 'outlook-fr',
  zone: 'Europe/Paris',
  lang: 'fr',
  signature,
  short,
  disclaimer: ARDENLOW_FR_FOOTER,
  ...extra,
});

export const IDENTITIES: Record<string, Identity> = {
  // ── Ardenlow Renewables Ltd, London ──────────────────────────────────────
  richard: uk('Richard Ashworth', 'richard.ashworth@ardenlow.example', 'Chief Executive Officer', 'T +44 20 7946 0310'),
  priya: uk(
    'Priya Natarajan',
    'priya.natarajan@ardenlow.example',
    'Chief Financial Officer',
    'T +44 20 7946 0322 | M +44 7700 900412',
    {
      custodian: 'natarajan-p',
    },
  ),
  oliver: uk(
    'Oliver Brennan',
    'oliver.brennan@ardenlow.example',
    'General Counsel & Company Secretary',
    'T +44 20 7946 0340',
  ),
  sarah: uk(
    'Sarah Whitfield',
    'sarah.whitfield@ardenlow.example',
    'Head of Group Communications',
    'T +44 20 7946 0355 | M +44 7700 900587',
  ),
  daniel: uk("Daniel O'Connor", 'daniel.oconnor@ardenlow.example', 'IT Security Manager', 'T +44 20 7946 0371'),
  emma: uk(
    'Emma Clarke',
    'emma.clarke@ardenlow.example',
    'Executive Assistant to Richard Ashworth',
    'T +44 20 7946 0311',
  ),

  // ── Ardenlow Énergies France SAS, Nantes ─────────────────────────────────
  helene: fr(
    'Hélène Marchand',
    'helene.marchand@ardenlow.example',
    'Hélène Marchand\nDirectrice générale France | Country Manager France\nArdenlow Énergies France SAS\n18 quai des Tanneurs – 44000 Nantes\nTél. +33 2 61 91 40 01 – Mob. +33 6 39 98 21 07',
    'Hélène',
    { custodian: 'marchand-h' },
  ),
  francois: fr(
    'François Dubreuil',
    'francois.dubreuil@ardenlow.example',
    'François Dubreuil\nChef de projet éolien – Landes de Kerbrevet\nArdenlow Énergies France\n+33 2 61 91 40 12 | +33 6 39 98 40 12',
    'François',
    { custodian: 'dubreuil-f' },
  ),
  marc: fr(
    'Marc Le Gall',
    'marc.legall@ardenlow.example',
    'Marc LE GALL\nResponsable développement territorial\nArdenlow Énergies France – antenne de Quimper\n06 39 98 55 31',
    'Marc',
    { custodian: 'legall-m' },
  ),
  annesophie: fr(
    'Anne-Sophie de La Roche',
    'annesophie.delaroche@ardenlow.example',
    'Anne-Sophie de La Roche\nResponsable juridique France\nArdenlow Énergies France SAS\nTél. +33 2 61 91 40 30',
    'Anne-Sophie',
    { custodian: 'delaroche-as' },
  ),
  noemie: fr(
    'Noémie Lefèvre',
    'noemie.lefevre@ardenlow.example',
    "Noémie Lefèvre\nChargée d'études environnement\nArdenlow Énergies France\n+33 2 61 91 40 17",
    'Noémie',
  ),
  jb: fr(
    'Jean-Baptiste Caradec',
    'jb.caradec@ardenlow.example',
    'CARADEC Jean-Baptiste\nContrôleur de gestion\nArdenlow Énergies France SAS\nTél. : 02 61 91 40 20',
    'JB',
    { custodian: 'caradec-jb' },
  ),
  marie: fr(
    'Marie Dupont',
    'marie.dupont@ardenlow.example',
    'DUPONT Marie\nAssistante de direction\nArdenlow Énergies France SAS\nTél. : 02 61 91 40 00',
    'Marie',
  ),
  thierry: fr(
    'Thierry Vasseur',
    'thierry.vasseur@ardenlow.example',
    'Thierry Vasseur\nIngénieur raccordement\nArdenlow Énergies France\n+33 6 39 98 40 25',
    'Thierry',
  ),
  gaelle: fr(
    'Gaëlle Kerjean',
    'gaelle.kerjean@ardenlow.example',
    'Gaëlle Kerjean\nChargée de communication\nArdenlow Énergies France\n+33 2 61 91 40 08 – +33 6 39 98 40 08',
    'Gaëlle',
  ),
  loic: fr(
    'Loïc Tanguy',
    'loic.tanguy@ardenlow.example',
    'Loïc Tanguy\nTechnicien de site – Finistère\nArdenlow Énergies France\n06 39 98 40 33',
    'Loïc',
  ),
  // Hélène Marchand's personal address: same display name, her phone's mail app.
  helenePerso: {
    name: 'Hélène Marchand',
    email: 'hmarchand44@courriel.example',
    client: 'iphone-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    short: 'H.',
  },

  // ── Distribution lists ───────────────────────────────────────────────────
  equipeFrance: {
    name: 'Équipe France',
    email: 'equipe-france@ardenlow.example',
    client: 'outlook-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    members: ['helene', 'francois', 'marc', 'annesophie', 'noemie', 'jb', 'marie', 'thierry', 'gaelle', 'loic'],
  },
  allStaff: {
    name: 'All Staff',
    email: 'all-staff@ardenlow.example',
    client: 'outlook-en',
    zone: 'Europe/London',
    lang: 'en',
    members: [
      'richard',
      'priya',
      'oliver',
      'sarah',
      'daniel',
      'emma',
      'helene',
      'francois',
      'marc',
      'annesophie',
      'noemie',
      'jb',
      'marie',
      'thierry',
      'gaelle',
      'loic',
    ],
  },

  // ── Outside Ardenlow ─────────────────────────────────────────────────────
  erwan: {
    name: 'Erwan Salaün',
    email: 'erwan.salaun@esk-conseil.example',
    client: 'webmail-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      "Erwan Salaün\nESK Conseil – Études & concertation territoriale\n3 place de l'Église – Kerbrevet (29)\n06 39 98 77 02",
    short: 'Erwan',
  },
  // The same man, writing from his phone, whose mail app spells his name the French administrative way.
  erwanCaps: {
    name: 'SALAUN Erwan',
    email: 'erwan.salaun@esk-conseil.example',
    client: 'iphone-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    short: 'E. Salaün',
  },
  maire: {
    name: 'Gilles Le Bihan',
    email: 'maire@mairie-kerbrevet.example',
    client: 'mairie',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature: 'Gilles Le Bihan\nMaire de Kerbrevet\nVice-président de la communauté de communes',
    short: 'G. Le Bihan',
  },
  dgs: {
    name: 'Françoise Quéméner',
    email: 'secretariat@mairie-kerbrevet.example',
    client: 'mairie',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      'Françoise Quéméner\nSecrétaire générale de mairie\nMairie de Kerbrevet – 1 place de la Mairie – 29 Kerbrevet\nTél. 02 61 91 77 10',
    short: 'F. Quéméner',
  },
  scanner: {
    name: 'Copieur Mairie',
    email: 'scanner@mairie-kerbrevet.example',
    client: 'mairie',
    zone: 'Europe/Paris',
    lang: 'fr',
  },
  lea: {
    name: 'Léa Fontaine',
    email: 'lea.fontaine@echo-ponant.example',
    client: 'thunderbird-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature: "Léa Fontaine\nJournaliste – rédaction de Quimper\nL'Écho du Ponant\n06 39 98 63 18",
    short: 'Léa Fontaine',
  },
  tom: {
    name: 'Tom Hartley',
    email: 'tom.hartley@mailbox.example',
    client: 'gmail-en',
    zone: 'Europe/London',
    lang: 'en',
    signature: 'Tom Hartley\nFreelance energy reporter\n+44 7700 900733',
    short: 'Tom',
  },
  plessis: {
    name: 'Charles-Henri du Plessis',
    email: 'ch.duplessis@delorme-duplessis.example',
    client: 'outlook-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      'Charles-Henri du Plessis\nAvocat associé\nDelorme & du Plessis Avocats\n27 rue de Miromesnil – 75008 Paris\nTél. +33 1 99 00 31 40',
    short: 'CHdP',
    disclaimer: LAW_FIRM_FOOTER,
  },
  yann: {
    name: 'Yann Morvan',
    email: 'yann.morvan@banque-armoricaine.example',
    client: 'outlook-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      "Yann Morvan\nChargé d'affaires Entreprises\nBanque Armoricaine – Centre d'affaires Nantes Atlantique\nTél. 02 61 91 88 45",
    short: 'Yann Morvan',
    disclaimer: BANK_FOOTER,
  },
  conformite: {
    name: 'Banque Armoricaine – Conformité',
    email: 'conformite@banque-armoricaine.example',
    client: 'outlook-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature: 'Direction de la Conformité\nBanque Armoricaine',
    disclaimer: BANK_FOOTER,
  },
  mikkel: {
    name: 'Mikkel Søndergaard',
    email: 'mikkel.sondergaard@vestrand.example',
    client: 'outlook-en',
    zone: 'Europe/Paris',
    lang: 'en',
    signature: 'Mikkel Søndergaard\nSales Manager France & Benelux\nVestrand Wind A/S\nAarhus, Denmark',
    short: 'Mikkel',
  },
  chantal: {
    name: 'Chantal Riou',
    email: 'contact@landes-vivantes.example',
    client: 'webmail-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      "Chantal Riou\nPrésidente de l'association Landes Vivantes\nProtection des landes et zones humides du Porzay",
    short: 'Chantal Riou',
  },
  quintin: {
    name: 'Sébastien Quintin',
    email: 's.quintin@naturalia-ouest.example',
    client: 'thunderbird-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature:
      "Sébastien Quintin\nÉcologue – chiroptérologue\nNaturalia Ouest, bureau d'études faune-flore\n06 39 98 90 14",
    short: 'Sébastien',
  },
  commissaire: {
    name: 'Jean-Pierre Le Goff',
    email: 'jp.legoff@courriel.example',
    client: 'webmail-fr',
    zone: 'Europe/Paris',
    lang: 'fr',
    signature: 'Jean-Pierre Le Goff\nCommissaire enquêteur',
    short: 'J.-P. Le Goff',
  },
  newsletter: {
    name: 'Renewables Brief',
    email: 'newsletter@renewables-brief.example',
    client: 'mailer',
    zone: 'Europe/London',
    lang: 'en',
  },
};

/** The leaked mailboxes (custodians) and their folder names, as their mail programs exported them. */
export const CUSTODIANS: Record<string, { inbox: string; sent: string; deleted: string }> = {
  'marchand-h': { inbox: 'boite_de_reception', sent: 'elements_envoyes', deleted: 'elements_supprimes' },
  'dubreuil-f': { inbox: 'boite_de_reception', sent: 'elements_envoyes', deleted: 'elements_supprimes' },
  'legall-m': { inbox: 'boite_de_reception', sent: 'elements_envoyes', deleted: 'elements_supprimes' },
  'caradec-jb': { inbox: 'boite_de_reception', sent: 'elements_envoyes', deleted: 'elements_supprimes' },
  'delaroche-as': { inbox: 'boite_de_reception', sent: 'elements_envoyes', deleted: 'elements_supprimes' },
  'natarajan-p': { inbox: 'inbox', sent: 'sent_items', deleted: 'deleted_items' },
};
