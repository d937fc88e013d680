/**
 * Shapes of real extortion mail that name no coin or no demand, or word their clock in letters:
 * the rules added after untuned round 1 joined the tuned batch (tests/corpus/real/README-round-3.md).
 * Each case has a look-alike that must stay unflagged, so a rule that fires on anything fails.
 */
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import { SPELLED_SPAN_HOURS } from '../../../utils/core/heuristics/lexicon/spelled-spans';
import { foldForMatching } from '../../../utils/core/text/normalize';
import { freshBtcBech32 } from '../../corpus/src/addresses';
import { testHetu } from '../../corpus/src/extortion';
import { assessMessage as assess } from './prepared';

const ADDRESS = freshBtcBech32('unit-threat-shapes');
const HETU = testHetu('120791', '-', 934);

describe('keeping the police out is a threat', () => {
  it('an address, a demand and "if you go to the police" make an extortion mail', () => {
    const body = `Send 0.2 BTC to ${ADDRESS} and nobody gets hurt. If you go to the police, it will be worse for you.`;
    const r = assess('!', body);
    expect(r.suspected).toBe(true);
    expect(r.findings.some((f) => f.signal === 'no-police')).toBe(true);
  });

  it('"don\'t tell anyone" is no threat: a surprise party collects in bitcoin too', () => {
    const body = `Send 0.02 BTC to ${ADDRESS} for Anna's present within 48 hours. Don't tell anyone, it's a surprise!`;
    expect(assess('Party', body).suspected).toBe(false);
  });

  it('an exchange receipt with the same address and a demand but no such words stays unflagged', () => {
    expect(assess('Deposit', `Please send 0.2 BTC to ${ADDRESS} to complete your order.`).suspected).toBe(false);
  });
});

describe('violence-threats: two threats of violence in several words, with no demand yet', () => {
  it('a hitman opener is flagged before any sum is named', () => {
    const r = assess('Your life', 'Someone close to you wants you dead. I was paid to kill you, but I am giving you one chance to stay alive.');
    expect(r.rule).toBe('violence-threats');
  });

  it('one threat phrase, or single words such as "bomb" and "explosion", are not enough', () => {
    expect(assess('!', 'The bomb will be defused by the army on Sunday.').rule).toBeUndefined();
    expect(assess('News', 'An explosion at the old bomb shelter left the building empty.').suspected).toBe(false);
  });

  it('two threats to one reader are two even when they share "vous" or "your"', () => {
    expect(assess('!', 'On m\'a payé pour vous tuer. Je sais où vous habitez.').rule).toBe('violence-threats');
  });

  it('a news report of such a threat is vetoed by its framing', () => {
    const r = assess('Police warn', 'Police warn about scam emails. The scammers claim "someone wants you dead" and "I was paid to kill you". Do not reply and report it to the police.');
    expect(r.suspected).toBe(false);
    expect(r.warningFraming).toBe(true);
  });
});

