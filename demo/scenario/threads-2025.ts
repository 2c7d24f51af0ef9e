/**
 * Demo mailbox, January–February 2025: interim management, the commissaire enquêteur's report,
 * Vestrand's deadline, interviews, a complaint to the public prosecutor, Hélène Marchand's
 * departure, and preliminary findings that mention a copy of an email that does not match.
 */
import type { ThreadSpec } from './types.js';

export const EARLY_2025: ThreadSpec[] = [
  {
    key: 'interim-management-france',
    subject: 'Interim management of Ardenlow Énergies France',
    messages: [
      {
        from: 'richard',
        to: ['allStaff'],
        at: '2025-01-06 08:00',
        body: `
Dear colleagues,

Happy new year to all of you. As you know from the press, questions have been raised about a consultancy engagement on the Landes de Kerbrevet project. The Board has asked for an independent review, which is under way.

While it is conducted, Hélène Marchand is on leave, at the company's request, with immediate effect. This is not a finding of any kind.

With immediate effect and until further notice:
- François Dubreuil is interim head of Ardenlow Énergies France, in addition to his role on Kerbrevet;
- Priya Natarajan oversees all financial approvals for France;
- all contact with the media goes through Sarah Whitfield and Gaëlle Kerjean.

Please give François your full support. I will be in Nantes on Thursday 9 January and would like to meet the whole team at 10:00.

Richard`,
      },
      {
        from: 'francois',
        to: ['richard'],
        at: '2025-01-06 09:15',
        lang: 'en',
        body: `
Dear Richard,

Thank you for your trust. I will do my best to keep the team focused on the projects, Kerbrevet first. The team is shaken but solid.

See you on Thursday; Marie will book the meeting room and lunch at the Cantine du Voyage.

Best regards,`,
      },
    ],
  },
  {
    key: 'rapport-commissaire-enqueteur',
    subject: 'Rapport et conclusions du commissaire enquêteur – parc éolien des Landes de Kerbrevet',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'commissaire',
        to: ['francois'],
        at: '2025-01-10 16:00',
        body: `
Monsieur,

Je vous informe que j'ai remis ce jour à M. le Préfet du Finistère mon rapport et mes conclusions motivées sur la demande d'autorisation environnementale du parc éolien des Landes de Kerbrevet. Ils seront publiés sur le site de la préfecture dans les prochains jours.

Mon avis est favorable, assorti de deux réserves :
1. un suivi de la nidification des busards Saint-Martin sur la lande de Menez-Du pendant les trois premières années d'exploitation, avec arrêt des éoliennes E3 à E5 en période d'envol ;
2. un plan de bridage des machines en faveur des chiroptères, conforme aux recommandations de l'étude de Naturalia Ouest.

J'ai également formulé une recommandation : que le bilan de la démarche de concertation, son prestataire et son coût soient rendus publics, compte tenu des interrogations exprimées pendant l'enquête.

Veuillez agréer, Monsieur, mes salutations distinguées.`,
      },
      {
        from: 'francois',
        to: ['noemie', 'annesophie'],
        cc: ['richard'],
        at: '2025-01-10 17:00',
        kind: 'forward',
        body: `
Noémie, Anne-Sophie,

Avis favorable avec deux réserves, et une recommandation sur la concertation qui ne surprendra personne. Les réserves sont techniques ; la recommandation est politique.

Richard, in short: favourable opinion from the commissaire enquêteur, with two environmental conditions we can meet, and a recommendation to publish the cost of the consultation.

François`,
      },
      {
        from: 'noemie',
        to: ['francois'],
        cc: ['annesophie'],
        at: '2025-01-13 09:00',
        body: `
Bonjour François,

Les deux réserves sont gérables. Sébastien Quintin peut nous proposer le plan de bridage détaillé d'ici fin février, et le protocole de suivi des busards est déjà prêt : c'est celui que nous avions proposé en septembre.

Noémie`,
      },
    ],
  },
  {
    key: 'reservation-fee-january',
    subject: 'Reservation fee – due 31 January',
    folders: { 'dubreuil-f': 'kerbrevet/turbines' },
    messages: [
      {
        from: 'mikkel',
        to: ['francois', 'priya'],
        at: '2025-01-14 10:00',
        body: `
Dear François, dear Priya,

Happy new year. We have seen the press coverage in France and I hope the situation is under control.

As a reminder, the reservation fee of €380,000 for the nine VW150 turbines is due on 31 January. Our sales board will ask me this week whether Ardenlow confirms. Can you?

Best regards,`,
      },
      {
        from: 'priya',
        to: ['mikkel'],
        cc: ['francois', 'richard'],
        at: '2025-01-15 15:00',
        body: `
Dear Mikkel,

Thank you for your patience. The commissaire enquêteur has issued a favourable opinion, but the préfet's decision is not expected before April, and an appeal by the local opposition is likely.

We would like to defer the reservation fee to 31 March 2025, on the same terms. I appreciate this is a request, not a given.

Kind regards,`,
      },
      {
        from: 'mikkel',
        to: ['priya'],
        cc: ['francois'],
        at: '2025-01-17 11:30',
        quirks: { noThreadHeaders: true },
        body: `
Priya,

I took this to our board yesterday. We can defer to 28 February at the latest; after that date the 2026 slot will be offered to another customer.

Sorry I could not do better.

Mikkel`,
      },
    ],
  },
  {
    key: 'nouvelles-questions-echo',
    subject: 'Suite de notre article – nouvelles questions',
    messages: [
      {
        from: 'lea',
        to: ['gaelle'],
        cc: ['francois'],
        at: '2025-01-15 11:00',
        body: `
Madame Kerjean,

Je prépare un second article. Pourriez-vous me confirmer :
1. que Mme Marchand a été suspendue de ses fonctions et remplacée par M. Dubreuil ?
2. que la seconde facture d'ESK Conseil, de 50 400 € TTC, n'a pas été payée ?
3. qu'une enquête interne a été confiée à un cabinet d'avocats parisien ?

Je souhaiterais également savoir si Ardenlow compte suivre la recommandation du commissaire enquêteur et publier le coût de la concertation.

Bien cordialement,`,
      },
      {
        from: 'gaelle',
        to: ['sarah'],
        cc: ['francois'],
        at: '2025-01-15 11:20',
        kind: 'forward',
        body: `
Sarah,

New questions from Léa Fontaine, in short: (1) is Hélène suspended and replaced by François, (2) is the second ESK invoice unpaid, (3) is a Paris law firm running an internal investigation, and (4) will we publish the cost of the consultation as the commissaire enquêteur recommends?

She seems to know about the investigation already. Proposed answer below? I'd rather we say something this time.

Gaëlle`,
      },
      {
        from: 'sarah',
        to: ['gaelle'],
        cc: ['francois', 'oliver'],
        at: '2025-01-15 14:00',
        body: `
Gaëlle,

Agreed, and Oliver has cleared the following, in French for her:

« Ardenlow a engagé une revue indépendante de la mission de concertation menée à Kerbrevet. Pendant cette revue, la directrice générale de la filiale française est en congé, et François Dubreuil assure l'intérim. La mission a été suspendue et aucun nouveau paiement n'a été effectué. Ardenlow rendra public le bilan de la concertation et son coût, comme le recommande le commissaire enquêteur. »

We do not confirm the name of the law firm.

Sarah`,
      },
    ],
  },
  {
    key: 'interview-schedule',
    subject: 'Internal review – interview schedule / calendrier des entretiens',
    messages: [
      {
        from: 'oliver',
        to: ['marc', 'jb', 'francois', 'annesophie'],
        cc: ['plessis', 'priya'],
        at: '2025-01-20 09:00',
        body: `
Dear colleagues,

As part of the independent review, Maître Charles-Henri du Plessis would like to meet each of you in Nantes:

- Tuesday 28 January: Jean-Baptiste Caradec (9:30), Marc Le Gall (14:00)
- Wednesday 29 January: Anne-Sophie de La Roche (9:30), François Dubreuil (11:30)

Interviews will be in French. You may be accompanied by a person of your choice from the company. What you say is covered by legal privilege, which belongs to the company.

Chers collègues, Maître du Plessis souhaite s'entretenir avec chacun d'entre vous à Nantes selon le calendrier ci-dessus. Les entretiens se dérouleront en français.

Oliver Brennan`,
      },
      {
        from: 'jb',
        to: ['oliver'],
        cc: ['plessis'],
        at: '2025-01-20 10:00',
        body: `
Dear Oliver,

I confirm for Tuesday 9:30.

Je souhaite préciser dès maintenant que j'ai exprimé mes réserves par écrit à Priya Natarajan le 4 octobre, et que j'ai demandé le 29 octobre s'il fallait bloquer le paiement. Je remettrai ces messages à Maître du Plessis.

Je voudrais aussi savoir si je peux bénéficier du statut de lanceur d'alerte, au sens de la loi Sapin II modifiée.

Jean-Baptiste Caradec`,
      },
      {
        from: 'marc',
        to: ['oliver'],
        cc: ['annesophie'],
        at: '2025-01-21 18:00',
        body: `
Monsieur Brennan,

Je confirme ma présence le 28 janvier à 14h. Je souhaite être accompagné par un représentant du personnel.

Je tiens à indiquer que j'ai agi à chaque étape sur instruction de la directrice générale, et que j'ai alerté dès le 24 septembre sur le prix et sur l'absence de références du prestataire.

Marc Le Gall`,
      },
    ],
  },
  {
    key: 'signalement-procureur',
    subject: 'Signalement au procureur de la République – délibération du 17 octobre',
    messages: [
      {
        from: 'chantal',
        to: ['francois'],
        cc: ['lea'],
        at: '2025-01-27 09:00',
        body: `
Monsieur Dubreuil,

Je vous informe que l'association Landes Vivantes a adressé le 24 janvier un signalement au procureur de la République près le tribunal judiciaire de Quimper, concernant les conditions dans lesquelles le conseil municipal de Kerbrevet a rendu son avis du 17 octobre.

Le maire n'ayant pas répondu à notre demande de retrait, nous saisirons également le tribunal administratif de Rennes.

Nous demandons à votre société de publier sans attendre le contrat conclu avec ESK Conseil et les montants versés, comme l'a recommandé le commissaire enquêteur.

Chantal Riou`,
      },
      {
        from: 'francois',
        to: ['annesophie'],
        at: '2025-01-27 09:30',
        kind: 'forward',
        body: `
Anne-Sophie,

Pour ton information, et pour celle de Maître du Plessis. Je propose de ne pas répondre avant la fin de la revue, sauf avis contraire.

François`,
      },
      {
        from: 'annesophie',
        to: ['francois'],
        at: '2025-01-28 10:00',
        body: `
D'accord : pas de réponse à ce stade. J'ai transmis à Maître du Plessis et à Oliver. Si le parquet ouvre une enquête, c'est l'avocat qui prendra contact, personne d'autre.

Anne-Sophie`,
      },
    ],
  },
  {
    key: 'board-minutes-january',
    subject: 'Draft minutes – Board meeting 23 January',
    messages: [
      {
        from: 'emma',
        to: ['priya', 'oliver'],
        at: '2025-01-24 11:00',
        body: `
Dear Priya, dear Oliver,

Please find below the draft minutes for item 3, for your comments before I circulate them to the Board:

"3. Kerbrevet (France). The General Counsel reported on the independent review. The CFO confirmed that the ESK Conseil engagement, approved in October for €48,000, has been suspended and that one payment of €50,400 including VAT was made on 19 November. The Board noted the commissaire enquêteur's favourable opinion."

Many thanks,`,
      },
      {
        from: 'priya',
        to: ['emma'],
        cc: ['oliver'],
        at: '2025-01-24 11:40',
        body: `
Emma,

One important correction: the engagement was approved for €84,000 excl. VAT, not €48,000. €48,000 is the figure the mayor gave his council; it must not appear in our minutes as ours. Please also add "subject to completion of due diligence before any payment" after "approved in October".

Thanks,`,
      },
    ],
  },
  {
    key: 'gis-analyst-role',
    subject: 'Candidate for the Nantes GIS analyst role',
    messages: [
      {
        from: 'francois',
        to: ['priya'],
        at: '2025-01-22 17:10',
        lang: 'en',
        body: `
Dear Priya,

We have an excellent candidate for the GIS analyst position approved in the 2025 budget: Camille Rousseau, currently at a surveying firm in Angers, who did her master's thesis on wind-farm visibility analysis. She has another offer and would need an answer by the end of next week.

I know the timing is difficult. Can I make her an offer at the budgeted salary?

Best regards,`,
      },
      {
        from: 'priya',
        to: ['francois'],
        at: '2025-01-23 08:45',
        body: `
François,

Yes, go ahead at the budgeted level. We should not let the current situation freeze the business; that would be the worst outcome for everyone.

Priya`,
      },
    ],
  },
  {
    key: 'restitution-materiel',
    subject: "Hélène Marchand's laptop and phone",
    messages: [
      {
        from: 'marie',
        to: ['daniel'],
        cc: ['francois'],
        at: '2025-02-03 10:00',
        lang: 'en',
        body: `
Hello Daniel,

Hélène Marchand has returned this morning her laptop, her work phone and her badge, at the reception in Nantes. What must I do with them? Should I send them to London by courier, or do you prefer that the local IT company reinitialise them?

Best regards,
Marie`,
      },
      {
        from: 'daniel',
        to: ['marie'],
        cc: ['francois'],
        at: '2025-02-03 11:30',
        body: `
Hi Marie,

Thank you. Please do NOT reset, switch on or charge them: they are covered by the legal hold. Put them in a sealed envelope, sign and date the seal, and keep them in the safe. A forensic firm instructed by our lawyers will collect them next week.

Daniel`,
      },
    ],
  },
  {
    key: 'mise-en-demeure-esk',
    subject: 'Mise en demeure – facture ESK-2024-038',
    messages: [
      {
        from: 'erwan',
        to: ['jb', 'annesophie'],
        at: '2025-02-05 18:20',
        attach: [{ file: 'facture038Remade', name: 'Facture_ESK-2024-038.pdf' }],
        body: `
Madame, Monsieur,

Par la présente, je vous mets en demeure de régler sous huit jours la facture n° ESK-2024-038 du 18 novembre 2024, d'un montant de 50 400,00 € TTC, échue depuis le 18 décembre 2024.

La mission a été exécutée pour l'essentiel : entretiens, ateliers, permanences. La suspension unilatérale que vous m'avez notifiée le 16 décembre ne repose sur aucune faute de ma part.

Copie de la facture ci-jointe. À défaut de règlement, je saisirai le tribunal de commerce de Quimper.

Erwan Salaün
Gérant, ESK Conseil`,
        sig: 'none',
      },
      {
        from: 'jb',
        to: ['priya'],
        cc: ['annesophie'],
        at: '2025-02-06 08:30',
        kind: 'forward',
        lang: 'en',
        body: `
Dear Priya,

For your information, the formal notice received yesterday from ESK Conseil for the second invoice. The payment remains on hold as you asked. Anne-Sophie will answer with Maître du Plessis.

Best regards,
Jean-Baptiste`,
      },
    ],
  },
  {
    key: 'badges-parking',
    subject: 'Badges parking – nouveau prestataire',
    messages: [
      {
        from: 'marie',
        to: ['equipeFrance'],
        at: '2025-01-08 09:30',
        body: `
Bonjour à tous,

Le parking de l'immeuble change de gestionnaire au 1er février. Les anciens badges ne fonctionneront plus à partir de cette date : merci de passer me voir avec votre badge actuel avant le 24 janvier pour l'échanger.

Bonne journée,`,
      },
      {
        from: 'thierry',
        to: ['equipeFrance'],
        at: '2025-01-08 10:12',
        body: `
Merci Marie. Je passe demain matin, et je te rapporte au passage le badge de Camille, la stagiaire de l'été dernier, que j'avais gardé par erreur.

(Oups, désolé pour le « répondre à tous ».)

Thierry`,
      },
    ],
  },
  {
    key: 'galette-des-rois',
    subject: 'Galette des rois vendredi !',
    messages: [
      {
        from: 'marie',
        to: ['equipeFrance'],
        at: '2025-01-09 14:00',
        body: `
Bonjour à tous,

Galette des rois vendredi à 16h dans la grande salle ! Frangipane et pommes, de chez Le Boulch. Loïc nous a promis du cidre.

On en a bien besoin.

Marie`,
      },
      {
        from: 'gaelle',
        to: ['equipeFrance'],
        at: '2025-01-09 14:25',
        body: `
J'apporte une couronne en carton pour la reine ou le roi. Et pas de discussions de boulot pendant la galette, promis ?

Gaëlle`,
      },
    ],
  },
  {
    key: 'plan-de-bridage',
    subject: 'Plan de bridage chiroptères – proposition',
    folders: { 'dubreuil-f': 'kerbrevet/environnement' },
    messages: [
      {
        from: 'quintin',
        to: ['noemie'],
        cc: ['francois'],
        at: '2025-02-12 15:30',
        body: `
Bonjour Noémie,

Voici notre proposition de plan de bridage pour répondre à la réserve n° 2 du commissaire enquêteur :
- période : du 1er avril au 31 octobre ;
- plage horaire : du coucher du soleil à quatre heures après, puis de l'aube moins une heure à l'aube en août et septembre ;
- conditions : vent inférieur à 6,5 m/s à hauteur de nacelle, température supérieure à 10 °C, pas de pluie ;
- éoliennes concernées : toutes, avec un seuil renforcé à 7 m/s pour E7, E8 et E9 ;
- suivi de mortalité sous les machines la première année, deux passages par semaine.

La perte de production est estimée à 1,6 % du productible annuel.

Bien cordialement,`,
      },
      {
        from: 'noemie',
        to: ['quintin'],
        cc: ['francois'],
        at: '2025-02-13 09:20',
        body: `
Merci Sébastien, c'est parfait. François, 1,6 % c'est dans la fourchette annoncée au commissaire enquêteur. Je l'intègre au mémoire en réponse pour la préfecture.

Noémie`,
      },
    ],
  },
  {
    key: 'reiteration-promesse-de-bail',
    subject: 'Réitération de la promesse de bail – parcelles ZB 14 et ZB 15',
    messages: [
      {
        from: 'dgs',
        to: ['francois'],
        at: '2025-02-18 11:40',
        body: `
Monsieur Dubreuil,

Je vous informe que le point relatif à la réitération de la promesse de bail sur les parcelles communales ZB 14 et ZB 15 a été retiré de l'ordre du jour du conseil municipal du 20 février, à la demande de plusieurs conseillers.

M. le Maire, dont le mandat n'est pas remis en cause, a fait savoir qu'il ne présiderait pas la séance sur ce point lorsqu'il sera de nouveau inscrit. C'est M. Kergoat, premier adjoint, qui sera votre interlocuteur pour ce dossier.

Cordialement,`,
      },
      {
        from: 'francois',
        to: ['dgs'],
        cc: ['annesophie'],
        at: '2025-02-18 14:30',
        body: `
Madame Quéméner,

Je vous remercie de cette information. Je prendrai contact avec M. Kergoat dans les prochains jours.

Je vous rappelle que la promesse de bail arrive à échéance le 30 juin ; nous souhaiterions que le point puisse être inscrit au plus tard à la séance de mai.

Bien cordialement,`,
      },
    ],
  },
  {
    key: 'fid-timeline',
    subject: 'Kerbrevet – revised timeline to FID',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'francois',
        to: ['priya', 'richard'],
        at: '2025-02-14 16:00',
        lang: 'en',
        body: `
Dear Priya, dear Richard,

Below is the revised timeline for Kerbrevet after the events of the last two months:

- préfet's decision on the environmental permit: April–May 2025 (favourable opinion of the commissaire enquêteur, two conditions we can meet);
- appeal by Landes Vivantes to the administrative court in Rennes: likely, 18 to 24 months;
- lease of the municipal plots ZB 14 and ZB 15: must be confirmed by the council before 30 June; the item has been withdrawn from the February agenda;
- grid connection: end of 2027 at the earliest;
- FID: realistically not before mid-2026.

My recommendation: let the Vestrand 2026 slot go on 28 February rather than pay €380,000 at risk, and negotiate a 2027 slot once the permit is granted.

Best regards,`,
      },
      {
        from: 'priya',
        to: ['francois'],
        cc: ['richard'],
        at: '2025-02-17 09:00',
        body: `
François,

Agreed. I will tell Mikkel this week. Thank you for a clear and honest note; it will go to the Board as it is.

Priya`,
      },
    ],
  },
  {
    key: 'preliminary-findings',
    subject: 'Internal review – preliminary findings (privileged & confidential)',
    messages: [
      {
        from: 'oliver',
        to: ['richard', 'priya'],
        at: '2025-02-26 18:00',
        body: `
Richard, Priya,

Privileged and confidential. Maître du Plessis's preliminary findings, before his written report next week:

1. Selection: ESK Conseil was chosen at the mayor's request. Marc Le Gall knew of the family link by 11 September and says he told Hélène the same week; Mr Salaün confirms in writing that both knew "from the first day". Hélène maintains she learnt it late.
2. Approval: the split into two POs of €42,000 was designed to stay under the French delegation limit; JB Caradec's written warning of 4 October is credible and documented.
3. Payment: the payment of 19 November was made on Hélène's written instruction, despite the instruction of 15 October.
4. Documents: a copy of Priya's approval email of 8 October held in Hélène's mailbox does not match the copies held by Priya and JB: the amounts in the body differ, while the headers are identical. Forensic analysis of her laptop has been requested.
5. Press: no evidence that anyone in the company sent documents to the journalist. The use of a personal email account by Hélène is established.

Hélène's lawyer has proposed a negotiated departure. I suggest we wait for the forensic report before answering.

Oliver`,
      },
      {
        from: 'priya',
        to: ['oliver'],
        cc: ['richard'],
        at: '2025-02-27 08:10',
        body: `
Oliver,

Thank you. Point 4 is deeply troubling. I can provide my original email with its full headers from my sent items, and JB has his copy.

Agreed on waiting for the forensic report.

Priya`,
      },
    ],
  },
];
