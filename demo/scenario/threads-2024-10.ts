/**
 * Demo mailbox, October 2024: London approves the ESK engagement (split into two purchase orders
 * under the €50,000 delegation), due diligence finds the family link, the council votes yes.
 * The approval email is the doctored pair: Hélène Marchand's copy shows other amounts.
 */
import type { ThreadSpec } from './types.js';

export const OCTOBER: ThreadSpec[] = [
  {
    key: 'esk-approval',
    subject: 'ESK Conseil – local consultation engagement (approval request)',
    folders: { 'marchand-h': 'kerbrevet', 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'helene',
        to: ['priya'],
        cc: ['jb'],
        at: '2024-10-02 17:30',
        lang: 'en',
        attach: [{ file: 'noteCadrage', name: 'Note_cadrage_concertation_Kerbrevet.docx' }],
        body: `
Dear Priya,

I would like your approval, as required above my €50,000 delegation, to engage ESK Conseil for the local consultation on Kerbrevet.

Context: after the petition by Landes Vivantes, the mayor, Mr Le Bihan, asked us to run a proper consultation before the council gives its opinion on 17 October. Without it, he will not put the item on the agenda, and we lose at least six months. ESK Conseil is a local firm with deep roots in the community, which is exactly what the mayor and the residents expect.

Scope: territorial diagnosis and interviews, public workshops and drop-in sessions at the town hall, final report presented to the council.
Budget: €84,000 excl. VAT, in two phases, each with its own purchase order of €42,000.

Marc's framing note for the consultation is attached (in French).

Given the timing I would be grateful for your answer this week.

Best regards,`,
      },
      {
        from: 'priya',
        to: ['helene'],
        cc: ['jb'],
        at: '2024-10-03 09:05',
        body: `
Hélène,

A few questions before I can sign this off:

1. Did we get competing quotes? €84k is well above what we paid for consultation elsewhere; I remember something like €20k on Lann-Vraz.
2. Who are ESK Conseil? I can't find accounts or references for them.
3. Has the third-party due diligence been done under the anti-bribery policy? Any consultant recommended by a public official needs it before engagement, not after.
4. Why two POs rather than one contract?

Thanks,`,
      },
      {
        label: 'reponse',
        from: 'helene',
        to: ['priya'],
        cc: ['jb'],
        at: '2024-10-03 18:50',
        lang: 'en',
        body: `
Priya,

1. No, there was no time for a tender: the council meets on the 17th. Lann-Vraz was a much smaller exercise in a much calmer context.
2. ESK is a young firm, but its manager knows every farmer and every councillor in Kerbrevet. That is the point.
3. Anne-Sophie is running the due diligence now.
4. The two POs follow the two phases of the mission, to keep control of the second payment.

I really need this to move. Happy to discuss by phone tomorrow.

Hélène`,
      },
      {
        from: 'jb',
        to: ['priya'],
        at: '2024-10-04 08:20',
        parent: 'reponse',
        lang: 'en',
        body: `
Dear Priya,

I prefer to write to you directly, I hope you will understand.

The split in two POs of €42,000 was not my proposal and it does not follow the quote: the quote of ESK (n° 2024-117, I saw it yesterday) has three lots of €24,000, €36,000 and €24,000. Each PO of €42,000 is just under the €50,000 limit of the delegation in France. I am not comfortable to create them like this without your explicit written approval.

Also, the quote is addressed to Marc, dated 23 September, before any discussion with London.

Best regards,
Jean-Baptiste`,
      },
      {
        label: 'approval',
        from: 'priya',
        to: ['helene'],
        cc: ['jb'],
        bcc: ['oliver'],
        at: '2024-10-08 11:02',
        parent: 'reponse',
        body: `
Hélène,

Following our call this morning, and on the condition that Oliver's team completes the third-party due diligence on ESK Conseil before any payment is made, I approve the ESK Conseil engagement at €84,000 excl. VAT, to be raised as two POs of €42,000.

The second PO is only to be released on delivery of the phase 2 report, and JB will keep the quote and both POs on file together.

For the record, I would have preferred a competitive process, and I expect the consultation report to be published with the amount, as we did on Lann-Vraz.

Regards,`,
        quirks: {
          doctored: {
            at: 'marchand-h/kerbrevet',
            replace: [
              ['€84,000', '€48,000'],
              ['€42,000', '€24,000'],
            ],
          },
        },
      },
    ],
  },
  {
    key: 'bons-de-commande-esk',
    subject: 'Bons de commande ESK Conseil',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'jb',
        to: ['helene'],
        at: '2024-10-09 09:30',
        attach: [{ file: 'suiviBonsDeCommande', name: 'Engagements_ESK_BC-0412-0419.xlsx' }],
        body: `
Bonjour Hélène,

Suite à l'accord de Priya d'hier, je crée les bons de commande BC-FR-2024-0412 et BC-FR-2024-0419, 42 000 € HT chacun.

Une question pratique : le devis porte sur trois lots, et aucun des deux BC ne correspond à un lot. Quel libellé dois-je mettre pour que le rapprochement avec les factures soit possible à l'audit ?

Cordialement,`,
      },
      {
        from: 'helene',
        to: ['jb'],
        at: '2024-10-09 10:02',
        body: `
"Concertation Kerbrevet – phase 1" et "phase 2". Ne complique pas les choses, JB.`,
      },
      {
        from: 'jb',
        to: ['helene'],
        at: '2024-10-09 10:30',
        body: `
Entendu. J'indique toutefois en commentaire des deux BC que le découpage a été demandé par la direction générale France et validé par Priya Natarajan le 8 octobre. Ce sera plus simple pour tout le monde en cas de question des commissaires aux comptes.

JB`,
      },
      {
        from: 'helene',
        to: ['jb'],
        bcc: ['helenePerso'],
        at: '2024-10-09 11:47',
        body: `
Fais comme tu veux, mais que les bons partent aujourd'hui. Erwan Salaün a déjà commencé les entretiens.

Hélène`,
      },
    ],
  },
  {
    key: 'due-diligence-esk',
    subject: 'Third-party due diligence – ESK Conseil',
    messages: [
      {
        from: 'oliver',
        to: ['annesophie'],
        cc: ['priya'],
        at: '2024-10-04 14:10',
        body: `
Dear Anne-Sophie,

Priya tells me the French team wants to engage a new consultant, ESK Conseil, on the recommendation of the mayor of Kerbrevet. Under our anti-bribery policy this needs the full third-party due diligence before any engagement:

- our standard questionnaire, including ultimate beneficial owner;
- a search of the company registers and adverse media;
- a specific question on any link, family or financial, with public officials involved in the permit, starting with the mayor and the councillors.

Given Sapin II and section 7 of the UK Bribery Act, the last point is the one that matters. Could you run it and let me know the outcome before anything is signed?

Many thanks,`,
      },
      {
        from: 'annesophie',
        to: ['oliver'],
        cc: ['priya'],
        at: '2024-10-04 16:45',
        lang: 'en',
        attach: [{ file: 'noteCadrage', name: 'Note_cadrage_concertation_Kerbrevet.docx' }],
        body: `
Dear Oliver,

Of course. I am sending our questionnaire to ESK on Monday.

First findings from the register: ESK Conseil SARL, share capital €1,000, registered in Quimper on 12 June 2024, registered office in Kerbrevet, sole manager and shareholder Mr Erwan Salaün. No filed accounts yet (first financial year not closed), no adverse media.

Attached, the framing note the French team wrote on 16 September: ESK is named there as the mayor's recommendation, with no tender.

Kind regards,`,
      },
      {
        from: 'annesophie',
        to: ['oliver'],
        cc: ['priya'],
        at: '2024-10-15 10:20',
        lang: 'en',
        body: `
Dear Oliver,

ESK returned the questionnaire last night. Question 12 (links with public officials) is answered "Non".

However, I have been told informally, by two people in our own team, that Mr Salaün is related by marriage to the mayor. I have asked Mr Salaün the question in writing this morning. I also learnt that ESK has already started work, although we have no signed contract.

How would you like me to proceed?

Anne-Sophie`,
      },
      {
        from: 'oliver',
        to: ['annesophie'],
        cc: ['priya'],
        at: '2024-10-15 13:30',
        body: `
Anne-Sophie,

That is precisely the red flag the process is there to catch. Until it is clarified in writing:
- no payment to ESK, whatever the POs say;
- no contract signature;
- please keep a note of who told you and when.

Priya, I assume the approval you gave last week stands suspended on this condition. Let's discuss on Thursday.

Oliver`,
      },
    ],
  },
  {
    key: 'questionnaire-esk',
    subject: 'Questionnaire fournisseur – ESK Conseil',
    messages: [
      {
        from: 'annesophie',
        to: ['erwan'],
        cc: ['marc'],
        at: '2024-10-07 09:40',
        body: `
Monsieur,

Dans le cadre de nos procédures de conformité (loi n° 2016-1691 dite « Sapin II »), tout nouveau prestataire d'Ardenlow Énergies France doit répondre au questionnaire ci-dessous avant la signature d'un contrat :

1. Dénomination, forme sociale, numéro RCS.
2. Identité du ou des bénéficiaires effectifs.
3. Références de missions comparables au cours des trois dernières années.
4. Chiffre d'affaires du dernier exercice.
(…)
12. Un dirigeant, associé ou salarié de votre société a-t-il un lien familial, professionnel ou financier avec un élu ou un agent public intervenant dans l'instruction du projet éolien des Landes de Kerbrevet ? Si oui, précisez.

Je vous remercie de me répondre par retour de mail. M. Le Gall, votre interlocuteur, est en copie.

Bien cordialement,`,
      },
      {
        from: 'erwanCaps',
        to: ['annesophie'],
        cc: ['marc'],
        at: '2024-10-14 22:51',
        body: `
Bonsoir,

Je réponds directement, je suis en déplacement.

1. ESK Conseil SARL, RCS Quimper, immatriculée le 12 juin 2024.
2. Moi-même, Erwan Salaün, 100 %.
3. Société récente. Avant cela j'ai travaillé huit ans au service développement de la communauté de communes.
4. Premier exercice en cours.
12. Non.

Cordialement
E. Salaün`,
      },
      {
        from: 'annesophie',
        to: ['erwan'],
        cc: ['marc'],
        at: '2024-10-15 09:15',
        body: `
Monsieur,

Je vous remercie de votre réponse.

Une précision complémentaire, pour que notre dossier soit complet : avez-vous un lien familial, même par alliance, avec M. Gilles Le Bihan, maire de Kerbrevet, ou avec un membre du conseil municipal ?

Bien cordialement,`,
      },
      {
        from: 'erwan',
        to: ['annesophie'],
        cc: ['marc'],
        at: '2024-10-17 19:40',
        body: `
Madame,

Mon épouse, Maëlle, est la fille de M. Le Bihan. Je ne vois pas en quoi cela concerne la qualité de notre travail, qui a commencé il y a trois semaines à la demande de votre société.

Je précise que M. Le Gall était informé de ce lien dès le premier jour, tout comme Mme Marchand.

Cordialement,`,
      },
    ],
  },
  {
    key: 'conseil-municipal-odj',
    subject: 'Conseil municipal du 17 octobre – ordre du jour',
    messages: [
      {
        from: 'dgs',
        to: ['marc'],
        at: '2024-10-08 11:00',
        body: `
Monsieur Le Gall,

Vous trouverez ci-dessous l'ordre du jour du conseil municipal du jeudi 17 octobre, 20h, salle du conseil :

1. Approbation du procès-verbal de la séance du 12 septembre
2. Décision modificative n° 2 – budget principal
3. Tarifs de la cantine scolaire 2025
4. Convention avec le SDIS pour la réserve incendie de Kerlaz
5. Travaux de voirie – chemin rural n° 7
6. Avis de la commune sur la demande d'autorisation environnementale du parc éolien des Landes de Kerbrevet
7. Questions diverses

M. le Maire souhaiterait disposer, pour le point 6, d'une note d'une page à l'intention des conseillers, présentant le projet et les engagements de la société. Pourriez-vous me la faire parvenir avant vendredi ?

Cordialement,`,
      },
      {
        from: 'marc',
        to: ['dgs'],
        cc: ['francois'],
        at: '2024-10-08 15:30',
        body: `
Madame Quéméner,

Voici la note pour le point 6 :

Projet éolien des Landes de Kerbrevet – note aux conseillers municipaux
- 9 éoliennes de 4,2 MW, hauteur en bout de pale 180 m, sur la lande de Menez-Du, à plus de 700 m de toute habitation.
- Production estimée : 98 GWh par an, soit la consommation électrique d'environ 40 000 habitants.
- Retombées pour la commune : environ 95 000 € par an (IFER et taxe foncière), plus le loyer des parcelles communales ZB 14 et ZB 15.
- Mesures environnementales : bridage des machines pour les chauves-souris, suivi des busards Saint-Martin pendant trois ans, recul de l'éolienne E8.
- Concertation : une démarche d'accompagnement a été confiée à un cabinet local ; ateliers ouverts à tous en octobre et novembre.
- Chemin rural n° 7 : convention d'entretien à la charge de la société pendant toute la durée des travaux.

Je reste à votre disposition pour toute question.

Cordialement,`,
      },
      {
        from: 'dgs',
        to: ['marc'],
        at: '2024-10-09 09:10',
        body: `
Bien reçu, c'est transmis aux élus avec la convocation.

F. Quéméner`,
      },
    ],
  },
  {
    key: 'deliberation-17-octobre',
    subject: 'Numérisation du 18/10/2024 09:12',
    messages: [
      {
        from: 'scanner',
        to: ['marc'],
        at: '2024-10-18 09:12',
        attach: [{ file: 'deliberation', name: 'SCAN_20241018_0912.pdf' }],
        quirks: { noMessageId: true },
        body: `
Document numérisé depuis MFP-MAIRIE-RDC.
Nombre de pages : 1
Résolution : 300 ppp
Format : PDF`,
      },
      {
        from: 'marc',
        to: ['helene', 'francois'],
        cc: ['gaelle'],
        at: '2024-10-18 10:05',
        kind: 'forward',
        body: `
Bonjour à tous,

Le secrétariat de mairie vient de m'envoyer la délibération d'hier soir : AVIS FAVORABLE, 10 voix pour, 4 contre, 1 abstention. Kergoat a voté pour finalement.

La séance a été agitée : une trentaine de membres de Landes Vivantes dans le public, et Mme Riou a été rappelée à l'ordre deux fois.

Marc`,
      },
      {
        label: 'bravo',
        from: 'helene',
        to: ['marc', 'francois'],
        cc: ['gaelle'],
        at: '2024-10-18 11:30',
        body: `
Bravo à tous, c'est une très belle étape. Je préviens Londres.

Gaëlle, pas de communication avant l'ouverture de l'enquête publique, s'il te plaît.

Hélène`,
      },
      {
        from: 'francois',
        to: ['marc'],
        at: '2024-10-18 14:20',
        parent: 'bravo',
        body: `
Marc,

Petite remarque en relisant la délibération : le maire a indiqué en séance que la concertation avait été confiée à un cabinet local "pour un montant de 48 000 € HT". Ce n'est pas le chiffre du devis que j'ai vu passer.

Tu sais d'où il sort ?

François`,
      },
      {
        from: 'marc',
        to: ['francois'],
        at: '2024-10-18 14:52',
        body: `
Je sais. Vois avec Hélène, ce n'est pas moi qui ai donné ce chiffre au maire.

Marc`,
      },
    ],
  },
  {
    key: 'council-vote-london',
    subject: 'Kerbrevet: the council says yes',
    messages: [
      {
        from: 'helene',
        to: ['richard', 'priya'],
        cc: ['sarah'],
        at: '2024-10-18 12:00',
        lang: 'en',
        body: `
Dear Richard, dear Priya,

Good news from Brittany: last night the municipal council of Kerbrevet gave a favourable opinion on our wind farm, 10 votes to 4 with one abstention.

This is not binding on the préfet, but it was the main political risk before the public inquiry, which opens on 4 November. Many thanks to Marc Le Gall and François Dubreuil, who have worked very hard on this.

Best regards,`,
      },
      {
        from: 'richard',
        to: ['helene'],
        cc: ['priya', 'sarah'],
        at: '2024-10-18 13:15',
        body: `
Excellent news, Hélène. Please pass on my thanks to Marc and François.

Sarah – could we do a low-key LinkedIn post? Nothing triumphant.

Richard`,
      },
      {
        from: 'sarah',
        to: ['richard', 'helene'],
        cc: ['priya', 'gaelle'],
        at: '2024-10-18 15:00',
        body: `
Will do, with Gaëlle. My suggestion would be to wait until the public inquiry opens and say something about listening to local residents at that point, rather than celebrating a vote the opponents are angry about.

Sarah`,
      },
    ],
  },
  {
    key: 'facture-esk-031',
    subject: 'Facture ESK-2024-031',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'erwan',
        to: ['jb'],
        cc: ['marc'],
        at: '2024-10-21 08:30',
        body: `
Bonjour Monsieur Caradec,

M. Le Gall m'a indiqué que vous étiez l'interlocuteur pour la facturation.

Vous recevrez par courrier notre facture n° ESK-2024-031 du 21/10/2024, correspondant à la phase 1 de la mission de concertation (bon de commande BC-FR-2024-0412), d'un montant de 42 000,00 € HT, soit 50 400,00 € TTC.

Nos coordonnées bancaires figurent sur la facture.

Bien à vous,`,
      },
      {
        from: 'jb',
        to: ['erwan'],
        cc: ['marc'],
        at: '2024-10-21 10:15',
        body: `
Bonjour Monsieur,

Bien noté. Nos conditions de paiement sont de 30 jours à réception de facture, sous réserve de la finalisation de nos vérifications internes sur les nouveaux fournisseurs.

Cordialement,`,
      },
      {
        label: 'relance',
        from: 'erwan',
        to: ['jb'],
        cc: ['marc'],
        at: '2024-10-28 18:02',
        attach: [{ file: 'facture031', name: 'Facture_ESK-2024-031.pdf' }],
        body: `
Monsieur Caradec,

M. Le Gall m'avait assuré d'un paiement rapide. J'ai engagé des frais importants (salle, impression, deux vacataires pour les entretiens). Pouvez-vous accélérer le règlement ? Je vous joins la facture.

Cordialement,`,
      },
      {
        from: 'jb',
        to: ['helene'],
        at: '2024-10-29 08:45',
        kind: 'forward',
        body: `
Hélène,

Pour info. Oliver a demandé le 15 octobre qu'aucun paiement ne parte vers ESK avant la fin des vérifications, et je n'ai rien reçu depuis. Je bloque la facture ?

JB`,
      },
      {
        from: 'helene',
        to: ['jb'],
        bcc: ['helenePerso'],
        at: '2024-10-29 09:30',
        body: `
Non. Les vérifications sont faites, Anne-Sophie a eu ses réponses. Tu paies à l'échéance, le 20 novembre.

Hélène`,
      },
    ],
  },
  {
    key: 'newsletter-renewables-brief-43',
    subject: 'Renewables Brief – Week 43: French onshore permits, turbine order books, PPA prices',
    messages: [
      {
        from: 'newsletter',
        to: ['priya'],
        at: '2024-10-24 07:00',
        htmlOnly: true,
        body: '',
        html: `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Renewables Brief – Week 43</title>
<script type="text/javascript">
  (function () { var s = document.createElement('script'); s.src = 'http://tracker.example/collect.js?c=rb43'; document.head.appendChild(s); })();
</script>
<style>body{font-family:Georgia,serif;color:#222} h2{color:#0b5d3b}</style></head>
<body>
<table width="600" align="center"><tr><td>
<h1>Renewables Brief</h1>
<p><em>Week 43 – your five-minute read on European renewables.</em></p>
<h2>France: onshore permits pile up at the prefectures</h2>
<p>Developers report average instruction times above 24 months for onshore wind in Brittany and Normandy. Local opposition groups have become more organised, and municipal councils more cautious ahead of the 2026 local elections.</p>
<h2>Turbine makers: order books recover</h2>
<p>Vestrand Wind reported a stronger third quarter in onshore orders, led by Germany and Poland, but warned of tighter delivery slots for 2026.</p>
<h2>PPA prices</h2>
<p>Corporate PPA prices for French onshore wind stabilised at around €72/MWh for ten-year contracts.</p>
<p><a href="http://tracker.example/click?u=8f3a91c2&amp;l=https%3A%2F%2Frenewables-brief.example%2Fweek-43">Read the full issue online</a></p>
<p style="font-size:11px;color:#888">You receive this email because you subscribed with priya.natarajan@ardenlow.example. <a href="http://tracker.example/unsubscribe?u=8f3a91c2">Unsubscribe</a>.</p>
<img src="http://tracker.example/pixel.gif?u=8f3a91c2&amp;n=rb43" width="1" height="1" alt="" style="display:block;border:0">
</td></tr></table>
</body></html>
`,
      },
    ],
  },
  {
    key: 'reservation-agreement-v2',
    subject: 'Reservation agreement Kerbrevet – draft v2',
    folders: { 'dubreuil-f': 'kerbrevet/turbines' },
    messages: [
      {
        from: 'mikkel',
        to: ['francois', 'priya'],
        at: '2024-10-10 16:40',
        body: `
Dear Priya, dear François,

Please find our comments on your mark-up below; the clean v2 will follow from Aarhus tomorrow.

- Refund: 50% of the reservation fee if the permit is refused by the préfet; no refund in case of a later appeal.
- Indexation cap: 4.5% per year.
- Long-stop date for the turbine supply agreement: 30 June 2025.

Best regards,`,
      },
      {
        from: 'priya',
        to: ['mikkel'],
        cc: ['francois'],
        at: '2024-10-11 09:30',
        body: `
Dear Mikkel,

Thank you. We cannot accept a refund that ignores appeals: in France, the real permit risk is the administrative court, not the préfet. Our position is 80% refundable if the permit is refused or annulled, and an indexation cap of 3.5%.

Kind regards,`,
      },
      {
        from: 'mikkel',
        to: ['priya'],
        cc: ['francois'],
        at: '2024-10-14 11:00',
        body: `
Priya,

We can go to 75% refundable, including annulment by a court within 24 months, and a 4% cap. That is our final position before our sales board on Thursday.

Mikkel`,
      },
      {
        from: 'priya',
        to: ['mikkel'],
        cc: ['francois', 'richard'],
        at: '2024-10-15 17:20',
        body: `
Mikkel,

Agreed in principle, subject to contract and to our FID. Please send the clean v2 and we will revert with any final comments within two weeks.

Regards,`,
      },
    ],
  },
  {
    key: 'note-de-frais-septembre',
    subject: 'Note de frais septembre – justificatifs manquants',
    messages: [
      {
        from: 'jb',
        to: ['loic'],
        at: '2024-10-03 10:00',
        body: `
Bonjour Loïc,

Il me manque deux justificatifs pour ta note de frais de septembre :
- le péage de l'A84 du 17/09 ;
- le repas du 24/09 à Châteaulin (32,50 €).

Sans eux je ne peux pas la valider avant la clôture de vendredi.

Merci,`,
      },
      {
        from: 'loic',
        to: ['jb'],
        at: '2024-10-03 17:45',
        body: `
Salut JB,

Le péage, c'est une erreur, c'était sur la carte carburant, je l'enlève. Pour le resto à Châteaulin ils n'ont pas voulu me faire de facture, j'ai une photo du ticket de CB, ça ira ?

Loïc`,
      },
      {
        from: 'jb',
        to: ['loic'],
        at: '2024-10-04 08:30',
        body: `
Ça ira pour cette fois. Envoie-moi la photo et la note corrigée.

JB`,
      },
    ],
  },
  {
    key: 'covoiturage-kerbrevet',
    subject: 'Covoiturage Kerbrevet mardi',
    messages: [
      {
        from: 'noemie',
        to: ['francois', 'loic'],
        at: '2024-10-07 18:20',
        body: `
Hello,

Qui monte à Kerbrevet mardi pour la visite de terrain avec Naturalia ? Je n'ai pas de voiture cette semaine.

Noémie`,
      },
      {
        from: 'loic',
        to: ['noemie', 'francois'],
        at: '2024-10-07 19:05',
        body: `
Je pars de Quimper, je vous retrouve directement au mât de mesure vers 10h.`,
      },
      {
        from: 'francois',
        to: ['noemie', 'loic'],
        at: '2024-10-07 20:11',
        body: `
Je prends la Zoé de service, départ 7h15 devant le bureau. Noémie, je te prends. Pense aux bottes, la lande est détrempée.

François`,
      },
    ],
  },
  {
    key: 'raccordement-ptf',
    subject: 'Raccordement – proposition technique et financière',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'thierry',
        to: ['francois', 'helene'],
        at: '2024-10-10 11:00',
        body: `
Bonjour,

Le gestionnaire de réseau nous a transmis la proposition technique et financière pour Kerbrevet :
- raccordement au poste source de Châteaulin, 19,5 km de câble souterrain en 20 kV, le long de la D770 ;
- coût estimé : 6,2 M€ HT, dont 1,1 M€ de quote-part au titre du schéma régional ;
- délai de mise à disposition : fin 2027, sous réserve des autorisations de voirie.

Le délai est le vrai sujet : avec une livraison des turbines au deuxième trimestre 2026, nous aurions un an de machines à l'arrêt. Je propose de demander un raccordement provisoire ou de décaler la livraison Vestrand.

Thierry`,
      },
      {
        from: 'francois',
        to: ['thierry'],
        cc: ['helene'],
        at: '2024-10-10 14:20',
        body: `
Merci Thierry. Décaler Vestrand est plus réaliste, Mikkel sera ravi de récupérer le créneau 2026 pour un autre client. Je lui en parle sans rien annoncer.

François`,
      },
      {
        from: 'helene',
        to: ['thierry', 'francois'],
        at: '2024-10-11 09:00',
        body: `
D'accord. Thierry, mets les chiffres dans le modèle de Priya avant vendredi, avec les deux scénarios de calendrier.

Hélène`,
      },
    ],
  },
  {
    key: 'conges-toussaint',
    subject: 'Congés de la Toussaint',
    messages: [
      {
        from: 'marie',
        to: ['equipeFrance'],
        at: '2024-10-14 10:30',
        body: `
Bonjour à tous,

Petit rappel : merci de poser vos congés de la Toussaint (semaine du 28 octobre) dans l'outil avant vendredi, et d'indiquer dans votre message d'absence qui vous remplace.

Le bureau sera fermé le vendredi 1er novembre.

Bonne journée,`,
      },
      {
        from: 'annesophie',
        to: ['marie'],
        at: '2024-10-14 11:05',
        body: `
Merci Marie, c'est fait. Absente du 28 au 31, François me remplace pour les urgences (il ne le sait pas encore).

Anne-Sophie`,
      },
    ],
  },
];
