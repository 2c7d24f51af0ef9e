/**
 * Demo mailbox, November 2024: the public inquiry opens, the bank asks for a supporting document
 * (ESK's quote, renamed), the first invoice is paid against the general counsel's instruction, and a
 * journalist turns up with the purchase-order numbers. London starts looking for the leak.
 */
import type { ThreadSpec } from './types.js';

export const NOVEMBER: ThreadSpec[] = [
  {
    key: 'ouverture-enquete-publique',
    subject: "Ouverture de l'enquête publique – permanences du commissaire enquêteur",
    messages: [
      {
        from: 'francois',
        to: ['equipeFrance'],
        at: '2024-11-04 08:30',
        body: `
Bonjour à tous,

L'enquête publique sur le parc éolien des Landes de Kerbrevet s'ouvre ce matin et se termine le vendredi 6 décembre à 17h. Le registre numérique est en ligne sur le site de la préfecture ; un registre papier est à la mairie de Kerbrevet.

Permanences de M. Jean-Pierre Le Goff, commissaire enquêteur, en mairie :
- lundi 4 novembre, 9h–12h
- jeudi 14 novembre, 14h–17h
- samedi 23 novembre, 9h–12h
- mercredi 27 novembre, 14h–17h
- vendredi 6 décembre, 14h–17h

Rappel important : nous ne tenons pas de stand et nous n'intervenons pas pendant les permanences. Toute question du commissaire enquêteur passe par moi.

Bonne semaine,`,
      },
      {
        from: 'noemie',
        to: ['francois'],
        at: '2024-11-04 09:10',
        body: `
Merci François. Si le commissaire enquêteur a des questions sur les chauves-souris ou les busards, je suis disponible, y compris le 14 : j'ai la visite de suivi avec Sébastien Quintin le matin à Menez-Du.

Noémie`,
      },
    ],
  },
  {
    key: 'chemin-rural-7',
    subject: "Convention d'entretien – chemin rural n° 7",
    messages: [
      {
        from: 'marc',
        to: ['dgs'],
        at: '2024-11-05 10:00',
        body: `
Madame Quéméner,

Comme évoqué lors du conseil, voici les principales dispositions de la convention d'entretien du chemin rural n° 7 que nous proposons à la commune :
- état des lieux contradictoire avant travaux, par huissier ;
- entretien et remise en état à la charge d'Ardenlow Énergies France pendant toute la durée du chantier ;
- participation forfaitaire de 12 000 € par an pendant la durée des travaux, puis 3 000 € par an pendant l'exploitation.

Le projet complet suivra après relecture par notre service juridique.

Bien cordialement,`,
      },
      {
        from: 'dgs',
        to: ['marc'],
        at: '2024-11-07 18:05',
        quirks: { dateRaw: 'jeudi 7 novembre 2024 18h05' },
        body: `
Monsieur Le Gall,

M. le Maire a pris connaissance de votre proposition. Il souhaite que la participation pendant les travaux soit portée à 18 000 euros par an, compte tenu de l'état actuel du chemin et des plaintes des riverains de Kerampuil.

Il souhaite également que la convention soit signée avant la fin de l'enquête publique.

Cordialement,`,
      },
      {
        from: 'marc',
        to: ['dgs'],
        cc: ['annesophie'],
        at: '2024-11-08 09:30',
        body: `
Madame Quéméner,

C'est noté, je soumets la demande de M. le Maire à notre direction. Je mets en copie Anne-Sophie de La Roche, notre responsable juridique, qui finalise le projet de convention.

En revanche, il ne me paraît pas souhaitable de signer pendant l'enquête publique ; nous en reparlerons.

Bien cordialement,`,
      },
    ],
  },
  {
    key: 'virement-esk-banque',
    subject: 'Virement SEPA – nouveau bénéficiaire ESK CONSEIL',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'yann',
        to: ['jb'],
        at: '2024-11-12 11:05',
        body: `
Bonjour Monsieur Caradec,

Vous avez saisi sur votre espace entreprise un ordre de virement de 50 400,00 € au profit d'un nouveau bénéficiaire, ESK CONSEIL, avec une date d'exécution au 19/11/2024.

Conformément à nos procédures, tout premier virement supérieur à 30 000 € vers un nouveau bénéficiaire doit être accompagné d'un justificatif (devis signé, contrat ou facture). Pourriez-vous me le transmettre en retour de ce message ?

Je vous remercie par avance.

Bien cordialement,`,
      },
      {
        from: 'jb',
        to: ['yann'],
        at: '2024-11-12 14:30',
        attach: [{ file: 'devis', name: 'Devis ESK 2024-117 (signé).pdf' }],
        body: `
Bonjour Monsieur Morvan,

Vous trouverez ci-joint le devis de notre prestataire, accepté par notre direction. La facture correspondante (ESK-2024-031) ne nous est parvenue que sous forme papier.

Cordialement,`,
      },
      {
        from: 'yann',
        to: ['jb'],
        at: '2024-11-13 09:40',
        body: `
Monsieur Caradec,

Merci pour votre retour. L'ordre sera exécuté à la date demandée.

Je note que le devis porte sur un montant total de 84 000 € HT alors que l'ordre porte sur 50 400 € TTC ; je suppose qu'il s'agit d'un premier acompte. Pouvez-vous me le confirmer, pour le dossier ?

Bien cordialement,`,
      },
      {
        from: 'jb',
        to: ['yann'],
        at: '2024-11-13 10:05',
        body: `
Oui, il s'agit de la première des deux échéances.

Cordialement,`,
      },
    ],
  },
  {
    key: 'permanence-14-novembre',
    subject: 'Enquête publique – demande de documents complémentaires',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'commissaire',
        to: ['francois'],
        at: '2024-11-14 18:30',
        body: `
Monsieur,

Lors de ma permanence de cet après-midi, plusieurs personnes, dont Mme Riou pour l'association Landes Vivantes, m'ont interrogé sur la démarche de concertation évoquée dans la délibération du conseil municipal du 17 octobre.

Afin que le public soit complètement informé, je vous serais reconnaissant de me communiquer, avant le 25 novembre :
1. le rapport complet de l'étude chiroptérologique de Naturalia Ouest ;
2. une présentation de la démarche de concertation : prestataire, contenu, calendrier, coût, et les comptes rendus des ateliers déjà tenus.

Ces documents seront joints au dossier d'enquête.

Veuillez agréer, Monsieur, mes salutations distinguées.`,
      },
      {
        from: 'francois',
        to: ['commissaire'],
        cc: ['annesophie'],
        at: '2024-11-15 10:00',
        body: `
Monsieur le Commissaire enquêteur,

Je vous remercie de votre message. Le rapport de Naturalia Ouest vous sera adressé dès lundi.

S'agissant de la démarche de concertation, notre service juridique, en copie, reviendra vers vous dans les délais que vous indiquez.

Je vous prie d'agréer, Monsieur le Commissaire enquêteur, l'expression de mes salutations distinguées.`,
      },
      {
        from: 'annesophie',
        to: ['francois'],
        at: '2024-11-15 11:20',
        body: `
François,

Surtout, n'envoie rien sur ESK au commissaire enquêteur sans mon feu vert écrit. Je t'expliquerai de vive voix, pas par mail.

Anne-Sophie`,
      },
    ],
  },
  {
    key: 'demande-entretien-echo',
    subject: "Demande d'entretien – projet éolien de Kerbrevet",
    messages: [
      {
        label: 'demande',
        from: 'lea',
        to: ['gaelle'],
        cc: ['helene'],
        at: '2024-11-14 10:20',
        body: `
Bonjour Madame Kerjean,

Je prépare pour L'Écho du Ponant un article sur le projet éolien des Landes de Kerbrevet et l'enquête publique en cours. Je souhaiterais m'entretenir avec Mme Marchand, que je mets en copie, ou avec la personne de votre choix.

Mes questions portent notamment sur la démarche de concertation confiée à la société ESK Conseil :
- sur quels critères ce prestataire a-t-il été choisi, et y a-t-il eu une mise en concurrence ?
- confirmez-vous que le gérant d'ESK Conseil, M. Erwan Salaün, est le gendre de M. Gilles Le Bihan, maire de Kerbrevet ?
- confirmez-vous que la mission a fait l'objet de deux bons de commande de 42 000 € HT chacun, référencés BC-FR-2024-0412 et BC-FR-2024-0419, soit 84 000 € HT au total, alors que le maire a annoncé 48 000 € au conseil municipal ?

Je vous remercie de votre retour d'ici le vendredi 22 novembre.

Bien cordialement,`,
      },
      {
        label: 'attente',
        from: 'gaelle',
        to: ['lea'],
        cc: ['helene'],
        at: '2024-11-14 12:05',
        body: `
Bonjour Madame Fontaine,

Je vous remercie de votre message. Je reviens vers vous rapidement.

Bien cordialement,`,
      },
      {
        from: 'gaelle',
        to: ['helene', 'sarah'],
        at: '2024-11-14 12:10',
        kind: 'forward',
        parent: 'demande',
        lang: 'fr',
        body: `
Hélène, Sarah,

Urgent. Elle a les numéros de nos bons de commande, et le montant exact. Ce ne sont pas des informations qu'on trouve en mairie.

Sarah, I'm forwarding this in French, in short: a local journalist knows the two PO numbers for ESK Conseil and the total of €84k, and asks whether the owner of ESK is the mayor's son-in-law. She wants answers by Friday 22.

Gaëlle`,
      },
      {
        from: 'lea',
        to: ['gaelle'],
        cc: ['helene'],
        at: '2024-11-19 09:00',
        parent: 'attente',
        body: `
Madame Kerjean,

Sans réponse de votre part d'ici vendredi midi, j'indiquerai que la société Ardenlow n'a pas souhaité répondre à nos questions.

Bien cordialement,`,
      },
      {
        from: 'gaelle',
        to: ['lea'],
        cc: ['helene'],
        at: '2024-11-21 17:30',
        body: `
Madame Fontaine,

Voici la déclaration d'Ardenlow Énergies France, que vous pouvez citer :

« Ardenlow Énergies France a souhaité accompagner le projet des Landes de Kerbrevet d'une démarche de concertation approfondie, à la demande des élus et des habitants. Cette mission a été confiée à un cabinet local. Comme pour tous ses prestataires, l'entreprise applique des procédures de vérification, qui sont en cours. Nous ne commentons pas le détail de nos relations contractuelles. »

Nous ne donnerons pas d'entretien pendant l'enquête publique.

Bien cordialement,`,
      },
    ],
  },
  {
    key: 'press-holding-statement',
    subject: "Press enquiry – L'Écho du Ponant – holding statement",
    messages: [
      {
        from: 'sarah',
        to: ['gaelle', 'helene'],
        cc: ['richard', 'oliver'],
        at: '2024-11-14 16:00',
        body: `
Gaëlle, Hélène,

Thanks for flagging this quickly. Below is a first draft of a holding statement, in English and French. Please do not send anything until Oliver has cleared it.

EN: "Ardenlow supports a thorough consultation of local residents on the Landes de Kerbrevet project. This work was entrusted to a local firm. As with all our suppliers, our due diligence procedures apply and are ongoing. We do not comment on the details of our contractual relationships."

FR: « Ardenlow Énergies France a souhaité accompagner le projet des Landes de Kerbrevet d'une démarche de concertation approfondie. Cette mission a été confiée à un cabinet local. Comme pour tous ses prestataires, l'entreprise applique des procédures de vérification, qui sont en cours. Nous ne commentons pas le détail de nos relations contractuelles. »

Key points for any follow-up call: no interviews during the public inquiry; no comment on individuals; no figures.

Sarah`,
        html: `<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Gaëlle, Hélène,</p>
<p>Thanks for flagging this quickly. Below is a first draft of a holding statement, in English and French. <b>Please do not send anything until Oliver has cleared it.</b></p>
<p><b>EN:</b> <i>"Ardenlow supports a thorough consultation of local residents on the Landes de Kerbrevet project. This work was entrusted to a local firm. As with all our suppliers, our due diligence procedures apply and are ongoing. We do not comment on the details of our contractual relationships."</i></p>
<p><b>FR:</b> <i>« Ardenlow Énergies France a souhaité accompagner le projet des Landes de Kerbrevet d'une démarche de concertation approfondie. Cette mission a été confiée à un cabinet local. Comme pour tous ses prestataires, l'entreprise applique des procédures de vérification, qui sont en cours. Nous ne commentons pas le détail de nos relations contractuelles. »</i></p>
<p>Key points for any follow-up call:</p>
<ul><li>no interviews during the public inquiry;</li><li>no comment on individuals;</li><li>no figures.</li></ul>
<p>Sarah</p>
<p style="color:#555;font-size:9pt">Sarah Whitfield<br>Head of Group Communications<br>Ardenlow Renewables Ltd<br>T +44 20 7946 0355 | M +44 7700 900587</p>
</body></html>
`,
      },
      {
        from: 'helene',
        to: ['sarah'],
        cc: ['gaelle', 'richard', 'oliver'],
        at: '2024-11-14 17:45',
        lang: 'en',
        body: `
Sarah,

Please keep it short. We have nothing to hide: ESK is a legitimate local firm doing real work, and the mayor's family is not our business. I would add "in full compliance with our procedures".

Hélène`,
      },
      {
        from: 'oliver',
        to: ['sarah', 'helene'],
        cc: ['gaelle', 'richard'],
        at: '2024-11-15 09:00',
        body: `
Sarah, Hélène,

We must not say "nothing to hide" or "in full compliance": the due diligence on ESK is not closed, and a question of mine from 15 October is still unanswered. Sarah's wording ("ongoing") is accurate and should stay as it is.

Oliver`,
      },
      {
        from: 'richard',
        to: ['sarah', 'helene', 'oliver'],
        cc: ['gaelle'],
        at: '2024-11-15 10:30',
        body: `
Agree with Oliver. Sarah, please finalise with his wording by noon and send it to Gaëlle.

Hélène, please call me this afternoon.

Richard`,
      },
    ],
  },
  {
    key: 'possible-disclosure',
    subject: 'Confidential – possible disclosure of internal documents',
    messages: [
      {
        from: 'richard',
        to: ['daniel'],
        cc: ['oliver', 'priya'],
        at: '2024-11-15 11:10',
        body: `
Daniel,

A journalist at a regional paper in Brittany has quoted to our French press officer the numbers of two internal purchase orders (BC-FR-2024-0412 and BC-FR-2024-0419). These only exist in our finance system and in a handful of mailboxes.

Please review, discreetly, who had access to documents mentioning them, and whether any were sent outside Ardenlow. Report to me and Oliver only. Priya is copied for awareness.

Thanks,`,
      },
      {
        from: 'daniel',
        to: ['richard'],
        cc: ['oliver', 'priya'],
        at: '2024-11-18 17:40',
        body: `
Richard,

Preliminary findings, mail only (finance system logs to follow):

1. The two PO numbers appear in messages held in six mailboxes: Hélène Marchand, Jean-Baptiste Caradec, Priya Natarajan, Marc Le Gall, Anne-Sophie de La Roche and the finance shared mailbox.
2. No message containing them was sent to the echo-ponant.example domain, nor to any press domain we know of.
3. However, two messages about ESK Conseil were copied from Hélène Marchand's mailbox to an external personal address, hmarchand44@courriel.example, as Bcc, on 9 October and 29 October. This breaches our information security policy, whatever the reason.
4. Marc Le Gall received at least one message from that same personal address (28 September).

I have not spoken to anyone about this.

Daniel`,
      },
      {
        from: 'oliver',
        to: ['richard', 'daniel'],
        cc: ['priya'],
        at: '2024-11-18 18:30',
        body: `
Thank you, Daniel. Please treat this as privileged: send further findings to me, not by email to a wider group, and make no changes to anyone's mailbox. I will instruct external counsel in Paris this week.

Oliver`,
      },
      {
        from: 'daniel',
        to: ['oliver'],
        cc: ['richard', 'priya'],
        at: '2024-12-13 16:10',
        body: `
Oliver,

Further to my note of 18 November, as requested, two additional points before the investigation starts:

1. On 20 November at 21:05, Hélène Marchand forwarded from her work mailbox to hmarchand44@courriel.example a message from Jean-Baptiste Caradec carrying the ESK payment schedule (echeancier_ESK.csv).
2. The article of 12 December gives the date of the first payment, 19 November. That date appears in the same payment schedule, in the bank's systems, and in one message from JB to Priya. It does not appear anywhere else in our mail.

I have preserved the mailboxes of the six people concerned and of the finance shared mailbox. Nothing has been deleted since the legal hold of 25 November.

Daniel`,
      },
    ],
  },
  {
    key: 'conseil-avocat',
    subject: 'Kerbrevet – demande de conseil (confidentiel)',
    messages: [
      {
        from: 'annesophie',
        to: ['plessis'],
        cc: ['oliver'],
        at: '2024-11-19 10:00',
        body: `
Maître,

Je me permets de vous solliciter, avec l'accord d'Oliver Brennan, notre directeur juridique groupe, en copie, sur une situation sensible concernant le projet éolien des Landes de Kerbrevet (Finistère).

Les faits en bref :
- à la demande du maire de Kerbrevet, M. Gilles Le Bihan, notre direction France a confié en septembre une mission de concertation à ESK Conseil, société créée en juin 2024 et dirigée par M. Erwan Salaün, gendre du maire ;
- le devis s'élève à 84 000 € HT ; la commande a été scindée en deux bons de 42 000 € HT, sous le seuil de délégation de la direction France ;
- le conseil municipal, présidé par le maire, a rendu un avis favorable au projet le 17 octobre ; le maire y a annoncé un montant de 48 000 € ;
- le questionnaire de conformité rempli par ESK niait tout lien avec un élu ; M. Salaün a ensuite reconnu ce lien par écrit ;
- une première facture de 50 400 € TTC doit être payée demain, sur instruction de la directrice générale France ;
- une journaliste de L'Écho du Ponant dispose de nos références internes de commande.

Nos questions : quels risques pénaux pour la société et ses dirigeants (corruption, trafic d'influence, complicité de prise illégale d'intérêts) ? Faut-il suspendre le paiement et le contrat ? Quelles mesures conservatoires prendre, et comment conduire une enquête interne ?

Je vous remercie par avance.

Bien à vous,`,
      },
      {
        from: 'plessis',
        to: ['annesophie'],
        cc: ['oliver'],
        at: '2024-11-21 19:05',
        body: `
Chère Madame,

Je vous remercie de votre message. Sous réserve d'un examen des pièces, voici mon analyse à ce stade.

1. Pour le maire, le fait de présider et de prendre part à une délibération intéressant, même indirectement, la société de son gendre expose à la qualification de prise illégale d'intérêts (article 432-12 du code pénal). La délibération elle-même pourrait être fragilisée devant le tribunal administratif.
2. Pour la société, le risque principal est la corruption active ou le trafic d'influence (articles 433-1 et suivants), si la mission peut être présentée comme la contrepartie de l'avis favorable. Le niveau de prix, l'absence de mise en concurrence, le découpage de la commande et la chronologie seront examinés de près.
3. Sur le plan de la conformité, la loi Sapin II impose d'évaluer les tiers ; une réponse inexacte au questionnaire, connue en interne, aggrave la situation si l'on passe outre.

Recommandations immédiates : suspendre tout paiement et l'exécution du contrat ; diffuser une instruction de conservation des documents (mails, SMS, fichiers) aux personnes concernées ; ne prendre aucun contact avec le maire sur ce sujet ; confier l'enquête interne à un avocat, sous le sceau du secret professionnel.

Je suis à votre disposition pour en parler demain.

Bien à vous,`,
      },
      {
        from: 'oliver',
        to: ['plessis', 'annesophie'],
        at: '2024-11-22 08:30',
        body: `
Dear Maître du Plessis,

Thank you for your very clear analysis. Unfortunately the first payment to ESK went out on 19 November, before it could be stopped; we are checking on whose instruction.

Please go ahead with a legal hold notice in French for the people concerned; I will send it in both languages. We will instruct you formally on the internal investigation next week.

Kind regards,`,
      },
      {
        from: 'plessis',
        to: ['oliver'],
        cc: ['annesophie'],
        at: '2024-11-22 12:15',
        lang: 'en',
        body: `
Dear Oliver,

Noted. Please find below the French text of the legal hold notice, to be sent today to each person concerned:

« Dans le cadre d'une procédure interne, il vous est demandé de conserver, sans les modifier ni les supprimer, l'ensemble des documents, courriels, messages, SMS et fichiers, professionnels ou personnels, relatifs au projet des Landes de Kerbrevet et à la société ESK Conseil, à compter du 1er juin 2024. Cette instruction prévaut sur toute règle de suppression automatique. »

As the payment has been made, we should also consider how to document the company's reaction. Let us speak on Monday.

Best regards,`,
      },
    ],
  },
  {
    key: 'legal-hold',
    subject: 'Legal hold notice – Kerbrevet / ESK Conseil – do not delete / conservation obligatoire',
    messages: [
      {
        from: 'oliver',
        to: ['helene', 'francois', 'marc', 'jb', 'annesophie', 'gaelle'],
        cc: ['priya', 'richard'],
        at: '2024-11-25 09:00',
        body: `
Dear colleagues,

As part of an internal review, you are required to keep, without altering or deleting them, all documents, emails, messages, texts and files, whether on work or personal devices, relating to the Landes de Kerbrevet project and to ESK Conseil, from 1 June 2024. This instruction overrides any automatic deletion rule. Please do not discuss the review with anyone outside this list.

Chers collègues,

Dans le cadre d'une procédure interne, il vous est demandé de conserver, sans les modifier ni les supprimer, l'ensemble des documents, courriels, messages, SMS et fichiers, professionnels ou personnels, relatifs au projet des Landes de Kerbrevet et à la société ESK Conseil, à compter du 1er juin 2024. Cette instruction prévaut sur toute règle de suppression automatique. Merci de ne pas évoquer cette procédure en dehors des destinataires de ce message.

Oliver Brennan`,
      },
      {
        from: 'marc',
        to: ['oliver'],
        cc: ['annesophie'],
        at: '2024-11-25 11:20',
        body: `
Bonjour,

Bien reçu. Je précise que j'ai échangé avec M. Salaün et avec Mme Marchand par SMS et sur WhatsApp, sur mon téléphone personnel. Dois-je conserver ces messages également, et sous quelle forme ?

Marc Le Gall`,
      },
      {
        from: 'annesophie',
        to: ['marc'],
        cc: ['oliver'],
        at: '2024-11-25 14:00',
        body: `
Marc,

Oui : tout conserver, sans rien supprimer, y compris sur ton téléphone personnel. Ne fais pas de capture toi-même ; un prestataire mandaté par l'avocat viendra faire une copie en ta présence.

Anne-Sophie`,
      },
    ],
  },
  {
    key: 'facture-esk-038',
    subject: 'Facture ESK-2024-038 – 2e échéance',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'erwan',
        to: ['jb'],
        cc: ['marc'],
        at: '2024-11-18 09:10',
        attach: [{ file: 'facture038', name: 'Facture_ESK-2024-038.pdf' }],
        body: `
Bonjour Monsieur Caradec,

Je vous informe de l'envoi de notre facture n° ESK-2024-038 du 18/11/2024, correspondant à la phase 2 (bon de commande BC-FR-2024-0419), d'un montant de 42 000,00 € HT, soit 50 400,00 € TTC. La restitution au conseil municipal est prévue début décembre.

Bien à vous,`,
      },
      {
        from: 'jb',
        to: ['erwan'],
        cc: ['marc'],
        at: '2024-11-18 11:00',
        body: `
Bonjour,

Bien reçu.

Cordialement,`,
      },
      {
        from: 'erwanCaps',
        to: ['jb', 'marc'],
        at: '2024-11-28 07:50',
        body: `
Monsieur Caradec,

Relance. Il m'avait été promis que la totalité serait réglée avant la fin de l'enquête publique. Je compte sur vous.

E. Salaün`,
      },
      {
        from: 'jb',
        to: ['annesophie'],
        at: '2024-11-28 08:40',
        kind: 'forward',
        body: `
Anne-Sophie,

Je te transfère ce message reçu ce matin. « Avant la fin de l'enquête publique » : la formulation me met très mal à l'aise. Je ne paie rien sans instruction écrite de Priya.

JB`,
      },
    ],
  },
  {
    key: 'esk-payment-schedule',
    subject: 'ESK payments – schedule',
    folders: { 'caradec-jb': 'fournisseurs/esk' },
    messages: [
      {
        from: 'priya',
        to: ['jb'],
        at: '2024-11-20 08:15',
        body: `
JB,

Could you send me the schedule of ESK invoices and payments, with the PO references and who approved each payment?

Thanks,`,
      },
      {
        from: 'jb',
        to: ['priya'],
        at: '2024-11-20 09:40',
        lang: 'en',
        attach: [{ file: 'echeancier', name: 'echeancier_ESK.csv' }],
        body: `
Dear Priya,

Please find attached the schedule. The first invoice (ESK-2024-031, €50,400 incl. VAT) was paid yesterday, 19 November, on the written instruction of Hélène of 29 October. The second (ESK-2024-038) is pending, due on 18 December.

I would like to remind that on 29 October I asked if I should block the payment, because of Oliver's request of 15 October.

Best regards,
Jean-Baptiste`,
      },
      {
        from: 'priya',
        to: ['jb'],
        at: '2024-11-20 10:05',
        body: `
Thank you, JB, this is very helpful, and you did the right thing by asking.

Please put a hold on ESK-2024-038: no payment without my written approval, whoever asks. I'm aware of the wider context.

Priya`,
      },
    ],
  },
  {
    key: 'echeancier-esk-helene',
    subject: 'Échéancier ESK',
    messages: [
      {
        from: 'helene',
        to: ['jb'],
        at: '2024-11-20 14:00',
        body: `
JB, envoie-moi l'échéancier ESK que tu as envoyé à Priya ce matin, s'il te plaît.`,
      },
      {
        label: 'echeancier',
        from: 'jb',
        to: ['helene'],
        at: '2024-11-20 14:30',
        attach: [{ file: 'echeancier', name: 'echeancier_ESK.csv' }],
        body: `
Voici. Priya m'a demandé de suspendre le paiement de la deuxième facture.

JB`,
      },
      {
        from: 'helene',
        to: ['helenePerso'],
        at: '2024-11-20 21:05',
        kind: 'forward',
        // She deleted her copy; the export still holds it in deleted items.
        folders: { 'marchand-h': 'deleted' },
        body: `
`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'christmas-lunch',
    subject: 'Christmas lunch – Friday 13 December',
    messages: [
      {
        from: 'emma',
        to: ['allStaff'],
        at: '2024-11-22 12:00',
        body: `
Dear all,

Our Christmas lunch will take place on Friday 13 December at 12:30, at The Anchor on Carrow Yard. Colleagues from Nantes are very welcome: if you would like to come over, let me know by 29 November and I will book Eurostar tickets and a hotel for the night.

Please also tell me about any dietary requirements.

Best wishes,`,
      },
      {
        from: 'noemie',
        to: ['emma'],
        cc: ['francois'],
        at: '2024-11-22 14:20',
        lang: 'en',
        body: `
Dear Emma,

Thank you for the invitation! Thierry and I would love to come. I am vegetarian. I copy François, who said he might join us too.

Best regards,
Noémie`,
      },
      {
        from: 'priya',
        to: ['emma'],
        at: '2024-11-25 09:15',
        body: `
Count me in, Emma. No dietary requirements, just a strong coffee afterwards.

P.`,
      },
    ],
  },
  {
    key: 'tom-hartley-question',
    subject: "Question about Ardenlow's wind project in Brittany",
    messages: [
      {
        from: 'tom',
        to: ['sarah'],
        cc: ['priya'],
        at: '2024-11-27 13:10',
        body: `
Dear Ms Whitfield,

I'm a freelance reporter working on a piece about anti-bribery controls at mid-sized UK energy developers for a trade publication. I understand a French regional newspaper is preparing a story about payments by Ardenlow's French subsidiary to a consultancy run by a relative of a local mayor in Brittany.

Could you tell me whether Ardenlow's group compliance function reviewed that engagement before it was approved, and whether any payment has been made? I'm copying Ms Natarajan, as the question concerns financial controls.

My deadline is Friday.

Best wishes,`,
      },
      {
        from: 'sarah',
        to: ['tom'],
        cc: ['priya'],
        at: '2024-11-27 16:40',
        body: `
Dear Mr Hartley,

Thank you for getting in touch. Our statement is as follows: "Ardenlow supports a thorough consultation of local residents on the Landes de Kerbrevet project. This work was entrusted to a local firm. As with all our suppliers, our due diligence procedures apply and are ongoing."

We have nothing to add at this stage. Please direct any further questions to me rather than to colleagues.

Kind regards,`,
      },
      {
        from: 'tom',
        to: ['sarah'],
        cc: ['priya'],
        at: '2024-11-28 09:05',
        body: `
Thanks, Sarah. One factual question, then: can you confirm that Hélène Marchand is still the Country Manager for France?

Tom`,
      },
    ],
  },
];
