/**
 * Demo mailbox, September 2024: the Kerbrevet project on track, the town hall asks for a
 * "local" consultation firm, ESK Conseil sends its quote, and Hélène Marchand starts writing from
 * her personal address.
 */
import type { ThreadSpec } from './types.js';

export const SEPTEMBER: ThreadSpec[] = [
  {
    key: 'point-kerbrevet-septembre',
    subject: "Point d'avancement Kerbrevet – septembre",
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'francois',
        to: ['helene'],
        cc: ['marc', 'noemie', 'annesophie'],
        at: '2024-09-02 09:12',
        body: `
Bonjour Hélène,

Voici le point de rentrée sur les Landes de Kerbrevet, avant notre comité de pilotage de jeudi.

1. Instruction : la préfecture a jugé le dossier d'autorisation environnementale complet le 18 juillet. L'enquête publique devrait se tenir du 4 novembre au 6 décembre ; le tribunal administratif de Rennes a désigné M. Jean-Pierre Le Goff comme commissaire enquêteur.
2. Conseil municipal : l'avis de la commune sera inscrit à la séance du 17 octobre. Marc sent le maire hésitant depuis la pétition de Landes Vivantes.
3. Foncier : les deux parcelles communales (ZB 14 et ZB 15) sont sous promesse de bail depuis mars. Côté privé, Joël Guillou a signé ; le GAEC de Ty Nevez attend toujours la nouvelle version de l'indemnité de servitude.
4. Environnement : Noémie finalise avec Naturalia Ouest la campagne d'écoute des chiroptères. Les résultats sont attendus mi-septembre.
5. Turbines : Vestrand nous propose un créneau pour 9 machines VW150 de 4,2 MW, livrables au deuxième trimestre 2026, sous réserve d'une redevance de réservation. Mikkel Søndergaard doit nous envoyer le projet de contrat.

Point d'attention : le chemin rural n° 7, par lequel passeront les convois. La commune voudra une convention d'entretien, et je pense qu'elle en fera une condition.

Bonne journée,`,
      },
      {
        from: 'helene',
        to: ['francois'],
        cc: ['marc', 'noemie', 'annesophie'],
        at: '2024-09-02 11:40',
        body: `
Merci François, c'est clair.

Marc, peux-tu organiser un rendez-vous avec Gilles Le Bihan avant la fin du mois ? Je veux comprendre ce qui le fait hésiter avant qu'il ne le dise en conseil.

Noémie, où en est-on des busards ? Landes Vivantes en parle dans tous ses tracts.

Hélène`,
      },
      {
        from: 'marc',
        to: ['helene', 'francois'],
        cc: ['noemie', 'annesophie'],
        at: '2024-09-02 14:05',
        body: `
Rendez-vous calé en mairie le mardi 10 septembre à 14h30, avec le maire et Françoise Quéméner. François, tu peux venir ?

Marc`,
      },
      {
        from: 'noemie',
        to: ['helene', 'francois'],
        cc: ['marc'],
        at: '2024-09-03 08:50',
        body: `
Bonjour à tous,

Pour les busards Saint-Martin : un couple a niché cette année sur la lande de Menez-Du, à 600 m de l'éolienne E4. Le suivi du printemps prochain sera scruté. Je propose de prévoir dès maintenant un suivi de nidification sur trois ans et, si besoin, un arrêt des machines en période d'envol.

Les résultats des écoutes chauves-souris arrivent la semaine prochaine, Sébastien Quintin me les envoie directement.

Belle journée,`,
      },
    ],
  },
  {
    key: 'board-pack-q3',
    subject: 'Q3 board pack – France section',
    messages: [
      {
        from: 'emma',
        to: ['helene'],
        cc: ['priya'],
        at: '2024-09-04 10:02',
        body: `
Dear Hélène,

A gentle reminder that the France section of the Q3 board pack is due on Wednesday 18 September. Same template as last quarter: two pages maximum, plus the project dashboard.

Richard would also like a short paragraph on the Kerbrevet council vote.

Many thanks,`,
      },
      {
        from: 'helene',
        to: ['emma'],
        cc: ['priya'],
        at: '2024-09-04 16:20',
        lang: 'en',
        body: `
Hi Emma,

Noted, you will have it by the 16th. Kerbrevet is on track; the council vote is on 17 October and we are working closely with the mayor.

Best regards,`,
      },
      {
        from: 'priya',
        to: ['helene'],
        cc: ['emma'],
        at: '2024-09-05 09:10',
        body: `
Hélène,

Please add the updated development spend for Kerbrevet (actuals to August and forecast to FID), and Thierry's latest estimate for the grid connection. The board asked last time why the connection cost moved by €1.4m without explanation.

Thanks,`,
      },
      {
        from: 'helene',
        to: ['emma'],
        cc: ['priya'],
        at: '2024-09-16 18:45',
        lang: 'en',
        body: `
Emma, Priya,

Please find the France section below; the dashboard follows tomorrow morning.

FRANCE – Q3 2024
Kerbrevet (37.8 MW, 9 × VW150): environmental permit application declared complete on 18 July. Public inquiry 4 Nov–6 Dec. Municipal council opinion expected on 17 October; the mayor, Mr Gilles Le Bihan, has asked for a stronger local consultation effort, which we intend to commission from a local firm.
Development spend: €2.31m to end of August, forecast €2.9m to FID (Q2 2025).
Grid connection: Thierry Vasseur's estimate is €6.2m (connection at the Châteaulin substation), up from €4.8m because of the longer cable route along the D770.
Lann-Vraz repowering: studies on hold until the Kerbrevet decision.

Kind regards,`,
      },
    ],
  },
  {
    key: 'mfa-rollout',
    subject: 'Mandatory MFA for all mailboxes from 16 September',
    messages: [
      {
        from: 'daniel',
        to: ['allStaff'],
        at: '2024-09-05 15:30',
        body: `
Hello everyone,

From Monday 16 September, multi-factor authentication will be mandatory for all Ardenlow mailboxes, including access from phones and from the webmail.

What you need to do before then:
- install the authenticator app on your work phone (instructions on the intranet, "IT > MFA");
- register it by signing in once at the office, on the Wi-Fi;
- keep the printed backup codes somewhere safe, not in your wallet with your badge.

Forwarding rules to personal addresses will be blocked at the same time, in line with the information security policy. If you have a business need for one, talk to me first.

Thanks for your help,`,
      },
      {
        from: 'loic',
        to: ['daniel'],
        cc: ['francois'],
        at: '2024-09-16 08:05',
        lang: 'en',
        body: `
Hello Daniel,

Sorry for my English. Since this morning I cannot open my mail on the phone: the application ask me a code but on the site at Kerbrevet there is no network at all, only in the village. I am blocked for the measurements of today.

I put François in copy because he waits for the photos of the mast.

Thank you,
Loïc`,
      },
      {
        from: 'daniel',
        to: ['loic'],
        cc: ['francois'],
        at: '2024-09-16 09:20',
        body: `
Hi Loïc,

No problem at all, and your English is fine. The app also gives you a six-digit code that works without any network: open it, tap "Ardenlow", and type the code shown. It changes every 30 seconds.

If it still fails, call me on +44 20 7946 0371 when you are back in the village and I will reset it.

Daniel`,
      },
    ],
  },
  {
    key: 'pot-de-rentree',
    subject: 'Pot de rentrée jeudi 12/09',
    messages: [
      {
        from: 'marie',
        to: ['equipeFrance'],
        at: '2024-09-06 11:15',
        body: `
Bonjour à tous,

Pour fêter la rentrée (et les 40 ans de Thierry, chut…), nous organisons un petit pot jeudi 12 septembre à 17h30 dans la grande salle.

Merci de me dire d'ici mardi si vous serez là, pour que je puisse commander chez le traiteur de la rue Kervégan.

Bonne fin de semaine,`,
      },
      {
        from: 'gaelle',
        to: ['equipeFrance'],
        at: '2024-09-06 11:32',
        body: `
Présente ! Je m'occupe des crêpes, ma grand-mère de Douarnenez m'a laissé sa bilig.

Gaëlle`,
      },
      {
        from: 'thierry',
        to: ['equipeFrance'],
        at: '2024-09-09 09:00',
        body: `
Je serai à Rennes chez le gestionnaire de réseau toute la journée, je rentre par le train de 18h. Gardez-moi une part (et pas un mot sur l'âge, merci Marie).

Thierry`,
      },
    ],
  },
  {
    key: 'reunion-mairie-10-09',
    subject: 'CR réunion mairie 10/09 + suite à donner',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'marc',
        to: ['helene', 'francois'],
        at: '2024-09-10 19:02',
        attach: [{ file: 'notes', name: 'CR_reunion_mairie_2024-09-10.txt' }],
        body: `
Hélène, François,

Ci-joint mes notes de la réunion de cet après-midi avec le maire et Françoise Quéméner.

En résumé : le maire reste favorable sur le fond, mais la pétition de Landes Vivantes l'inquiète à dix-huit mois des municipales. Il demande que nous lancions une vraie démarche de concertation avant le conseil du 17 octobre, et il a été très insistant pour qu'elle soit confiée à un cabinet "qui connaît le terrain" : ESK Conseil, à Kerbrevet même, dirigé par Erwan Salaün.

Je ne connais pas ce cabinet et je n'ai trouvé aucune référence en ligne. Je n'ai rien promis.

Marc`,
      },
      {
        from: 'helene',
        to: ['marc'],
        cc: ['francois'],
        at: '2024-09-10 21:30',
        body: `
Merci Marc.

Prends contact avec ESK et demande-leur une proposition, sans engagement. Si c'est ce qu'il faut pour que le conseil vote, on regardera. Je préfère qu'on en parle de vive voix plutôt que par mail.

H.`,
        sig: 'none',
      },
      {
        from: 'francois',
        to: ['marc', 'helene'],
        at: '2024-09-11 08:40',
        body: `
Bonjour,

Pour mémoire, sur Lann-Vraz nous avions travaillé avec Concerto Territoires (Rennes) : trois ateliers, un registre, un bilan public, pour 19 000 € HT. Ça s'était très bien passé et le commissaire enquêteur avait salué la démarche dans son rapport. Je peux leur demander une offre en parallèle si vous voulez une comparaison.

François`,
      },
      {
        from: 'marc',
        to: ['francois'],
        at: '2024-09-11 09:15',
        body: `
François,

Entre nous : Erwan Salaün est le gendre du maire. Il a épousé Maëlle Le Bihan l'an dernier, tout Kerbrevet était à la noce. Je te laisse juger.

J'en ai parlé à Hélène hier soir au téléphone, elle dit qu'on verra.

Marc`,
      },
    ],
  },
  {
    key: 'chiropteres-campagne-ete',
    subject: 'Résultats écoute chiroptères – campagne estivale Menez-Du',
    folders: { 'dubreuil-f': 'kerbrevet/environnement' },
    messages: [
      {
        from: 'quintin',
        to: ['noemie'],
        cc: ['francois'],
        at: '2024-09-12 17:20',
        body: `
Bonjour Noémie,

Comme promis, les premiers résultats de la campagne d'écoute en hauteur et au sol (juin à août, 4 enregistreurs SM4 dont un sur le mât de mesure).

- Pipistrelle commune : de loin l'espèce la plus contactée, activité forte le long des haies du secteur sud (E7 à E9).
- Noctule de Leisler et sérotine commune : contacts réguliers en altitude, surtout fin août (migration).
- Barbastelle d'Europe : quelques contacts au sol près du bois de Kerlaz, pas en hauteur.

Ma recommandation, sans surprise : un bridage des machines d'avril à octobre, du coucher du soleil à quatre heures après, pour des vents inférieurs à 6 m/s et des températures supérieures à 10 °C. Et éloigner E8 de la haie si c'est encore possible.

Rapport complet fin septembre.

Bien cordialement,`,
      },
      {
        from: 'noemie',
        to: ['quintin'],
        cc: ['francois'],
        at: '2024-09-13 09:05',
        body: `
Bonjour Sébastien,

Merci pour ce premier retour très complet. Deux questions :
- quelle distance recommandes-tu entre le bout de pale d'E8 et la haie ? Les lignes directrices Eurobats parlent de 200 m, mais le foncier ne nous laisse pas beaucoup de marge ;
- as-tu une estimation de la perte de production liée au bridage que tu proposes ? François en aura besoin pour le modèle financier.

Bonne journée,`,
      },
      {
        from: 'quintin',
        to: ['noemie'],
        cc: ['francois'],
        at: '2024-09-13 14:40',
        body: `
Re-bonjour,

Pour E8, 200 m en bout de pale reste la référence ; à 120 m comme aujourd'hui, l'autorité environnementale va tiquer. Un recul de 60 m vers le nord-est suffirait d'après le plan de Thierry.

Pour la perte de production, sur des projets comparables en Finistère on est entre 1 et 2 % du productible annuel. Je vous ferai un calcul sur vos données de vent.`,
      },
      {
        from: 'noemie',
        to: ['francois'],
        at: '2024-09-13 15:02',
        kind: 'forward',
        body: `
François,

Pour info, les retours de Sébastien. Le recul d'E8 me paraît indispensable, sinon l'autorité environnementale va nous le demander et on perdra trois mois. On en parle lundi ?

Noémie`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'petition-landes-vivantes',
    subject: 'Pétition « Non aux éoliennes sur la lande de Menez-Du » – 312 signatures',
    folders: { 'dubreuil-f': 'kerbrevet' },
    messages: [
      {
        from: 'chantal',
        to: ['maire'],
        cc: ['francois'],
        at: '2024-09-16 20:47',
        quirks: { rawSubject: true },
        body: `
Monsieur le Maire,

Au nom de l'association Landes Vivantes, je vous remets la pétition « Non aux éoliennes sur la lande de Menez-Du », qui a recueilli à ce jour 312 signatures, dont 187 d'habitants de Kerbrevet.

Nous demandons :
- la publication intégrale de l'étude sur les chauves-souris et sur les busards Saint-Martin ;
- l'organisation d'une réunion publique contradictoire avant toute délibération du conseil municipal ;
- qu'aucun élu intéressé, directement ou par sa famille, ne prenne part au vote.

Je mets en copie M. Dubreuil, chef de projet de la société Ardenlow, dont l'adresse figure sur le site du projet.

Veuillez agréer, Monsieur le Maire, l'expression de nos salutations respectueuses.`,
      },
      {
        from: 'francois',
        to: ['chantal'],
        cc: ['marc', 'noemie'],
        at: '2024-09-18 10:30',
        body: `
Madame la Présidente,

Je vous remercie de m'avoir mis en copie de votre courrier.

Nous organisons avec la mairie une réunion publique d'information le jeudi 3 octobre à 19h, salle polyvalente de Kerbrevet ; vous y êtes bien entendu la bienvenue, et Noémie Lefèvre, notre chargée d'études environnement, présentera les résultats des suivis faune.

L'étude d'impact complète, y compris le volet chiroptères et avifaune, sera consultable pendant toute la durée de l'enquête publique.

Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.`,
      },
      {
        from: 'chantal',
        to: ['francois'],
        at: '2024-09-19 22:10',
        quirks: { noThreadHeaders: true },
        body: `
Monsieur Dubreuil,

Nous serons présents le 3 octobre, et nombreux.

Une "réunion d'information" n'est pas une concertation. Et on nous dit en ville qu'un cabinet de Kerbrevet serait chargé de "faire accepter" le projet : pouvez-vous nous dire lequel, et qui le paie ?

Chantal Riou`,
        sig: 'none',
      },
      {
        from: 'francois',
        to: ['gaelle'],
        cc: ['marc'],
        at: '2024-09-20 08:30',
        kind: 'forward',
        body: `
Gaëlle,

Pour ton suivi des parties prenantes, et pour préparer le 3 octobre. La question sur le "cabinet de Kerbrevet" va revenir, il faudrait qu'on ait une réponse commune. Marc, tu sais d'où elle tient ça ?

François`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'vestrand-reservation',
    subject: 'Kerbrevet – turbine reservation agreement',
    folders: { 'dubreuil-f': 'kerbrevet/turbines' },
    messages: [
      {
        from: 'mikkel',
        to: ['francois'],
        cc: ['priya'],
        at: '2024-09-17 10:00',
        body: `
Dear François,

Following our meeting in Nantes, please find below the main terms of the reservation agreement for Kerbrevet. The full draft will follow from our legal team in Aarhus.

- 9 × VW150-4.2 MW, hub height 105 m, delivery window Q2 2026 (port of Brest).
- Reservation fee: €380,000, payable on 31 January 2025, credited against the first turbine payment.
- Price basis: 2024 list price, indexed on steel and labour indices, capped at 5% per year.
- The reservation lapses if the turbine supply agreement is not signed by 30 June 2025.

We have strong demand for 2026 slots, so I would appreciate your comments by the end of the month.

Best regards,`,
      },
      {
        from: 'francois',
        to: ['mikkel'],
        cc: ['priya'],
        at: '2024-09-18 15:20',
        lang: 'en',
        body: `
Dear Mikkel,

Thank you for the term sheet. Some first comments before Priya's:

1. The reservation fee must be refundable if the environmental permit is refused or cancelled on appeal. Kerbrevet has an active opposition and an appeal is likely.
2. A 5% cap is high for us. Can you share the indices and their weighting?
3. Transport: we plan the convoys through Brest and the D770. Can Vestrand confirm the blade length is compatible with the roundabout at Châteaulin?

Best regards,`,
      },
      {
        from: 'mikkel',
        to: ['francois'],
        cc: ['priya'],
        at: '2024-09-19 09:45',
        body: `
Hi François,

Thanks, quick answers:
1. Refundable in part: we can discuss a percentage, not 100%.
2. Indices: Eurostat steel (60%) and Danish manufacturing labour cost (40%). We could look at 4%.
3. Our logistics team checked the route last year for another customer near Carhaix; the Châteaulin roundabout needs a temporary bypass.

Happy to have a call next week.

Mikkel`,
      },
      {
        from: 'priya',
        to: ['francois'],
        at: '2024-09-19 12:00',
        body: `
François,

Internal only. Don't commit to anything before FID. Richard's line is clear: the reservation fee is refundable if the permit fails, or we wait. Vestrand needs the order more than they let on; their Q3 intake was weak.

Priya`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'fete-de-la-lande',
    subject: 'Stand Ardenlow – Fête de la lande 22/09',
    messages: [
      {
        from: 'gaelle',
        to: ['marc', 'loic'],
        at: '2024-09-11 10:00',
        body: `
Bonjour Marc, bonjour Loïc,

Suite à la demande du maire, nous aurons un stand à la Fête de la lande le dimanche 22 septembre, sur le terrain des sports de Kerbrevet (installation à 9h, ouverture au public à 11h).

Je prévois : la tente, les deux kakémonos, les photomontages en A1 et la maquette 3D. Loïc, peux-tu la prendre dans le Kangoo ? Marc, seras-tu là toute la journée ?

Merci !`,
      },
      {
        from: 'loic',
        to: ['gaelle', 'marc'],
        at: '2024-09-11 12:30',
        body: `
Pas de souci pour la maquette, je la récupère vendredi à Nantes. Je ramène aussi les rallonges et le groupe électrogène de Quimper.

Loïc`,
        sig: 'none',
      },
      {
        from: 'gaelle',
        to: ['marc', 'loic'],
        cc: ['helene'],
        at: '2024-09-23 09:15',
        body: `
Bonjour à tous,

Petit bilan de dimanche :
- environ 150 visiteurs sur le stand, beaucoup de questions sur le bruit, les ombres portées et les retombées fiscales pour la commune ;
- Mme Riou et une dizaine de membres de Landes Vivantes ont distribué des tracts devant le stand, sans incident ;
- le maire a fait un petit discours où il a parlé d'une "démarche de concertation exemplaire menée avec des gens d'ici". Plusieurs personnes m'ont demandé de quoi il s'agissait ; je n'ai pas su répondre.

Merci Loïc pour la logistique, et Marc pour les crêpes-saucisses.

Gaëlle`,
      },
    ],
  },
  {
    key: 'reunion-publique-3-octobre',
    subject: "Réunion publique d'information – 3 octobre, salle polyvalente",
    messages: [
      {
        from: 'gaelle',
        to: ['dgs'],
        cc: ['marc'],
        at: '2024-09-19 14:00',
        body: `
Madame Quéméner,

Comme convenu avec M. le Maire, nous souhaiterions tenir la réunion publique d'information sur le projet éolien le jeudi 3 octobre à 19h, à la salle polyvalente.

Pourriez-vous nous confirmer la disponibilité de la salle, ainsi que la possibilité d'utiliser le vidéoprojecteur et la sonorisation de la commune ? Nous fournirons les affiches pour le panneau de la mairie et les commerces.

Je vous remercie par avance.

Bien cordialement,`,
      },
      {
        from: 'dgs',
        to: ['gaelle'],
        cc: ['marc'],
        at: '2024-09-20 09:40',
        body: `
Madame,

La salle polyvalente est réservée pour vous le jeudi 3 octobre de 18h à 22h. Le vidéoprojecteur est disponible ; pour la sonorisation, il faudra voir avec M. Yves Kergoat, premier adjoint, qui en a la clé.

M. le Maire ouvrira la réunion.

Cordialement,`,
      },
      {
        from: 'gaelle',
        to: ['dgs'],
        cc: ['marc'],
        at: '2024-09-20 10:15',
        body: `
Merci beaucoup Madame Quéméner.

Voici le texte de l'affiche, que nous déposerons mardi :

« Projet éolien des Landes de Kerbrevet – Réunion publique d'information – Jeudi 3 octobre, 19h, salle polyvalente. Présentation du projet, des études environnementales et du calendrier. Entrée libre. »

Bien cordialement,`,
      },
      {
        from: 'dgs',
        to: ['gaelle'],
        cc: ['marc'],
        at: '2024-09-30 16:20',
        body: `
Madame,

Les affiches sont posées en mairie, à la boulangerie et au Café des Sports. Nous avons prévu 80 chaises.

Je me permets de vous signaler que l'association Landes Vivantes a également déposé des affiches appelant à venir "nombreux" à la réunion. M. le Maire souhaite que la gendarmerie de Châteaulin soit prévenue, ce que j'ai fait.

Cordialement,`,
      },
    ],
  },
  {
    key: 'proposition-esk',
    subject: 'Proposition ESK Conseil – concertation Kerbrevet',
    folders: { 'legall-m': 'kerbrevet/esk' },
    messages: [
      {
        label: 'demande',
        from: 'marc',
        to: ['erwan'],
        at: '2024-09-17 11:30',
        attach: [{ file: 'noteCadrage', name: 'Note_cadrage_concertation_Kerbrevet.docx' }],
        body: `
Bonjour Monsieur Salaün,

Suite à notre échange téléphonique de ce matin, et sur la recommandation de M. le Maire, je vous confirme que la société Ardenlow Énergies France souhaite recevoir une proposition d'accompagnement pour la concertation locale autour du projet éolien des Landes de Kerbrevet.

Le calendrier est serré : le conseil municipal doit rendre son avis le 17 octobre, et l'enquête publique s'ouvre début novembre. Nous attendons une démarche simple : rencontres avec les riverains et les exploitants agricoles, deux ou trois ateliers, un bilan écrit.

Vous trouverez ci-joint notre note de cadrage. Pourriez-vous nous faire parvenir votre proposition d'ici la fin de la semaine prochaine ?

Bien cordialement,`,
      },
      {
        label: 'devis',
        from: 'erwan',
        to: ['marc'],
        at: '2024-09-23 18:12',
        attach: [{ file: 'devis', name: 'ESK-Conseil_devis_2024-117.pdf' }],
        body: `
Bonjour Marc,

Comme convenu, veuillez trouver ci-joint notre devis n° 2024-117 pour la mission d'accompagnement à la concertation, en trois lots.

Nous pouvons démarrer dès réception du bon pour accord. Gilles m'a dit que vous aviez besoin d'avancer vite, nous nous organiserons en conséquence.

Bien à vous,`,
      },
      {
        from: 'marc',
        to: ['erwan'],
        at: '2024-09-24 09:10',
        body: `
Bonjour,

Bien reçu, merci. Je transmets à notre direction et je reviens vers vous.

Cordialement,`,
      },
      {
        label: 'transfert',
        from: 'marc',
        to: ['helene'],
        at: '2024-09-24 09:25',
        kind: 'forward',
        parent: 'devis',
        body: `
Hélène,

Le devis d'ESK. 84 000 € HT, soit quatre fois ce que nous avons payé à Concerto Territoires pour Lann-Vraz, pour une mission comparable. La société a été immatriculée en juin, je n'ai trouvé aucune référence.

Je ne le sens pas. Comment veux-tu qu'on procède ?

Marc`,
        sig: 'none',
      },
      {
        from: 'helene',
        to: ['marc'],
        at: '2024-09-24 12:48',
        parent: 'transfert',
        body: `
Ne fais pas circuler ce devis pour l'instant. On en parle jeudi à Quimper.

Hélène`,
        sig: 'none',
      },
    ],
  },
  {
    key: 'esk-perso',
    subject: 'ESK',
    messages: [
      {
        from: 'helenePerso',
        to: ['marc'],
        at: '2024-09-28 21:14',
        body: `
Marc,

Je t'écris de ma boîte perso, c'est plus simple pour ce sujet.

J'ai eu Gilles au téléphone cet après-midi. Il a été très clair : sans la mission ESK, il ne présentera pas la délibération le 17, et Kergoat votera contre. Je pense qu'on n'a pas le choix.

On valide le devis tel quel. Je m'occupe de Londres : au-dessus de 50 000 € il faut l'accord de Priya, je vais lui présenter ça comme deux phases. Dis à Erwan qu'il peut commencer, mais rien par écrit avant que j'aie l'accord.

H.`,
      },
      {
        from: 'marc',
        to: ['helenePerso'],
        at: '2024-09-29 10:02',
        body: `
Hélène,

Je préfère qu'on garde une trace au bureau de tout ce qui touche à ce dossier, je te réponds donc de mon adresse pro.

Je ferai ce que tu demandes, mais il faut que JB soit dans la boucle sur le découpage, et qu'Anne-Sophie fasse les vérifications habituelles sur le fournisseur. Je ne veux pas me retrouver seul à porter ça.

Marc`,
        sig: 'none',
      },
      {
        from: 'helenePerso',
        to: ['marc'],
        at: '2024-09-29 10:40',
        body: `
JB sera informé le moment venu. Pour le reste, ce n'est pas par écrit qu'on règle ce genre de choses. Lundi 8h30 à Nantes.`,
      },
    ],
  },
];
