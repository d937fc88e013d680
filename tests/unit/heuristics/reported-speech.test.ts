/**
 * News and police texts that quote or retell an extortion mail: the quotation alone would fire a
 * rule, the narrative around it is a report (utils/core/heuristics/quotations.ts,
 * `narrativeAroundQuotes`). Each report is paired with the mail's own words, which must still
 * fire, so that the veto is shown to come from the framing and not from a missing cue.
 */
import { describe, expect, it } from 'vitest';
import { narrativeAroundQuotes } from '../../../utils/core/heuristics/quotations';
import { assessMessage as assess } from './prepared';

/** [language, the mail's quoted words, the report around them ({} marks the quotation)]. */
const QUOTED: readonly (readonly [string, string, string])[] = [
  [
    'nl',
    'Je hebt 48 uur om te betalen. Als ik het geld niet ontvang, worden de beelden naar je familie en collega\'s gestuurd. Stuur 500 euro in bitcoin.',
    'Een inwoner van Zwolle kreeg dinsdag een bericht waarin stond: "{}" De man nam contact op met de politie.',
  ],
  [
    'nl',
    'U wordt verdacht van het bezit van kinderpornografie. Reageer binnen 72 uur, anders wordt er een arrestatiebevel uitgevaardigd.',
    'De mail lijkt afkomstig van de politie in Den Haag. "{}" Het gaat om een mail die de politie zelf niet stuurt.',
  ],
  [
    'pl',
    'Jest Pani podejrzana o posiadanie materiałów pedofilskich. Ma Pani 48 godzin na odpowiedź, w przeciwnym razie zostanie wydany nakaz aresztowania.',
    'Mieszkanka Krakowa otrzymała w poniedziałek e-mail podszywający się pod policję. „{}” – brzmiała treść wiadomości.',
  ],
  [
    'de',
    'Gegen Sie wird wegen Kinderpornografie ermittelt. Antworten Sie innerhalb von 72 Stunden, sonst wird ein Haftbefehl erlassen.',
    'Eine Frau aus Köln bekam eine E-Mail, die angeblich vom Bundeskriminalamt stammte: „{}“ Die Mail ist nicht echt.',
  ],
  [
    'da',
    'Jeg har optaget dig med dit webcam, mens du så porno. Betal 800 euro i bitcoin inden for 48 timer, ellers sender jeg videoen til alle dine kontakter.',
    'En kvinde fra Odense fik i sidste uge en mail, hvor der stod: »{}« Hun kontaktede derefter sin bank og sit lokale politi.',
  ],
];

describe('a rule that fires only on quoted speech', () => {
  it.each(QUOTED)('%s: the mail\'s words alone fire a rule', (_language, mail) => {
    expect(assess('', mail).suspected).toBe(true);
  });

  it.each(QUOTED)('%s: the report that quotes them is vetoed as reported speech', (_language, mail, report) => {
    const r = assess('', report.replace('{}', mail));
    expect(r.suspected).toBe(false);
    expect(r.warningFraming).toBe(true);
    expect(r.counterSignals).toContainEqual({ signal: 'reporting', matched: 'only quoted speech fires a rule' });
  });

  it('a follow-up mail that quotes its own first threat and demands again is still the mail speaking', () => {
    const r = assess('', 'As I told you in my last email: "I have a video of you and all your contacts". You still have not paid. Pay 900 dollars in bitcoin within 24 hours, otherwise the video goes to all your contacts and your family.');
    expect(r.suspected).toBe(true);
  });

  it('a mail that quotes a password or a few words in passing is not a report', () => {
    expect(assess('', 'Your password is "Summer2019!" and I know what you did. I recorded you with your webcam while you were watching porn. Pay 900 dollars in bitcoin within 48 hours, otherwise the video goes to all your contacts.').suspected).toBe(true);
    expect(assess('', 'Ich habe dein Gerät gehackt und dich über die Webcam gefilmt. Du hast 48 Stunden. Zahle 1000 Euro in Bitcoin, sonst schicke ich das Video an alle deine Kontakte. „Ich weiß, was du getan hast“ – das solltest du ernst nehmen.').suspected).toBe(true);
  });

  it('apostrophes are not quotation marks', () => {
    const mail = 'I’m a hacker and I’ve had access to your device for months. I recorded you while you watched adult videos. Pay 1000 USD in bitcoin within 48 hours or I’ll send the video to all your contacts. Don’t go to the police.';
    expect(narrativeAroundQuotes(mail)).toBeUndefined();
    expect(assess('', mail).suspected).toBe(true);
  });
});

describe('narrativeAroundQuotes', () => {
  it('cuts passages in every pair of double marks and leaves a line break for each', () => {
    const text = 'Die Polizei in Köln warnt vor einer neuen Welle von Mails. „Ich habe dich gefilmt, zahle jetzt“, heißt es. Andere lesen: «Vous avez 48 heures pour payer la somme», ou »Betal nu eller jeg sender videoen«.';
    const out = narrativeAroundQuotes(text);
    expect(out).toBeDefined();
    expect(out).not.toContain('gefilmt');
    expect(out).not.toContain('48 heures');
    expect(out).not.toContain('videoen');
    expect(out).toContain('Die Polizei in Köln warnt');
    expect(out!.split('\n')).toHaveLength(4);
  });

  it('needs six quoted words and twelve words of narrative', () => {
    expect(narrativeAroundQuotes('He wrote: "pay or else, you have two days". Nothing more.')).toBeUndefined();
    expect(narrativeAroundQuotes('"Pay 500 euros in bitcoin within 48 hours or the video goes to your family."')).toBeUndefined();
    expect(narrativeAroundQuotes('A man from Zwolle received a message on Tuesday that said: "pay or else, you have two days". He went to the police.')).toBeDefined();
  });

  it('does not join passages across a blank line', () => {
    expect(narrativeAroundQuotes('He wrote "pay now or the video goes out to every one of your friends\n\nand family" and a lot more after that, over many lines of ordinary words.')).toBeUndefined();
  });
});
