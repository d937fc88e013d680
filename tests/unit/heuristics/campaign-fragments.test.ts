/**
 * Sentences of the campaigns the press quotes one or two at a time, written here in each language
 * from the campaigns' public descriptions (docs/extortion-facts.md): the "cyber-infiltration"
 * fake summons and its "after this deadline" follow-up, a price for deleting the video, data of
 * patients held "unless 40 bitcoins are paid", a ransom call that keeps the police out, "if I
 * don't see the payment, the recording goes to your wife and your boss". Each must fire alone;
 * the look-alikes below (a removal service, a clinic, a contract, a gym) must not.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

const FRAGMENTS: readonly (readonly [string, string])[] = [
  ['fr', 'Suite à une saisie informatique de la cyber-infiltration, nous avons constaté que vous avez consulté des sites pédopornographiques. Vous êtes prié de vous justifier par mail dans un délai strict de 72 heures.'],
  ['fr', 'Passé ce délai, nous serons dans l\'obligation de transmettre notre rapport au procureur de la République et de vous inscrire au fichier des délinquants sexuels.'],
  ['fr', 'Nous vous adressons cette convocation pour des faits de pédopornographie, exhibitionnisme et cyberpornographie commis sur internet.'],
  ['fr', 'Je suis un hacker professionnel et j\'ai réussi à pirater votre système d\'exploitation. J\'ai accès à tous vos comptes.'],
  ['fr', 'J\'ai enregistré une vidéo de vous en train de vous faire plaisir devant des sites pour adultes. Il suffit d\'un clic pour l\'envoyer à tous vos contacts.'],
  ['fr', 'Transférez 1500 € en bitcoins sur mon portefeuille. Dès réception du paiement, je supprimerai la vidéo.'],
  ['fr', 'Vous avez 48 heures à partir de l\'ouverture de ce message. Si je ne reçois pas l\'argent, tous vos proches recevront la vidéo.'],
  ['fr', 'Quelqu\'un m\'a payé pour vous tuer. Je vous observe depuis plusieurs jours. Si vous voulez vivre, payez-moi 5000 euros en bitcoin.'],
  ['fr', 'Mon homme a placé une bombe dans le bâtiment où vous travaillez. Elle explosera si je ne reçois pas 20 000 dollars en bitcoin avant la fin de la journée.'],
  ['fr', 'Nous avons piraté votre site et téléchargé toute votre base de données clients. Payez 0,5 BTC sinon nous publierons tout et informerons vos clients.'],
  ['fr', 'Votre fils est avec nous. Si vous voulez le revoir, préparez 50 000 euros et ne prévenez pas la police.'],
  ['fr', 'Nous détenons des photos compromettantes de vous. Elles seront envoyées à votre femme et à votre employeur si vous ne payez pas.'],
  ['fr', 'Je connais votre mot de passe et j\'ai des enregistrements de votre écran et de votre caméra. Ne répondez pas à ce message, payez simplement.'],
  ['fr', 'Le montant à régler est de 2000 euros. Au-delà du délai, votre dossier sera transmis au tribunal et un mandat d\'arrêt sera émis.'],
  ['de', 'Ich habe Ihr Gerät mit einem Trojaner infiziert und Sie beim Ansehen von Pornoseiten gefilmt. Überweisen Sie 1200 Euro in Bitcoin.'],
  ['de', 'Nach Eingang der Zahlung lösche ich alle Aufnahmen. Sie haben 48 Stunden Zeit. Sonst bekommen alle Ihre Kontakte das Video.'],
  ['de', 'Im Rahmen einer Cyber-Infiltration wurde festgestellt, dass Sie kinderpornografische Inhalte aufgerufen haben. Sie werden gebeten, innerhalb von 72 Stunden Stellung zu nehmen.'],
  ['de', 'Nach Ablauf dieser Frist sehen wir uns gezwungen, den Bericht an die Staatsanwaltschaft weiterzuleiten und Sie in das Register für Sexualstraftäter einzutragen.'],
  ['de', 'Ich wurde beauftragt, Sie zu töten. Wenn Sie am Leben bleiben wollen, zahlen Sie 5000 Euro in Bitcoin.'],
  ['de', 'In Ihrem Gebäude wurde eine Bombe platziert. Sie explodiert, wenn ich bis heute Abend keine 20.000 Dollar in Bitcoin erhalte.'],
  ['de', 'Wir haben Ihre Website gehackt und Ihre Kundendatenbank kopiert. Zahlen Sie 0,5 BTC, sonst veröffentlichen wir alles.'],
  ['de', 'Wir werden Ihr Restaurant mit schlechten Bewertungen überhäufen, bis Sie zahlen. 2000 Euro in Bitcoin, und es hört auf.'],
  ['de', 'Ich weiß, wo du wohnst. Zahl 3000 Euro oder deine Familie wird es bereuen.'],
  ['nl', 'Ik heb je apparaat gehackt en je gefilmd terwijl je naar pornosites keek. Maak 1200 euro over in bitcoin.'],
  ['nl', 'Na ontvangst van de betaling verwijder ik alle opnames. Je hebt 48 uur. Anders krijgen al je contacten de video.'],
  ['nl', 'Na een cyberinfiltratie is vastgesteld dat u kinderpornografische inhoud heeft bekeken. U wordt verzocht binnen 72 uur een verklaring te sturen.'],
  ['nl', 'Na afloop van deze termijn zijn wij genoodzaakt ons rapport door te sturen naar de officier van justitie en u te registreren als zedendelinquent.'],
  ['nl', 'Ik ben ingehuurd om je te vermoorden. Als je wilt blijven leven, betaal je 5000 euro in bitcoin.'],
  ['nl', 'In uw gebouw is een bom geplaatst. Hij ontploft als ik vandaag geen 20.000 dollar in bitcoin ontvang.'],
  ['nl', 'We hebben je website gehackt en je klantendatabase gekopieerd. Betaal 0,5 BTC, anders publiceren we alles.'],
  ['es', 'He hackeado tu dispositivo y te he grabado mientras veías páginas porno. Transfiere 1200 euros en bitcoin.'],
  ['es', 'Una vez recibido el pago, borraré todas las grabaciones. Tienes 48 horas. Si no, todos tus contactos recibirán el vídeo.'],
  ['es', 'Tras una infiltración informática se ha comprobado que usted ha consultado contenidos de pornografía infantil. Debe justificarse por correo en un plazo de 72 horas.'],
  ['es', 'Pasado este plazo, nos veremos obligados a remitir nuestro informe al fiscal y a inscribirle en el registro de delincuentes sexuales.'],
  ['es', 'Me han pagado para matarte. Si quieres seguir vivo, paga 5000 euros en bitcoin.'],
  ['es', 'Hemos colocado una bomba en su edificio. Explotará si no recibo 20.000 dólares en bitcoin antes de esta noche.'],
  ['es', 'Hemos hackeado su web y copiado su base de datos de clientes. Pague 0,5 BTC o lo publicaremos todo.'],
  ['it', 'Ho hackerato il tuo dispositivo e ti ho registrato mentre guardavi siti porno. Trasferisci 1200 euro in bitcoin.'],
  ['it', 'Una volta ricevuto il pagamento, cancellerò tutte le registrazioni. Hai 48 ore. Altrimenti tutti i tuoi contatti riceveranno il video.'],
  ['it', 'A seguito di un\'infiltrazione informatica è stato accertato che lei ha consultato contenuti pedopornografici. È pregato di giustificarsi via mail entro 72 ore.'],
  ['it', 'Trascorso tale termine, saremo costretti a trasmettere il nostro rapporto al procuratore e a iscriverla nel registro dei delinquenti sessuali.'],
  ['it', 'Sono stato pagato per ucciderti. Se vuoi restare vivo, paga 5000 euro in bitcoin.'],
  ['it', 'Abbiamo piazzato una bomba nel suo edificio. Esploderà se non ricevo 20.000 dollari in bitcoin entro stasera.'],
  ['it', 'Abbiamo hackerato il vostro sito e copiato il database dei clienti. Pagate 0,5 BTC o pubblicheremo tutto.'],
  ['en', 'I am a member of an international hacker group. We have been monitoring your activity for several months. Your device was infected through a porn site.'],
  ['en', 'I made a split-screen video: on one side the porn you watched, on the other side you, through your webcam. Send 1300 USD in BTC.'],
  ['en', 'This is my final warning. If I do not see the payment, the recording goes to your wife, your boss and your friends on Facebook.'],
  ['en', 'We have your medical records. Unless 40 bitcoins are transferred, we will start releasing patients\' data one by one.'],
  ['en', 'Your account has been hacked by me. Do not try to change the password, it is useless. I see everything you do.'],
  ['en', 'I know where you live and where your children go to school. Transfer 2 BTC or something will happen to them.'],
  ['de', 'Ich bin ein Mitglied einer Hackergruppe. Wir beobachten Ihre Aktivitäten seit einigen Monaten. Ihr Gerät wurde über eine Pornoseite infiziert.'],
  ['de', 'Das ist meine letzte Warnung. Wenn ich die Zahlung nicht sehe, geht die Aufnahme an Ihre Frau, Ihren Chef und Ihre Freunde auf Facebook.'],
  ['de', 'Wir haben Ihre Patientenakten. Wenn nicht 40 Bitcoins überwiesen werden, veröffentlichen wir die Daten der Patienten einzeln.'],
  ['de', 'Ich weiß, wo Sie wohnen und wo Ihre Kinder zur Schule gehen. Überweisen Sie 2 BTC, sonst passiert ihnen etwas.'],
  ['fr', 'Je suis membre d\'un groupe international de hackers. Nous surveillons votre activité depuis plusieurs mois. Votre appareil a été infecté via un site porno.'],
  ['fr', 'C\'est mon dernier avertissement. Si je ne vois pas le paiement, l\'enregistrement ira à votre femme, votre patron et vos amis sur Facebook.'],
  ['fr', 'Nous avons vos dossiers médicaux. Si 40 bitcoins ne sont pas transférés, nous commencerons à publier les données des patients une par une.'],
  ['fr', 'Je sais où vous habitez et où vos enfants vont à l\'école. Transférez 2 BTC ou il leur arrivera quelque chose.'],
  ['es', 'Soy miembro de un grupo internacional de hackers. Llevamos varios meses vigilando su actividad. Su dispositivo se infectó a través de una web porno.'],
  ['es', 'Es mi último aviso. Si no veo el pago, la grabación irá a su esposa, a su jefe y a sus amigos de Facebook.'],
  ['es', 'Tenemos sus historiales médicos. Si no se transfieren 40 bitcoins, empezaremos a publicar los datos de los pacientes uno por uno.'],
  ['es', 'Sé dónde vive y a qué colegio van sus hijos. Transfiera 2 BTC o les pasará algo.'],
  ['it', 'Sono membro di un gruppo internazionale di hacker. Monitoriamo la sua attività da diversi mesi. Il suo dispositivo è stato infettato tramite un sito porno.'],
  ['it', 'È il mio ultimo avvertimento. Se non vedo il pagamento, la registrazione andrà a sua moglie, al suo capo e ai suoi amici su Facebook.'],
  ['it', 'Abbiamo le vostre cartelle cliniche. Se non verranno trasferiti 40 bitcoin, inizieremo a pubblicare i dati dei pazienti uno per uno.'],
  ['it', 'So dove abita e dove vanno a scuola i suoi figli. Trasferisca 2 BTC o succederà loro qualcosa.'],
  ['nl', 'Ik ben lid van een internationale hackersgroep. We volgen uw activiteiten al enkele maanden. Uw apparaat is via een pornosite besmet.'],
  ['nl', 'Dit is mijn laatste waarschuwing. Als ik de betaling niet zie, gaat de opname naar uw vrouw, uw baas en uw vrienden op Facebook.'],
  ['nl', 'We hebben uw medische dossiers. Als er geen 40 bitcoins worden overgemaakt, publiceren we de gegevens van patiënten één voor één.'],
  ['nl', 'Ik weet waar u woont en naar welke school uw kinderen gaan. Maak 2 BTC over, anders overkomt hen iets.'],
  ['pl', 'Jestem członkiem międzynarodowej grupy hakerów. Od kilku miesięcy monitorujemy twoją aktywność. Twoje urządzenie zostało zainfekowane przez stronę porno.'],
  ['pl', 'To moje ostatnie ostrzeżenie. Jeśli nie zobaczę płatności, nagranie trafi do twojej żony, szefa i znajomych na Facebooku.'],
  ['pl', 'Wiem, gdzie mieszkasz i do której szkoły chodzą twoje dzieci. Przelej 2 BTC, albo coś im się stanie.'],
];

const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  ['en', 'We found your personal data on 40 people-search sites. Unless you act, it stays public. Our removal service costs 0.002 BTC and we delete your data within 30 days.'],
  ['en', 'Your medical records are stored securely. Unless you object, they will be shared with your GP. Payments for private treatment can now be made in bitcoin.'],
  ['en', 'Thriller now in cinemas: a father gets a call. "We have your son. Don\'t call the police." Tickets from 12 euros.'],
  ['en', 'Reminder: please reply within 72 hours to confirm your appointment, otherwise it will be released to another patient.'],
  ['de', 'Wir haben Ihre Patientenakte erhalten. Wenn nicht anders gewünscht, senden wir sie an Ihren Hausarzt. Sie können die Rechnung auch in Bitcoin bezahlen.'],
  ['fr', 'Nous avons bien reçu vos dossiers médicaux. Si les 40 euros ne sont pas versés avant la fin du mois, votre rendez-vous sera annulé.'],
  ['nl', 'Als er geen bezwaar komt, sturen we uw medische dossiers naar de nieuwe huisarts. U kunt ook met bitcoin betalen.'],
  ['es', 'Si no se paga la cuota antes del día 5, se suspenderá el acceso al gimnasio. Aceptamos bitcoin.'],
  ['it', 'Se non verranno pagati 40 euro entro il mese, l\'abbonamento sarà sospeso. Accettiamo bitcoin.'],
  ['en', 'Once we receive your payment of 0.01 BTC, we will delete the test video from our servers, as agreed in the contract.'],
  ['fr', 'Dès réception de votre paiement de 200 € en bitcoin, je supprimerai les vidéos de test de mon serveur, comme convenu.'],
  ['en', 'The recording of the webinar goes to all participants and to your colleagues who registered. If you did not pay the fee, please do so.'],
  ['nl', 'Als je de betaling niet ziet, gaat de factuur naar je boekhouder. Je kunt ook in bitcoin betalen.'],
];

describe('campaign fragments fire alone', () => {
  it.each(FRAGMENTS)('%s: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(true);
  });
});

describe('their look-alikes do not', () => {
  it.each(LOOK_ALIKES)('%s: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(false);
  });
});