describe('commissioned-harm: the reader\'s killing said to be ordered or paid for (rule 21)', () => {
  it.each([
    ['en', "I will be short. I've got an order to kill you."],
    ['en', 'I was paid to kill you.'],
    ['fr', "Cette semaine, un client m'a demandé de vous tuer."],
    ['fr', 'Un client m\'a confié la mission de vous éliminer physiquement.'],
    ['de', 'Ich habe den Auftrag, Sie zu töten.'],
    ['nl', 'Ik ben ingehuurd om je te vermoorden.'],
    ['da', 'Jeg er blevet hyret til at dræbe dig.'],
    ['no', 'Jeg har fått betalt for å drepe deg.'],
    ['sv', 'Jag har fått betalt för att döda dig.'],
    ['fi', 'Minut on palkattu tappamaan sinut.'],
    ['et', 'Mind palgati sind tapma.'],
    ['es', 'Me han pagado para matarte.'],
    ['it', 'Mi hanno pagato per ucciderti.'],
    ['pl', 'Ktoś zapłacił mi za zabicie cię.'],
  ])('%s: %s', (_language, sentence) => {
    expect(assess('', sentence).rule).toBe('commissioned-harm');
  });

  it.each([
    'The sum insured is paid in the event of your death.',
    'In this game you are hired to kill the corrupt mayor before midnight.',
    'Watch out, there is a bounty on your head in tonight\'s event!',
    'Your life insurance: the contract on your life insurance renews in May.',
    'Kill your darlings: the editor was paid to cut the first chapter.',
  ])('not an idiom, a game or an insurance: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });

  it('a warning that quotes the sentence is vetoed by its framing', () => {
    const r = assess('Warning', 'Scammers write "I was paid to kill you" and ask for bitcoin. Do not pay and report it to the police.');
    expect(r.suspected).toBe(false);
    expect(r.warningFraming).toBe(true);
  });
});

describe('recording-direct-threat: a recording of the reader and a threat that names it', () => {
  it('is flagged without a demand or a claimed hack', () => {
    const r = assess('!', 'I have a video where you masturbate in front of your webcam. I will send the video to all your contacts.');
    expect(r.suspected).toBe(true);
  });

  it('a video service\'s notice names the recording but threatens nothing', () => {
    expect(assess('Upload', 'Your webcam recording has been uploaded. Share it with your contacts whenever you like.').suspected).toBe(false);
  });

  // A wedding photographer's or videographer's mail names a video or photos of the reader and
  // says "I'll send the video to…": without an intimate context, a camera or a hack the rule
  // does not fire. Six of these nine were suspected before it asked for one.
  it.each([
    'Je vous enverrai les photos de vous, à partager avec tous vos proches.',
    'Te enviaré las fotos de ti en la boda mañana, y publicaré las fotos en la galería del estudio.',
    'Invierò le foto di te alla cerimonia domani; pubblicherò le foto nella galleria dello studio.',
    'Ich schicke das Video von dir bei der Hochzeit morgen; ich sende das Video an deine Eltern.',
    'Wyślę zdjęcia z tobą z wesela jutro, opublikuję zdjęcia w galerii studia.',
    'Ik stuur de video van jou op de bruiloft morgen; ik stuur de video naar je ouders.',
    'Jeg sender videoen av deg fra bryllupet i morgen; jeg deler videoen med foreldrene dine.',
    'Lähetän videon sinusta häistä huomenna; jaan kuvat vanhemmillesi.',
    'Jag skickar videon på dig från bröllopet i morgon; jag skickar videon till dina föräldrar.',
  ])('a wedding photographer is no extortioner: %j', (text) => {
    expect(assess('Your wedding', text).suspected).toBe(false);
  });

  it('nor when the same mail asks for the balance (recording-threat-demand)', () => {
    const text = 'Ich schicke das Video von dir bei der Hochzeit morgen an deine Eltern. Bitte zahlen Sie den Restbetrag von 300 Euro bis Freitag.';
    expect(assess('Ihre Hochzeit', text).suspected).toBe(false);
  });
});

describe('identity-code-held-demand: the Vastaamo opener, with no coin named', () => {
  it('an identity code, a demand and a publication threat about held records', () => {
    const body = `Aino Esimerkki, ${HETU}\n\nWe have to ask you to pay to keep your personal information safe. Otherwise your therapy records will be published.`;
    const r = assess('Notice', body);
    expect(r.rule).toBe('identity-code-held-demand');
  });

  it('an invoice from a therapist with the identity code and a due date is not it', () => {
    const body = `Aino Esimerkki, ${HETU}\n\nInvoice for psychotherapy sessions. Please pay 120 € by 15.1.2027.`;
    expect(assess('Invoice', body).suspected).toBe(false);
  });
});

describe('hacker-claim: the claim and the access are two things said', () => {
  it('one phrase that both lexicon lists hold is not enough ("jeg kender din adgangskode")', () => {
    const r = assess('!', 'Jeg kender din adgangskode.');
    expect(r.suspected).toBe(false);
    expect(r.nearMisses.find((m) => m.rule === 'hacker-claim')?.missing).toEqual(['recording, a second sign of a hack, or own-address spoof']);
  });

  it('a claim and a second sign are', () => {
    expect(assess('!', 'Jeg kender din adgangskode. Jeg er medlem af en international hackergruppe.').rule).toBe('hacker-claim');
  });
});

describe('a debt collector names the court and legal proceedings, and is no fake police', () => {
  it.each([
    ['en', 'Final notice: unless you pay the outstanding 240 € within 14 days, we will take legal action against you at the district court.'],
    ['es', 'Aviso final: si no paga los 240 € pendientes en 14 días, iniciaremos un procedimiento judicial ante el juzgado.'],
    ['it', 'Ultimo avviso: se non paga i 240 € entro 14 giorni, avvieremo un procedimento giudiziario presso il tribunale.'],
  ])('%s', (_language, body) => {
    expect(assess('Reminder', body, [], { senderName: 'Collections' }).suspected).toBe(false);
  });
});

describe('an audience named with no threat is no threat', () => {
  it.each([
    ['de', `Ihre Rechnung: bitte zahlen Sie 0,01 BTC an ${ADDRESS} innerhalb von 48 Stunden. Viele Grüße an Ihre Familie!`],
    ['fr', `Votre facture : merci de payer 0,01 BTC à ${ADDRESS} sous 48 heures. Transférez notre lettre à tous vos contacts !`],
  ])('%s: a bitcoin invoice that greets the family or asks to share', (_language, body) => {
    expect(assess('Rechnung', body).suspected).toBe(false);
  });

  it('next to a recording of the reader, the audience is the threat', () => {
    expect(assess('!', `Ich habe dich über die Webcam gefilmt. Zahle 0,01 BTC an ${ADDRESS}, sonst geht es an alle deine Kontakte.`).suspected).toBe(true);
  });
});

describe('time spans written in words', () => {
  it('every phrase of the table is found by the lexicons\' automaton and has its hours', () => {
    for (const [phrase, hours] of SPELLED_SPAN_HOURS) {
      expect(findCues(foldForMatching(`x ${phrase} x`)).get('time-span'), phrase).toContain(phrase);
      expect(hours, phrase).toBeGreaterThanOrEqual(2);
    }
    expect(SPELLED_SPAN_HOURS.get('kolm päeva')).toBe(72);
    expect(SPELLED_SPAN_HOURS.get('vierundzwanzig stunden')).toBe(24);
  });

  it('make a tiered demand like digits do', () => {
    const body = `Maksa 200 € bitcoineina kahden päivän kuluessa, muuten hinta on 500 € ja tiedot julkaistaan, jos maksu ei tule kolmen päivän aikana. ${HETU}`;
    const r = assess('!', body);
    expect(r.findings.some((f) => f.signal === 'tiered-deadline')).toBe(true);
  });

  it('are the clock of a coin, a demand and a threat (Dutch)', () => {
    // "zeven dagen" is no deadline phrase of the Dutch lexicon: only the span table reads it.
    const body = 'Betaal 0,1 bitcoin. Zeven dagen, dan publiceren we je gegevens.';
    const r = assess('!', body);
    expect(r.rule).toBe('crypto-demand-threat-clock');
    expect(r.findings.find((f) => f.signal === 'time-span')?.matched).toBe('zeven dagen');
    expect(assess('!', body.replace('Zeven dagen, dan', 'Dan')).suspected).toBe(false);
  });
});

// Shapes learned when untuned round 2 joined the tuned batch (tests/corpus/real/README-round-5.md);
// the sentences are written here, each with a look-alike that must stay unflagged.
describe('"I know your password" is a hacker\'s claim in every language', () => {
  it.each([
    ['en', 'I know that your password is Linden42. I also have a recording of you watching porn.'],
    ['de', 'Ich weiß, dass dein Passwort Linden42 ist. Ich habe auch ein Video von dir beim Pornoschauen.'],
    ['da', 'Jeg kender dit password. Jeg ved, hvilke pornosider du besøger, og har en video af dig.'],
    ['sv', 'Jag känner till ditt lösenord, och jag har en video på dig när du tittar på porr.'],
    ['fr', 'Je connais votre mot de passe et j\'ai une vidéo de vous devant un site porno.'],
    ['es', 'Conozco tu contraseña y tengo un vídeo tuyo viendo porno.'],
    ['it', 'Conosco la tua password e ho un video di te mentre guardi porno.'],
    ['pl', 'Znam twoje hasło i mam nagranie, jak oglądasz porno.'],
  ])('%s: a password claim and a recording are a hacker\'s claim', (_, text) => {
    const r = assess('!', text);
    expect(r.findings.some((f) => f.signal === 'hacker-claim'), JSON.stringify(r.findings)).toBe(true);
    expect(r.suspected).toBe(true);
  });

  it('a colleague who knows the shared wifi password claims nothing', () => {
    expect(assess('Wifi', 'I know the wifi password has changed; the new one is on the kitchen board.').suspected).toBe(false);
  });
});

describe('the mail from your own address with an intimate recording (self-sent-threat)', () => {
  it('is flagged without a worded threat: the address itself is the hack shown', () => {
    const r = assess('Ehdotus', 'Minulla on sinusta video, jossa masturboit ruudun edessä.', [], {
      senderAddress: 'maija@example.fi',
      recipients: ['maija@example.fi'],
    });
    expect(r.rule).toBe('self-sent-threat');
  });

  it('a note to oneself with a video of the children is no threat', () => {
    const r = assess('Muistiin', 'Video lapsista rannalla, muista lähettää mummolle.', [], {
      senderAddress: 'maija@example.fi',
      recipients: ['maija@example.fi'],
    });
    expect(r.suspected).toBe(false);
  });
});

describe('recorded-intimate-hack from named signs', () => {
  it('a recording in an intimate moment and two distinct signs of a hack are the story', () => {
    const text = 'Pegasus spyware on your phone gave me remote access to your webcam. I have many videos of you masturbating.';
    expect(assess('!', text).suspected).toBe(true);
  });

  it('a phishing-test result naming the password, the computer and the webcam is no story', () => {
    const text = 'You typed your password into our phishing test. A real attacker would now have access to your computer and your webcam.';
    expect(assess('Phishing test', text).suspected).toBe(false);
  });
});

describe('fake summonses whose accusation is in the attachment', () => {
  it.each([
    ['KANSALLINEN POLIISI', 'Sinua kuulustellaan, koska on syytä epäillä, että olet tehnyt rikoksen. Katso liitteenä oleva valitus.'],
    ['Direzione della Polizia Giudiziaria', 'Legga le accuse contro di voi nella citazione allegata e risponda subito.'],
    ['Politiet', 'Vedlagt følger klager på deg. Svar innen 72 timer.'],
  ])('from "%s" is flagged', (senderName, text) => {
    expect(assess('!', text, [], { senderName }).suspected).toBe(true);
  });
});

describe('threats of violence in other words', () => {
  it.each([
    'Du hast Geld. Ich habe die Macht, deine Welt zu vernichten. Das ist mein Preis für dein Leben.',
    'Iemand wil dat je dood bent. Betaal en ik zal je leven te sparen.',
    'Bruceremo i vigneti e faremo saltare l\'azienda se non pagate.',
  ])('%j is flagged', (text) => {
    expect(assess('!', text).suspected).toBe(true);
  });
});

describe('pay-or-publish: the price and the publication in one sentence', () => {
  it.each([
    'Si vous ne payez pas avant vendredi, je rends la vidéo de vous publique.',
    'Se non paghi entro venerdì pubblicheremo il video di te su tutti i siti.',
    'If you do not pay, I will publish the video of you.',
  ])('%j is flagged', (text) => {
    expect(assess('!', text).suspected).toBe(true);
  });

  it.each([
    'Please tell us by Friday if you object; otherwise we will publish the photos of the class trip on the school website.',
    'If you don\'t pay the balance by Friday, I can\'t send you the video of you and Tom at the altar.',
  ])('%j is not: a school publishes with consent, a videographer sends', (text) => {
    expect(assess('Info', text).suspected).toBe(false);
  });
});

describe('a bomb, a coin and the consequence of not paying (violence-demand)', () => {
  it('"if I don\'t get the bitcoins, the bomb in the building goes off" is flagged', () => {
    expect(assess('!', 'Wenn ich die Bitcoins nicht erhalte, explodiert die Bombe im Gebäude.').suspected).toBe(true);
  });

  it('a newsletter\'s "ticking time bomb … otherwise" about bitcoin is not', () => {
    expect(assess('Markets', 'Bitcoin is a ticking time bomb; sell now, otherwise you lose everything.').suspected).toBe(false);
  });
});

// Written from the misses of round 3 when it joined the tuned batch (README-round-3.md), in
// sentences of our own: a demand said as "if I don't receive the money", a publication threat in
// the passive of every gender and number, the 2018 bomb template, a password called "clave".
describe('threats and demands in the words round 3 used', () => {
  it.each([
    ['fr', "Quelqu'un veut votre mort. Si je ne reçois pas l'argent vendredi, je ferai mon travail.", 'violence-demand'],
    ['en', 'Someone wants you dead. If I don\'t receive the money by Friday, I will do my job.', 'violence-demand'],
    ['de', 'Jemand will Ihren Tod. Wenn ich das Geld nicht bis Freitag bekomme, erledige ich meinen Auftrag.', 'violence-demand'],
    ['it', 'Abbiamo tutte le tue informazioni. Se non vuoi che vengano rese pubbliche paga 500 euro in bitcoin entro domani.', 'crypto-demand-threat-clock'],
    ['es', 'El dispositivo explosivo detona a las cinco. No somos terroristas, solo queremos el dinero.', 'violence-threats'],
    ['es', 'Sé que tu clave es luna2020 y que visitas ciertas páginas.', 'hacker-claim'],
  ])('%s: %j', (_language, text, rule) => {
    expect(assess('', text).rule).toBe(rule);
  });

  it.each([
    'If I don\'t receive the money by Friday, I will take the matter to the small claims court.',
    'Tu clave es Casa2024 y puedes cambiarla en tu perfil.',
    'Le foto della gita verranno pubblicate sul sito della scuola entro domani; tutte le tue informazioni restano private.',
    'Wir sind keine Terroristen, sagte der Sprecher der Demonstranten vor dem Rathaus.',
  ])('%j is not', (text) => {
    expect(assess('Info', text).suspected).toBe(false);
  });
});

// "I sent this from your own account" said in the text, beside a claim of access: two signs of a
// hack, however "your" is inflected (distinctCues). A colleague telling that someone else sent
// mail from your address, or a bank debiting your account, claims nothing.
describe('the own-account claim in words, in the smaller languages', () => {
  it.each([
    ['da', 'Jeg sendte denne e-mail fra din egen konto. Det betyder, at jeg har fuld adgang til din enhed.'],
    ['no', 'Jeg sendte denne e-posten fra kontoen din. Det betyr at jeg har full tilgang til enheten din.'],
    ['fi', 'Lähetin tämän viestin sinun omalta tililtäsi. Minulla on täysi pääsy laitteeseesi.'],
    ['et', 'Saatsin selle kirja sinu enda kontolt. Mul on täielik juurdepääs sinu seadmele.'],
    ['nl', 'Ik heb deze e-mail vanaf je eigen account verstuurd. Ik heb volledige toegang tot je apparaat.'],
    ['pl', 'Wysłałem tę wiadomość z twojego własnego konta. Mam pełny dostęp do twojego urządzenia.'],
    ['sv', 'Jag skickade det här mejlet från ditt eget konto. Jag har full åtkomst till din enhet.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('hacker-claim');
  });

  it.each([
    'Cześć, w nocy ktoś włamał się na Twoje konto i wysłał maila do wszystkich Twoich kontaktów z Twojego własnego adresu. Zmieniłem hasło.',
    'Beløpet er trukket fra kontoen din. Du har full tilgang til kvitteringen i nettbanken.',
  ])('%j is not', (text) => {
    expect(assess('Info', text).suspected).toBe(false);
  });
});

// Rule 22: the one sentence most sextortion quotes keep, in every language.
describe('recorded-watching-porn: "I recorded you while you were watching porn" (rule 22)', () => {
  it.each([
    ['en', 'I recorded a video of you while you were watching porn.'],
    ['de', 'Ich habe ein Video von Ihnen aufgenommen, während Sie Pornos geschaut haben.'],
    ['fr', "J'ai enregistré une vidéo de vous pendant que vous regardiez du porno."],
    ['es', 'Grabé un vídeo tuyo mientras veías porno.'],
    ['it', 'Ho registrato un video di te mentre guardavi porno.'],
    ['nl', 'Ik heb een video van je opgenomen terwijl je porno keek.'],
    ['da', 'Jeg har optaget en video af dig, mens du så porno.'],
    ['no', 'Jeg filmet deg mens du onanerte.'],
    ['sv', 'Jag filmade dig medan du tittade på porr.'],
    ['fi', 'Nauhoitin sinut, kun katsoit pornoa.'],
    ['et', 'Salvestasin sind, kui sa pornot vaatasid.'],
    ['pl', 'Nagrałem film z tobą, kiedy oglądałeś porno.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('recorded-watching-porn');
  });

  it.each([
    'I recorded an episode about porn addiction for the podcast.',
    'I filmed a documentary about adult websites and their users.',
    "Here are the nude photos of you from Saturday's boudoir session; I shot them with the new camera.",
  ])('not a podcast, a documentary or a boudoir photographer: %s', (text) => {
    expect(assess('Hello', text).suspected).toBe(false);
  });
});

// Rule 23: the price and the share in one sentence, which the sender does not deny.
describe('pay-or-share: "if you don\'t pay, I will send the video to all your contacts" (rule 23)', () => {
  it.each([
    ['en', "If you don't pay, I will send the video to all your contacts."],
    ['en', 'You have 48 hours to pay, otherwise the video will be sent to your family and colleagues.'],
    ['de', 'Wenn Sie nicht zahlen, schicke ich das Video an alle Ihre Kontakte.'],
    ['fr', "Si vous ne payez pas, j'enverrai la vidéo à tous vos contacts."],
    ['es', 'Si no pagas, enviaré el vídeo a todos tus contactos.'],
    ['it', 'Se non paghi, invierò il video a tutti i tuoi contatti.'],
    ['nl', 'Als je niet betaalt, stuur ik de video naar al je contacten.'],
    ['da', 'Hvis du ikke betaler, sender jeg videoen til alle dine kontakter.'],
    ['no', 'Hvis du ikke betaler, sender jeg videoen til alle kontaktene dine.'],
    ['pl', 'Jeśli nie zapłacisz, wyślę film wszystkim twoim kontaktom.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('pay-or-share');
  });

  it.each([
    "If you don't pay the balance by Friday, I can't send the video to all your guests.",
    'Si vous ne payez pas le solde, je ne pourrai pas envoyer la vidéo à toute votre famille et vos amis.',
    'Wenn Sie den Rest nicht zahlen, kann ich das Video nicht an alle Ihre Gäste schicken.',
  ])('not where the sender says they cannot: %s', (text) => {
    expect(assess('Ihr Hochzeitsvideo', text).suspected).toBe(false);
  });
});

describe('a threat taken back as a joke is a friend\'s', () => {
  it('"…otherwise I will send the video to all your contacts. Just kidding" is not pay-or-share', () => {
    const joke = "Send me the 30 euros for the barbecue by Sunday, otherwise I will send the video to all your contacts. Just kidding, I'll delete it anyway.";
    expect(assess('Haha', joke).suspected).toBe(false);
    expect(assess('', joke.replace(' Just kidding, I\'ll delete it anyway.', '')).rule).toBe('pay-or-share');
  });
});

describe('kidnapping claims in Dutch, Norwegian, Finnish and Estonian', () => {
  it.each([
    'Wij hebben uw dochter. Betaal 50.000 euro in bitcoin of u ziet haar nooit meer terug.',
    'Vi har datteren din. Betal 50 000 euro i bitcoin, ellers ser du henne aldri igjen.',
    'Meillä on tyttäresi. Maksa 50 000 euroa bitcoineina tai et näe häntä enää koskaan.',
    'Meil on su tütar. Maksa 50 000 eurot bitcoinis või sa ei näe teda enam kunagi.',
  ])('%s', (text) => {
    expect(assess('', text).rule).toBe('violence-demand');
  });

  it('a parent collecting a child from school is not', () => {
    expect(assess('Ophalen', 'We hebben je dochter opgehaald van school, ze is bij ons tot zes uur. Betaal de 5 euro voor de lunch maar morgen.').suspected).toBe(false);
  });
});

// The fake summons as newsrooms quote it: the authority, the accusation and a reply within 72
// hours to "this summons", whatever the language calls it ("innkallingen", "kutsele", "kutsuun").
describe('the fake summons in one paragraph, in every language', () => {
  it.each([
    ['en', 'Europol has opened a case against you for viewing child pornography. You have 72 hours to reply to this summons.'],
    ['fr', 'La Gendarmerie nationale a ouvert une procédure contre vous pour consultation de pédopornographie. Vous avez 72 heures pour répondre à cette convocation.'],
    ['es', 'La Policía Nacional ha abierto un expediente contra usted por pornografía infantil. Tiene 72 horas para responder a esta citación.'],
    ['it', 'La Polizia di Stato ha aperto un procedimento nei suoi confronti per pedopornografia. Ha 72 ore per rispondere a questa convocazione.'],
    ['de', 'Das Bundeskriminalamt hat ein Verfahren gegen Sie wegen Kinderpornografie eingeleitet. Sie haben 72 Stunden Zeit, auf diese Vorladung zu antworten.'],
    ['nl', 'De politie heeft een onderzoek tegen u geopend wegens kinderpornografie. U heeft 72 uur om op deze dagvaarding te reageren.'],
    ['da', 'Politiet har indledt en sag mod dig for børnepornografi. Du har 72 timer til at svare på denne indkaldelse.'],
    ['no', 'Politiet har åpnet en sak mot deg for barnepornografi. Du har 72 timer på å svare på denne innkallingen.'],
    ['sv', 'Polisen har inlett en utredning mot dig för barnpornografi. Du har 72 timmar på dig att svara på denna kallelse.'],
    ['fi', 'Poliisi on aloittanut sinua vastaan esitutkinnan lapsipornografiasta. Sinulla on 72 tuntia aikaa vastata tähän kutsuun.'],
    ['et', 'Politsei on algatanud teie suhtes menetluse lasteporno tõttu. Teil on 72 tundi aega sellele kutsele vastata.'],
    ['pl', 'Policja wszczęła przeciwko Panu postępowanie w sprawie pornografii dziecięcej. Ma Pan 72 godziny na odpowiedź na to wezwanie.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('police-impersonation');
  });
});
