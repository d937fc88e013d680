/**
 * The price of not paying said with the reader's world as the receiver ("all your friends will
 * receive the video", the frame pay-or-receive), and the first-person promise to delete the video
 * as a recording held: sentences written here, one per language, from the shape of the
 * sextortion mails the tuned corpus holds. Each group has look-alikes that must stay unflagged.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

describe('pay-or-receive: not paying, and the reader\'s world receiving the material', () => {
  it.each([
    ['en', "If I don't receive the money, everyone in your contact list will see the video."],
    ['de', 'Wenn ich das Geld nicht bekomme, werden alle Ihre Freunde, Kollegen und Verwandten das Video sehen.'],
    ['nl', "Als ik het geld niet krijg, zien al je vrienden, collega's en familieleden de video."],
    ['fr', "Si je ne reçois pas l'argent, tous vos amis, collègues et proches recevront la vidéo."],
    ['es', 'Si no recibo el dinero, todos tus amigos, colegas y familiares recibirán el vídeo.'],
    ['it', 'Se non ricevo i soldi, tutti i tuoi amici, colleghi e parenti riceveranno il video.'],
    ['pl', 'Jeśli nie dostanę pieniędzy, wszyscy twoi znajomi, współpracownicy i krewni otrzymają ten film.'],
    ['fi', 'Jos en saa rahoja, kaikki ystäväsi, työkaverisi ja sukulaisesi saavat videon.'],
    ['sv', 'Om jag inte får pengarna kommer alla dina vänner, kollegor och släktingar att få videon.'],
    ['da', 'Hvis jeg ikke får pengene, vil alle dine venner, kolleger og slægtninge få videoen.'],
    ['no', 'Hvis jeg ikke får pengene, vil alle vennene dine, kollegene dine og slektningene dine få videoen.'],
    ['et', 'Kui ma raha ei saa, saavad kõik su sõbrad, kolleegid ja sugulased selle video.'],
  ])('%s: %s', (_language, sentence) => {
    expect(assess('', sentence).rule).toBe('pay-or-share');
  });

  it.each([
    // The sender saying the reader's world will not get it, or a plan that keeps working.
    "If you don't pay the balance by Friday, your family and friends will not receive the wedding video.",
    'If you do not renew your plan, all your contacts will still receive the video message you recorded.',
    'Wenn Sie nicht zahlen, können Ihre Freunde und Familie das Video leider nicht sehen.',
  ])('not: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });

  it('"si no recibo el dinero" is no receipt: Spanish "recibo" is commercial only as a noun', () => {
    expect(assess('', 'Si no recibo el dinero, todos tus amigos recibirán el video.').rule).toBe('pay-or-share');
    expect(assess('', 'Adjuntamos el recibo. Si no pagas la cuota, todos tus amigos recibirán el video del curso.').suspected).toBe(false);
  });
});

describe('the sender promising to delete the video is a recording held', () => {
  it.each([
    ['en', 'Send 1300 USD in bitcoin to my wallet. After the payment I will delete the video. You have 48 hours.'],
    ['de', 'Überweisen Sie 1300 USD in Bitcoin an meine Wallet. Nach Eingang der Zahlung lösche ich das Video. Sie haben 48 Stunden Zeit.'],
    ['nl', 'Maak 1300 dollar in bitcoin over naar mijn wallet. Zodra de betaling binnen is, verwijder ik de video. Je hebt 48 uur.'],
    ['fr', 'Transférez 1300 USD en bitcoin sur mon portefeuille. Dès réception du paiement, je supprimerai la vidéo. Vous avez 48 heures.'],
  ])('%s: %s', (_language, text) => {
    const r = assess('', text);
    expect(r.suspected).toBe(true);
    expect(r.findings.some((f) => f.signal === 'recording')).toBe(true);
  });

  it('a video editor who deletes the raw footage after payment asks for no coin and sets no clock', () => {
    expect(assess('', 'Thanks for the payment of 300 euros. I will delete the video files from my server next month.').suspected).toBe(false);
  });
});
