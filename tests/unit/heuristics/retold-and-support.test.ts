/**
 * Texts that retell an extortion mail in the third person ("the sender threatens…", "in the mail
 * it says that the recipient must…") or speak to someone who received one ("if someone threatens
 * to share your pictures, you are not alone"): warning framing in each language's lexicon
 * (`advice`, `reporting`). The mail's own words, in the second person, must still fire.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

const RETOLD: readonly (readonly [string, string])[] = [
  ['nl', 'De afzender dreigt een video naar al je contacten te sturen als je niet binnen 48 uur 800 euro in bitcoin betaalt. Hij beweert je webcam te hebben gehackt.'],
  ['nl', 'In de e-mail staat dat de ontvanger binnen drie dagen 1000 euro moet overmaken, anders worden naaktfoto\'s verspreid onder familie en vrienden.'],
  ['pl', 'Sprawca grozi, że wyśle film wszystkim kontaktom ofiary, jeśli ta w ciągu 48 godzin nie przeleje 800 euro w bitcoinach. Twierdzi, że zhakował kamerę internetową.'],
  ['pl', 'W wiadomości napisano, że odbiorca ma trzy dni na przelanie 1000 zł, w przeciwnym razie nagranie trafi do jego rodziny i przyjaciół.'],
  ['it', 'Il mittente minaccia di inviare un video a tutti i contatti se entro 48 ore non verranno pagati 800 euro in bitcoin. Sostiene di aver violato la webcam.'],
  ['it', 'Nella mail si legge che il destinatario deve versare 1000 euro entro tre giorni, altrimenti le foto intime saranno diffuse tra amici e parenti.'],
  ['de', 'Der Absender droht, ein Video an alle Kontakte zu schicken, wenn nicht binnen 48 Stunden 800 Euro in Bitcoin gezahlt werden. Er behauptet, die Webcam gehackt zu haben.'],
  ['fr', 'L\'expéditeur menace d\'envoyer une vidéo à tous les contacts si 800 euros en bitcoins ne sont pas versés sous 48 heures. Il prétend avoir piraté la webcam.'],
  ['es', 'El remitente amenaza con enviar un vídeo a todos los contactos si en 48 horas no se pagan 800 euros en bitcoin. Asegura haber hackeado la cámara web.'],
  ['en', 'The sender threatens to send a video to all of the recipient\'s contacts unless 800 dollars in bitcoin is paid within 48 hours. He claims to have hacked the webcam.'],
  ['da', 'Afsenderen truer med at sende en video til alle kontakter, hvis der ikke betales 800 euro i bitcoin inden for 48 timer. Han påstår at have hacket webkameraet.'],
  ['no', 'Avsenderen truer med å sende en video til alle kontaktene hvis det ikke betales 800 euro i bitcoin innen 48 timer. Han hevder å ha hacket webkameraet.'],
  ['sv', 'Avsändaren hotar att skicka en video till alla kontakter om inte 800 euro i bitcoin betalas inom 48 timmar. Han påstår att han har hackat webbkameran.'],
  ['fi', 'Lähettäjä uhkaa lähettää videon kaikille yhteystiedoille, jos 800 euroa bitcoineina ei makseta 48 tunnin kuluessa. Hän väittää murtautuneensa verkkokameraan.'],
  ['et', 'Saatja ähvardab saata video kõigile kontaktidele, kui 48 tunni jooksul ei maksta 800 eurot bitcoinides. Ta väidab, et on veebikaamera häkkinud.'],
];

const SUPPORT: readonly (readonly [string, string])[] = [
  ['nl', 'Heb je een e-mail ontvangen waarin iemand zegt dat hij een video van je heeft en geld wil? Dit noemen we sextortion. Je krijgt 24 uur om te betalen, anders wordt de video gedeeld. Reageer niet en maak een screenshot.'],
  ['nl', 'Ontvang je een bericht van de \'politie\' dat je wordt beschuldigd van kinderporno en dat je binnen 48 uur moet reageren? Echte politie dreigt nooit met arrestatie per mail. Maak een melding bij de Fraudehelpdesk.'],
  ['nl', 'Je bent niet alleen. Als iemand dreigt naaktbeelden van jou te verspreiden als je niet betaalt, kun je hulp krijgen bij Helpwanted. Stuur geen geld.'],
  ['nl', 'Waarschuwing: criminelen versturen mails uit naam van de Belastingdienst. U moet binnen 3 dagen 250 euro betalen, anders volgt beslag. Klik niet op de link.'],
  ['pl', 'Otrzymałeś e-mail, w którym ktoś twierdzi, że ma nagranie z twojej kamery i żąda pieniędzy w bitcoinach? Nie płać. Zgłoś sprawę na policję lub do CERT Polska.'],
  ['pl', 'Jeśli ktoś grozi, że opublikuje twoje intymne zdjęcia, jeśli nie zapłacisz, nie jesteś sam. Zadzwoń na telefon zaufania 116 111. Nie przesyłaj pieniędzy.'],
  ['pl', 'Policja ostrzega przed fałszywymi wezwaniami. Oszuści piszą, że jesteś podejrzany o przestępstwo i masz 72 godziny na odpowiedź. Prawdziwa policja nie wysyła takich e-maili.'],
  ['it', 'Hai ricevuto una mail in cui qualcuno dice di averti filmato e chiede soldi in bitcoin? Non pagare e non rispondere. Segnala il messaggio alla Polizia Postale sul sito del commissariato online.'],
  ['it', 'Se qualcuno minaccia di pubblicare tue foto intime se non paghi, non sei solo. Chiama il Telefono Azzurro al 19696. Non inviare denaro.'],
  ['it', 'Attenzione alle false convocazioni: i criminali scrivono che sei indagato e hai 72 ore per rispondere, altrimenti verrà emesso un mandato. La vera polizia non manda mail del genere.'],
  ['de', 'Liebe Eltern, in den letzten Wochen wurden Schülerinnen und Schüler unserer Schule über soziale Netzwerke erpresst. Die Täter drohen, Nacktbilder an Freunde und Familie zu schicken, wenn nicht innerhalb von 24 Stunden gezahlt wird. Bitte sprechen Sie mit Ihren Kindern.'],
];

/** The mail's own voice: what the texts above retell. */
const MAIL: readonly (readonly [string, string])[] = [
  ['nl', 'Ik heb je webcam gehackt en een video van je gemaakt. Als je niet binnen 48 uur 800 euro in bitcoin betaalt, stuur ik de video naar al je contacten.'],
  ['nl', 'Je hebt drie dagen om 1000 euro over te maken, anders worden je naaktfoto\'s verspreid onder familie en vrienden.'],
  ['pl', 'Zhakowałem twoją kamerę. Jeśli w ciągu 48 godzin nie przelejesz 800 euro w bitcoinach, wyślę film wszystkim twoim kontaktom.'],
  ['pl', 'Masz trzy dni na przelanie 1000 zł, w przeciwnym razie twoje intymne zdjęcia trafią do twojej rodziny i przyjaciół.'],
  ['it', 'Ho violato la tua webcam. Se entro 48 ore non paghi 800 euro in bitcoin, invierò il video a tutti i tuoi contatti.'],
  ['it', 'Devi versare 1000 euro entro tre giorni, altrimenti le tue foto intime saranno diffuse tra amici e parenti.'],
  ['es', 'He hackeado tu cámara web. Si en 48 horas no pagas 800 euros en bitcoin, enviaré el vídeo a todos tus contactos.'],
  ['et', 'Häkkisin su veebikaamera. Kui sa 48 tunni jooksul ei maksa 800 eurot bitcoinides, saadan video kõigile su kontaktidele.'],
  ['nl', 'Als je niet betaalt, verspreid ik je naaktbeelden. Je hebt 24 uur. Stuur 500 euro in bitcoin.'],
  ['pl', 'Jeśli nie zapłacisz 500 euro w bitcoinach w ciągu 24 godzin, opublikuję twoje intymne zdjęcia.'],
  ['it', 'Se non paghi 500 euro in bitcoin entro 24 ore, pubblicherò le tue foto intime.'],
  ['de', 'Wenn du nicht innerhalb von 24 Stunden 500 Euro in Bitcoin zahlst, schicke ich deine Nacktbilder an Freunde und Familie.'],
];

