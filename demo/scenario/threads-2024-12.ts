/**
 * Demo mailbox, December 2024: L'Écho du Ponant publishes, London asks who knew what, the mayor
 * threatens the land lease, the bank's compliance department writes, the contract is suspended
 * and an internal investigation begins.
 */
import type { ThreadSpec } from './types.js';

export const DECEMBER: ThreadSpec[] = [
  {
    key: 'article-echo-du-ponant',
    subject: "Article L'Écho du Ponant – Kerbrevet",
    messages: [
      {
        label: 'article',
        from: 'gaelle',
        to: ['helene', 'francois', 'marc', 'annesophie'],
        cc: ['sarah'],
        at: '2024-12-12 07:45',
        body: `
Bonjour à tous,

L'article est paru ce matin, en page 3 de l'édition de Quimper et sur le site. Titre : « Éolien à Kerbrevet : le gendre du maire payé 84 000 € par le promoteur ».

Les points principaux :
- le chapeau affirme que la mission de « concertation » a été facturée 84 000 € HT, « et non 48 000 € comme annoncé en séance par le maire » ;
- l'article cite les deux bons de commande et la date du premier paiement, le 19 novembre ;
- Chantal Riou, présidente de Landes Vivantes : « C'est exactement ce que nous craignions. La délibération doit être annulée » ;
- le maire, joint par téléphone : « Mon gendre est un professionnel reconnu, je n'ai jamais rien demandé à personne » ;
- notre déclaration est reprise en entier, en fin d'article ;
- le commissaire enquêteur n'a pas souhaité s'exprimer.

Sarah, I'll send you a translation of the full text within the hour.

Gaëlle`,
      },
      {
        from: 'francois',
        to: ['gaelle'],
        at: '2024-12-12 08:20',
        body: `
Merci Gaëlle. La date du paiement, ce n'est même pas dans l'échéancier que j'ai vu passer. Elle a quelqu'un à la compta ou à la banque.

Je préviens Noémie et Thierry avant qu'ils ne le découvrent sur le site.

François`,
      },
      {
        from: 'marc',
        to: ['helene'],
        at: '2024-12-12 08:31',
        parent: 'article',
        body: `
Hélène,

Je n'ai parlé à aucun journaliste. Je veux que ce soit clair, par écrit.

Et je ne porterai pas seul la responsabilité de ce dossier : c'est toi qui as validé le devis et le découpage, et c'est toi qui as fait payer la première facture.

Marc`,
      },
    ],
  },
  {
    key: 'urgent-local-press',
    subject: 'Urgent – local press article on Kerbrevet',
    messages: [
      {
        from: 'sarah',
        to: ['richard', 'priya', 'oliver', 'helene'],
        at: '2024-12-12 09:30',
        body: `
All,

L'Écho du Ponant, the regional daily for western Brittany, published this morning a story headlined "Wind power in Kerbrevet: the mayor's son-in-law paid €84,000 by the developer".

In short: the consultancy hired for the local consultation, ESK Conseil, belongs to the mayor's son-in-law, Erwan Salaün; the mayor chaired the council vote in favour of our project; the article quotes both our PO numbers, the total of €84,000, and the date of the first payment (19 November); the mayor told the council the figure was €48,000. Our holding statement is quoted in full.

The story is being picked up by a regional TV station. Tom Hartley, the freelance who called last month, will certainly follow.

Sarah`,
      },
      {
        from: 'richard',
        to: ['helene'],
        cc: ['priya', 'oliver'],
        at: '2024-12-12 10:05',
        body: `
Hélène,

One question, and I need a straight answer: when you asked Priya to approve the ESK engagement on 2 October, did you know that Mr Salaün was the mayor's son-in-law?

Please call me at 11:00 UK time.

Richard`,
      },
      {
        from: 'helene',
        to: ['richard'],
        cc: ['priya', 'oliver'],
        at: '2024-12-12 11:40',
        lang: 'en',
        body: `
Richard,

I learnt about the family link late, and from rumours, at a time when the work had already started. I did not think it changed anything: ESK's work is real, the workshops took place, and the council would have voted the same way.

The choice of ESK was the mayor's explicit condition, as Marc reported after the meeting of 10 September. Marc was in charge of the relationship with the town hall and with ESK.

I am at your disposal for the call.

Hélène`,
      },
      {
        from: 'priya',
        to: ['richard', 'oliver'],
        at: '2024-12-12 12:55',
        body: `
Richard, Oliver,

For the record, since it will matter:
- my approval of 8 October was expressly conditional on the due diligence being completed before any payment, and I have kept the email;
- JB Caradec warned me in writing on 4 October that the split into two POs was designed to stay under the French delegation limit;
- the first payment went out on 19 November on Hélène's written instruction of 29 October, after Oliver had asked on 15 October that nothing be paid.

Priya`,
      },
      {
        from: 'richard',
        to: ['priya', 'oliver'],
        at: '2024-12-12 13:20',
        body: `
Understood, thank you. Board call tomorrow at 8:00. Oliver, please be ready to propose next steps, including Hélène's position while we look into this.

R.`,
      },
    ],
  },
  {
    key: 'courrier-du-maire',
    subject: 'Article de presse – mise au point',
    messages: [
      {
        from: 'maire',
        to: ['helene'],
        cc: ['dgs'],
        at: '2024-12-12 17:20',
        body: `
Madame la Directrice générale,

Je découvre avec stupéfaction l'article paru ce matin dans L'Écho du Ponant, qui met en cause mon honneur et celui de ma famille.

Je vous rappelle que c'est votre société qui a choisi ESK Conseil et qui en a fixé les conditions. Je n'ai jamais rien demandé, ni pour moi ni pour les miens.

J'attends d'Ardenlow une déclaration publique, dès demain, indiquant que le choix de ce cabinet a été fait par l'entreprise seule, sur la base de ses compétences, et que la commune n'y a eu aucune part.

Veuillez agréer, Madame la Directrice générale, l'expression de mes salutations distinguées.`,
      },
      {
        from: 'helene',
        to: ['maire'],
        cc: ['dgs'],
        at: '2024-12-12 19:02',
        body: `
Monsieur le Maire,

J'ai bien reçu votre message et je comprends votre émotion.

Ardenlow Énergies France ne fera pas d'autre déclaration que celle qui a été publiée, à ce stade. Je ne peux pas en dire davantage par écrit.

Je vous prie d'agréer, Monsieur le Maire, l'expression de ma considération distinguée.`,
      },
      {
        from: 'maire',
        to: ['helene'],
        cc: ['dgs'],
        at: '2024-12-13 08:15',
        body: `
Madame,

J'en prends note.

Je vous rappelle que la promesse de bail sur les parcelles communales ZB 14 et ZB 15 doit être réitérée par délibération avant le 30 juin, et que le conseil municipal reste libre de sa décision.

G. Le Bihan`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'board-call-13-december',
    subject: 'Board call 13 December – agenda',
    messages: [
      {
        from: 'emma',
        to: ['richard', 'priya', 'oliver'],
        at: '2024-12-12 14:00',
        body: `
Dear all,

The board call is confirmed for tomorrow, Friday 13 December, 8:00–9:00 UK time (dial-in details in the invitation).

Draft agenda:
1. Press coverage in France – Kerbrevet (Sarah to join for this item)
2. Legal position and next steps (Oliver)
3. Interim arrangements for the French subsidiary (Richard)
4. AOB

Best regards,`,
      },
      {
        from: 'priya',
        to: ['emma'],
        cc: ['richard', 'oliver'],
        at: '2024-12-12 14:30',
        body: `
Emma, please add under item 2: "Suspension of all payments to ESK Conseil; status of invoice ESK-2024-038". Thanks.

Priya`,
      },
    ],
  },
  {
    key: 'suspension-esk',
    subject: 'Suspension du contrat – ESK Conseil',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'annesophie',
        to: ['erwan'],
        cc: ['marc', 'jb'],
        at: '2024-12-16 11:00',
        body: `
Monsieur,

Par la présente, Ardenlow Énergies France vous informe de la suspension, avec effet immédiat, de l'exécution de la mission d'accompagnement à la concertation objet de votre devis n° 2024-117 et des bons de commande BC-FR-2024-0412 et BC-FR-2024-0419, dans l'attente des conclusions de vérifications internes.

Pendant cette période, aucune prestation ne doit être engagée pour notre compte et aucun paiement ne sera effectué. Nous vous remercions de conserver l'ensemble des documents relatifs à cette mission.

Un courrier recommandé vous est adressé ce jour.

Veuillez agréer, Monsieur, nos salutations distinguées.`,
      },
      {
        from: 'erwan',
        to: ['annesophie'],
        cc: ['marc', 'jb'],
        at: '2024-12-16 21:40',
        body: `
Madame,

C'est inadmissible. J'ai réalisé l'essentiel de la mission : 25 entretiens, deux ateliers, des permanences en mairie. J'ai engagé des frais et payé deux vacataires. Votre société m'a sollicité, m'a fait commencer avant tout contrat, et m'abandonne au premier article de journal.

Je consulte un avocat. Je vous informe que je n'accepterai aucune remise en cause de la deuxième facture.

Erwan Salaün`,
      },
      {
        from: 'annesophie',
        to: ['erwan'],
        cc: ['marc', 'jb'],
        at: '2024-12-17 09:30',
        body: `
Monsieur,

Nous prenons note de votre position. Toute correspondance relative à ce dossier doit désormais m'être adressée, ou à votre conseil si vous en désignez un.

Veuillez agréer, Monsieur, nos salutations distinguées.`,
      },
    ],
  },
  {
    key: 'conformite-banque',
    subject: "Demande d'informations – opérations au profit d'ESK CONSEIL",
    messages: [
      {
        from: 'conformite',
        to: ['jb'],
        cc: ['yann'],
        at: '2024-12-17 10:00',
        body: `
Monsieur,

Dans le cadre de nos obligations de vigilance constante (article L. 561-6 du code monétaire et financier), nous vous remercions de bien vouloir nous transmettre, concernant le virement de 50 400,00 € exécuté le 19/11/2024 au profit de la société ESK CONSEIL :
- le contrat ou la convention de prestation signé(e) ;
- les livrables correspondants (comptes rendus, rapports) ;
- tout élément permettant d'apprécier la justification économique de l'opération.

Nous vous remercions de nous répondre sous quinze jours.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.`,
      },
      {
        from: 'jb',
        to: ['annesophie'],
        at: '2024-12-17 10:30',
        kind: 'forward',
        body: `
Anne-Sophie,

La banque maintenant. Il n'y a pas de contrat signé, et je n'ai jamais vu de livrable. Que répond-on ?

JB`,
      },
      {
        from: 'annesophie',
        to: ['conformite'],
        cc: ['jb', 'yann'],
        at: '2024-12-19 15:00',
        body: `
Madame, Monsieur,

Nous accusons réception de votre demande du 17 décembre. La relation avec ce prestataire fait actuellement l'objet d'une revue interne, conduite avec l'assistance d'un cabinet d'avocats, et le contrat est suspendu. Nous vous transmettrons les éléments demandés dans le délai indiqué.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
      },
    ],
  },
  {
    key: 'internal-investigation-tor',
    subject: 'Internal investigation – terms of reference (privileged & confidential)',
    messages: [
      {
        from: 'oliver',
        to: ['richard', 'priya'],
        cc: ['plessis'],
        at: '2024-12-18 09:00',
        attach: [{ file: 'termsOfReference', name: 'Internal_investigation_ToR_draft.docx' }],
        body: `
Richard, Priya,

Privileged and confidential – prepared at the request of counsel.

Proposed terms of reference for the internal investigation, to be conducted by Maître Charles-Henri du Plessis (Delorme & du Plessis Avocats, Paris), reporting to me and to the Chair of the Audit Committee:

1. How ESK Conseil was selected, by whom, and what was known of Mr Salaün's family link with the mayor of Kerbrevet, and when.
2. How the engagement was approved and split into two purchase orders, and whether the delegation limits were circumvented.
3. Why the first payment was made on 19 November despite the instruction of 15 October.
4. Whether any benefit was offered or promised to any public official in connection with the council's opinion of 17 October.
5. How internal documents reached the press, and the use of personal email accounts for company business.

Interviews in Nantes in late January; report by the end of February. The draft is attached.

Oliver`,
      },
      {
        from: 'priya',
        to: ['oliver'],
        cc: ['richard', 'plessis'],
        at: '2024-12-18 10:30',
        body: `
Oliver,

Agreed, with one addition: item 2 should expressly include the approval chain in London, including my own approval of 8 October. It has to be seen to be independent.

Priya`,
      },
      {
        from: 'richard',
        to: ['oliver'],
        cc: ['priya', 'plessis'],
        at: '2024-12-18 12:00',
        body: `
Approved, with Priya's addition. Please go ahead.

Richard`,
      },
    ],
  },
  {
    key: 'pour-toi-seulement',
    subject: 'Pour toi seulement',
    messages: [
      {
        from: 'helenePerso',
        to: ['francois'],
        at: '2024-12-21 22:30',
        body: `
François,

Je t'écris d'ici parce que je ne sais pas qui lit quoi au bureau en ce moment.

Je voulais te prévenir : Londres va probablement me mettre à l'écart dans les jours qui viennent. Ne crois pas tout ce que tu liras. Marc savait tout depuis le début, Gilles a posé ses conditions, et Londres était bien content d'avoir son vote. J'ai fait ce qu'il fallait pour que le projet passe.

Si on te demande, tu ne savais rien du découpage. C'est la vérité d'ailleurs.

Je t'embrasse,
Hélène`,
      },
      {
        from: 'francois',
        to: ['helenePerso'],
        at: '2024-12-22 11:00',
        body: `
Hélène,

Merci de m'avoir écrit. Je préfère te répondre de ma messagerie professionnelle : nous sommes tous les deux concernés par la demande de conservation d'Oliver, et je pense qu'il vaut mieux ne plus parler de ce dossier en dehors du cadre prévu.

Pour ma part, je dirai ce que je sais, ni plus ni moins. Prends soin de toi.

François`,
      },
    ],
  },
  {
    key: 'voeux-fermeture',
    subject: "Fermeture de fin d'année et vœux",
    messages: [
      {
        from: 'marie',
        to: ['equipeFrance'],
        at: '2024-12-20 16:00',
        body: `
Bonjour à tous,

Le bureau de Nantes sera fermé du mardi 24 décembre au mercredi 1er janvier inclus. En cas d'urgence sur un site, appelez l'astreinte au 06 39 98 40 99.

Malgré ce mois de décembre un peu particulier, je vous souhaite à toutes et à tous de très belles fêtes, et je vous retrouve en pleine forme le 2 janvier.

Joyeux Noël et bonne année !`,
      },
      {
        from: 'loic',
        to: ['equipeFrance'],
        at: '2024-12-20 16:45',
        body: `
Merci Marie ! Bonnes fêtes à tous. Je ramène du cidre de chez Guillou pour la galette.

Loïc`,
      },
    ],
  },
  {
    key: 'it-christmas',
    subject: 'IT support over the Christmas period',
    messages: [
      {
        from: 'daniel',
        to: ['allStaff'],
        at: '2024-12-19 11:30',
        body: `
Hello everyone,

IT support will run a reduced service from 24 December to 1 January. For urgent issues (lost laptop or phone, suspected phishing, locked account), call the on-call number +44 20 7946 0399; everything else will be handled on 2 January.

Reminder: please do not forward company email to personal accounts, even to work from home over the holidays. Use the webmail with MFA instead.

Happy holidays,`,
      },
    ],
  },
  {
    key: 'demande-retrait-deliberation',
    subject: 'Demande de retrait de la délibération n° 2024-058 du 17 octobre',
    messages: [
      {
        label: 'lettre',
        from: 'chantal',
        to: ['maire'],
        cc: ['francois', 'lea'],
        at: '2024-12-16 09:30',
        body: `
Monsieur le Maire,

Au vu des informations publiées le 12 décembre par L'Écho du Ponant, l'association Landes Vivantes vous demande de retirer la délibération n° 2024-058 du 17 octobre portant avis favorable au projet éolien des Landes de Kerbrevet.

Vous avez présidé la séance et pris part au vote, alors que la société de votre gendre était rémunérée par le porteur du projet. Vous avez en outre annoncé au conseil un montant de 48 000 €, que les documents publiés contredisent.

À défaut de retrait dans un délai de deux mois, nous saisirons le tribunal administratif de Rennes. Nous nous réservons également d'informer le procureur de la République.

Je mets en copie la société Ardenlow et Mme Fontaine, journaliste à L'Écho du Ponant.

Veuillez agréer, Monsieur le Maire, nos salutations respectueuses.`,
      },
      {
        from: 'lea',
        to: ['gaelle'],
        cc: ['francois'],
        at: '2024-12-16 11:15',
        kind: 'forward',
        body: `
Madame Kerjean,

Je vous transfère le courrier de Landes Vivantes au maire, dont vous êtes en copie. Souhaitez-vous réagir, et Ardenlow a-t-elle suspendu le contrat d'ESK Conseil ?

Bien cordialement,`,
      },
      {
        from: 'francois',
        to: ['annesophie'],
        cc: ['gaelle'],
        at: '2024-12-16 11:40',
        kind: 'forward',
        body: `
Anne-Sophie,

Pour info, et pour décision sur la réponse à Mme Fontaine. Je ne réponds rien d'ici là.

François`,
      },
    ],
  },
];