/** News that prints the mail as a paragraph of its own after a colon, with no quotation marks. */
const PRINTED: readonly (readonly [string, string])[] = [
  ['nl', `De e-mail die veel Nederlanders deze week ontvingen, luidt als volgt:

Ik heb je apparaat gehackt en je gefilmd terwijl je naar pornosites keek. Maak binnen 48 uur 1200 euro over in bitcoin, anders stuur ik de video naar al je contacten.

Wie zo'n bericht krijgt, hoeft zich geen zorgen te maken, zegt een woordvoerder.`],
  ['pl', `Treść wiadomości, którą otrzymali mieszkańcy Poznania:

Zhakowałem twoje urządzenie i nagrałem cię, gdy oglądałeś strony porno. Przelej 1200 euro w bitcoinach w ciągu 48 godzin, w przeciwnym razie wyślę film wszystkim twoim kontaktom.

Policja podkreśla, że to próba wyłudzenia pieniędzy.`],
  ['it', `Ecco il testo della mail ricevuta da molti lettori:

Ho hackerato il tuo dispositivo e ti ho registrato mentre guardavi siti porno. Trasferisci 1200 euro in bitcoin entro 48 ore, altrimenti invierò il video a tutti i tuoi contatti.

Secondo gli esperti si tratta di una truffa diffusa.`],
  ['de', `So sieht die Mail aus, die derzeit viele Menschen bekommen:

Ich habe Ihr Gerät gehackt und Sie beim Ansehen von Pornoseiten gefilmt. Überweisen Sie innerhalb von 48 Stunden 1200 Euro in Bitcoin, sonst schicke ich das Video an alle Ihre Kontakte.

Die Polizei hält die Drohung für leer.`],
  ['en', `Here is the email that many readers received this week:

I hacked your device and recorded you while you were watching porn sites. Transfer 1200 euros in bitcoin within 48 hours, otherwise I will send the video to all your contacts.

Experts say the threat is empty.`],
  ['fr', `Voici le courriel reçu par de nombreux lecteurs cette semaine :

J'ai piraté votre appareil et je vous ai filmé pendant que vous regardiez des sites pornographiques. Transférez 1200 euros en bitcoins sous 48 heures, sinon j'envoie la vidéo à tous vos contacts.

Selon les experts, la menace est vide.`],
  ['es', `Este es el correo que han recibido muchos lectores esta semana:

He hackeado su dispositivo y le he grabado mientras veía páginas porno. Transfiera 1200 euros en bitcoin en 48 horas o enviaré el vídeo a todos sus contactos.

Según los expertos, la amenaza es falsa.`],
  ['sv', `Så här lyder mejlet som många läsare har fått den här veckan:

Jag har hackat din enhet och filmat dig när du tittade på porrsajter. Överför 1200 euro i bitcoin inom 48 timmar, annars skickar jag videon till alla dina kontakter.

Enligt experterna är hotet tomt.`],
  ['fi', `Näin kuuluu viesti, jonka moni lukija on saanut tällä viikolla:

Olen hakkeroinut laitteesi ja kuvannut sinua, kun katsoit pornosivustoja. Siirrä 1200 euroa bitcoineina 48 tunnin kuluessa, muuten lähetän videon kaikille yhteystiedoillesi.

Asiantuntijoiden mukaan uhkaus on tyhjä.`],
];

describe('retold and supporting texts read as warnings', () => {
  it.each(PRINTED)('%s, the mail printed after a colon: %s', (_language, text) => {
    const r = assess('', text);
    expect(r.warningFraming).toBe(true);
    expect(r.suspected).toBe(false);
    // The printed mail alone is extortion: the framing paragraphs make the difference.
    expect(assess('', text.split('\n\n')[1]!).suspected).toBe(true);
  });

  it.each(RETOLD)('%s, retold: %s', (_language, text) => {
    const r = assess('', text);
    expect(r.warningFraming).toBe(true);
    expect(r.suspected).toBe(false);
  });

  it.each(SUPPORT)('%s, support or advice: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(false);
  });

  it.each(MAIL)('%s, the mail itself: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(true);
  });
});
