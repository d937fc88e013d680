import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../utils/core/heuristics/cues';
import { foldForMatching } from '../../../utils/core/text/normalize';
import { freshBtcBech32, freshXmr } from '../../corpus/src/addresses';
import { assessMessage } from './prepared';
import { testHetu } from '../../corpus/src/extortion';

const assess = assessMessage;

const signals = (r: ReturnType<typeof assess>): string[] => [...new Set(r.findings.map((f) => f.signal))];
const ADDRESS = freshBtcBech32('unit-assess');
const HETU = testHetu('150385', '-', 917);

describe('assessHeuristics: rules that need no address in the text', () => {
  it.each([
    ['de', 'Ich habe dich über deine Webcam gefilmt. Zahle 0,1 BTC innerhalb von 48 Stunden, sonst sende ich das Video an alle deine Kontakte. Die Adresse ist im QR-Code.'],
    ['nl', 'Ik heb je gefilmd via je webcam. Betaal 0,1 btc binnen 48 uur, anders stuur ik de video naar al je contacten.'],
    ['fr', 'Je vous ai filmé avec votre webcam. Vous avez 48 heures pour payer 0,1 btc, sinon la vidéo sera envoyée à tous vos contacts.'],
    ['da', 'Jeg har filmet dig via dit webcam. Betal 0,1 btc inden for 48 timer, ellers sender jeg videoen til alle dine kontakter.'],
    ['no', 'Jeg har filmet deg med webkamera. Betal 0,1 btc innen 48 timer, ellers sender jeg videoen til alle kontaktene dine.'],
    ['es', 'Te grabé con tu cámara web. Paga 0,1 btc en 48 horas o enviaré el video a todos tus contactos.'],
    ['it', 'Ti ho registrato con la webcam. Paga 0,1 btc entro 48 ore, altrimenti invierò il video a tutti i tuoi contatti.'],
    ['pl', 'Nagrałem cię przez kamerkę. Zapłać 0,1 btc w ciągu 48 godzin, albo wyślę nagranie do wszystkich twoich kontaktów.'],
    ['et', 'Salvestasin sind veebikaamera kaudu. Maksa 0,1 btc 48 tunni jooksul, muidu saadan video kõigile sinu kontaktidele.'],
  ])('%s: a coin, a demand, a threat and a clock, with the address in a QR code', (_language, body) => {
    const r = assess('!', body);
    expect(r.suspected, JSON.stringify(r.nearMisses.slice(0, 2))).toBe(true);
    expect(r.rule).toBe('crypto-demand-threat-clock');
  });

  it('a bomb threat with a bitcoin demand and a deadline is a violence threat', () => {
    const r = assess('Bomb', 'My man placed a bomb in your building. It will explode unless you transfer $20,000 in bitcoin before the end of the day. You have 24 hours.');
    expect(r.suspected).toBe(true);
    expect(signals(r)).toContain('violence-threat');
  });

  it('kidnapping is its own reason', () => {
    const r = assess('!', 'We have your daughter. Send 2 btc within 24 hours or you will never see her again. Kidnapping is our business.');
    expect(r.suspected).toBe(true);
    expect(signals(r)).toContain('kidnapping-threat');
  });

  it('a threat of violence with a coin and the reader\'s home address, no sum quoted (Ledger customers)', () => {
    const body = 'We know your home address and that you hold crypto. Our people will break in and hurt your family.';
    const r = assess('!', body);
    expect(r.rule).toBe('violence-demand');
    // Without the coin, the same threat is not this rule's shape.
    expect(assess('!', body.replace('hold crypto', 'hold savings')).rule).not.toBe('violence-demand');
  });

  it('a price in a coin with a recording and a claimed hack, whatever the threat sentence says', () => {
    const body = 'I installed malware on your device and recorded you through your webcam. Price: 0.1 BTC. Two options for you.';
    const r = assess('!', body);
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('crypto-price-recording-hack');
    // A video-verification receipt has the price and the recording but claims no hack.
    expect(assess('!', 'Your webcam recording for identity verification was received. Fee: 0.001 BTC.').suspected).toBe(false);
  });

  it('a price in a named coin on a recording of the reader, with a clock, and the address elsewhere', () => {
    const r = assess('!', 'I have a video of you from your webcam. 1200 € in Bitcoin, 48 hours. The QR code is attached.');
    expect(r.rule).toBe('crypto-price-clock-recording');
    // No recording of the reader: an exchange's price alert with a clock is not this shape.
    expect(assess('!', 'Bitcoin is at 1200 € for the next 48 hours. The QR code is attached.').suspected).toBe(false);
  });

  it('a link to a reporting service is advice, like its address in the text', () => {
    const scam = 'I recorded you through your webcam. Pay 0.1 BTC within 48 hours or I will send the video to all your contacts.';
    const warning = `Do not pay. ${scam}`;
    expect(assess('!', warning).suspected).toBe(true);
    expect(assess('!', warning, ['https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/sextorsion']).suspected).toBe(false);
    expect(assess('!', `${warning} Report it at cybermalveillance.gouv.fr.`).suspected).toBe(false);
    // A look-alike host is not the service.
    expect(assess('!', warning, ['https://cybermalveillance-gouv.fr.example.com/']).suspected).toBe(true);
  });

  it('names the reader\'s full name when the mail quotes it, as initials, and decides nothing with it', () => {
    const body = `Maija Mäkelä, maksa 200 euroa bitcoineina osoitteeseen ${ADDRESS} 24 tunnin kuluessa, muuten julkaisemme terapiamuistiinpanosi.`;
    const named = assess('!', body, [], { recipients: ['maija@example.fi'], recipientNames: ['Maija Mäkelä'] });
    expect(named.findings).toContainEqual({ signal: 'recipient-name-quoted', matched: 'M… M…' });
    const unnamed = assess('!', body, [], { recipients: ['maija@example.fi'] });
    expect(unnamed.suspected).toBe(named.suspected);
    // A first name alone, or the name inside a longer word, is not the reader's name quoted.
    expect(signals(assess('!', body, [], { recipientNames: ['Maija'] }))).not.toContain('recipient-name-quoted');
    expect(signals(assess('!', body.replace('Maija Mäkelä', 'Maija Mäkeläinen'), [], { recipientNames: ['Maija Mäkelä'] }))).not.toContain('recipient-name-quoted');
  });

  it('an article quoting the mail in three passages reads as reporting in any language', () => {
    const scam = 'I installed malware on your device and recorded you through your webcam. Pay 0.1 BTC within 48 hours or I will send the video to all your contacts.';
    const article = `“I installed malware on your device,” it says. “Recorded you through your webcam,” it goes on. “Pay 0.1 BTC within 48 hours or I will send the video to all your contacts.” Such mail should be deleted.`;
    expect(assess('!', scam).suspected).toBe(true);
    const quoted = assess('!', article);
    expect(quoted.counterSignals.map((c) => c.matched)).toContain('3 quoted passages');
    // Two passages are not enough: an extortion mail may put a site's name or a phrase in quotes.
    const twice = assess('!', `“I installed malware on your device,” it says. ${scam}`);
    expect(twice.counterSignals.map((c) => c.matched)).not.toContain('3 quoted passages');
  });

  it('police impersonation: an authority in the sender\'s name and an accusation', () => {
    const body = 'Vous vous êtes rendu coupable de diffusion de supports pornographiques impliquant des mineurs. Répondez sous 72 heures.';
    const r = assess('CONVOCATION', body, [], { senderName: 'Gendarmerie Nationale' });
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('police-impersonation');
    expect(signals(r)).toContain('police-impersonation');
  });

  it('a fake summons whose accusation sits in the attachment: an authority as sender and a summons', () => {
    const body = 'Guten Tag, Sie haben eine offizielle Vorladung erhalten. Siehe Anhang.';
    const r = assess('Offizielle Vorladung', body, [], { senderName: 'Polizei NRW' });
    expect(r.rule).toBe('authority-summons');
    expect(signals(r)).toContain('police-impersonation');
    // The same words from a person's name are not an authority's summons.
    expect(assess('Offizielle Vorladung', body, [], { senderName: 'Max Mustermann' }).suspected).toBe(false);
    // A police bulletin about fake summons warns: two warning words keep this rule off.
    const bulletin = 'Warnung: Betrüger verschicken gefälschte Vorladung per E-Mail. Die Polizei rät: nicht antworten.';
    expect(assess('Warnung', bulletin, [], { senderName: 'Polizei NRW' }).rule).not.toBe('authority-summons');
  });

  it('a police bulletin describing the same fake convocation is not flagged', () => {
    const body = 'La gendarmerie met en garde : des escrocs envoient de fausses convocations accusant les destinataires de pédopornographie. Ne répondez pas et signalez ces courriels frauduleux.';
    expect(assess('Alerte', body, [], { senderName: 'Gendarmerie Nationale' }).suspected).toBe(false);
  });

  it('sent from the reader\'s own address, with a claimed hack and a threat', () => {
    const body = 'I have access to your account. I will send your video to all your contacts unless you pay.';
    const own = assess('Your account', body, [], { senderAddress: 'a@example.com', recipients: ['A@example.com'] });
    expect(own.rule).toBe('self-sent-threat');
    const other = assess('Your account', body, [], { senderAddress: 'b@example.com', recipients: ['a@example.com'] });
    expect(other.rule).not.toBe('self-sent-threat');
    expect(signals(other)).not.toContain('sent-from-own-address');
  });

  it('a coin named with a price in euros but no threat is no demand (a practice that takes bitcoin)', () => {
    const r = assess('News', 'You can now pay for sessions in bitcoin. Cancel 24 hours ahead, otherwise the fee of €90 applies.');
    expect(r.suspected).toBe(false);
  });
});

describe('assessHeuristics: each rule fires on its own evidence', () => {
  it('address + demand + exposure threat (sextortion)', () => {
    const r = assess('hello', `I recorded you. You have to pay $900 in bitcoin to ${ADDRESS} or I will send the video to all your contacts.`);
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('address-demand-threat');
    expect(signals(r)).toEqual(expect.arrayContaining(['payment-address', 'payment-demand', 'exposure-threat']));
  });

  it('identity code + crypto demand + deadline, without an address (Vastaamo, address in an image)', () => {
    const r = assess(`Maija Mäkelä ${HETU}`, 'Maksakaa 200 euroa bitcoineina 24 tunnin kuluessa, muuten julkaisemme tietonne. Osoite on kuvassa.');
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('identity-code-demand');
    expect(r.findings).toContainEqual({ signal: 'identity-code-with-demand', matched: '150385-****' });
  });

  it('Tor payment page + demand + deletion offer, with no address', () => {
    const r = assess('Your records', 'Install the Tor Browser and open our onion site. Pay $50 and your data will be deleted. Otherwise it will be sold on the dark web.');
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('tor-demand-threat');
    expect(signals(r)).toContain('tor-payment');
  });

  it('an .onion link counts as Tor instructions', () => {
    const onion = 'http://vx4ycxmjbk2fq7ztpw3iwrzmxjcthzmggnkyhybshfjzkrq5lvc4ynad.onion/pay';
    const r = assess('records', 'You can pay $50 here, or your data will be published.', [onion]);
    expect(r.suspected).toBe(true);
    expect(r.findings.find((f) => f.signal === 'tor-payment')?.matched).toMatch(/^…/);
  });

  it('tiered amounts and time spans + crypto + demand + threat + therapy context', () => {
    const r = assess('Asiakastiedot', 'Olette käyttänyt terapiapalveluita. Jos saamme 200 euron arvosta bitcoineja 24 tunnin kuluessa, tietonne poistetaan. Muuten 500 euroa 48 tunnin aikana, sitten julkaisemme ne.');
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('tiered-crypto-demand');
    expect(r.findings.find((f) => f.signal === 'tiered-deadline')?.matched).toBe('200 euron / 500 euroa; 24 tunnin / 48 tunnin');
  });

  it('an audience next to a recording is a threat; a deletion offer counts once personal data is named', () => {
    expect(assess('x', `I recorded a video of you. Send $500 to ${ADDRESS}, or it goes to your family and friends.`).suspected).toBe(true);
    expect(assess('x', `We hold your social security number. Send $50 to ${ADDRESS} and your data will be deleted.`).suspected).toBe(true);
  });

  it('address + demand + deadline + a consequence of not paying, in words no threat lexicon knows', () => {
    const r = assess('About your secret', `I have photos of you at the hotel. Pay $2,000 in bitcoin to ${ADDRESS} by Friday. If I don't see the money, I will have a chat with your neighbours.`);
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('address-demand-deadline-consequence');
    // The same without the consequence clause reads like a request for documents.
    expect(assess('x', `Send bitcoin to ${ADDRESS} within 7 days and upload a proof of home address.`).suspected).toBe(false);
    // And with one, in a bitcoin invoice, it is billing.
    expect(assess('Invoice 17', `Please pay the invoice in bitcoin to ${ADDRESS} within 14 days, otherwise a late fee of $20 applies.`).suspected).toBe(false);
  });

  it('a price and a clock on a recording of the reader, with no demand or threat words', () => {
    const r = assess('Video', `Minulla on video sinusta. 400€ BTC: ${ADDRESS} 48h tai se lähtee kavereillesi.`);
    expect(r.suspected).toBe(true);
    expect(r.rule).toBe('address-price-clock-held');
    // A practice that takes bitcoin for therapy names therapy, but nothing held over the reader.
    expect(assess('News', `You can now pay for therapy in bitcoin: ${ADDRESS}. Cancel 24 hours ahead, otherwise the $90 session fee applies.`).suspected).toBe(false);
  });

  it('violence threat with a Monero address (Swedish)', () => {
    const r = assess('Sista varning', `Betala 500 euro i Monero till ${freshXmr('unit-assess')} inom 72 timmar, annars kommer vi att bränna ert kontor. Kontakta inte polisen.`);
    expect(r.suspected).toBe(true);
    expect(signals(r)).toEqual(expect.arrayContaining(['violence-threat', 'no-police', 'deadline']));
  });
});

describe('assessHeuristics: single cues and honest mail are not suspected', () => {
  it.each([
    ['an address alone', `My address is ${ADDRESS}.`],
    ['an address with an amount and a deadline (exchange receipt)', `Your withdrawal of 0.015 BTC to ${ADDRESS} will be confirmed within 24 hours.`],
    ['a donation address in a newsletter that "publishes"', `Bitcoin rose 6% within 24 hours to $70,000, then $68,000 within 48 hours. We publish this newsletter for free; donations: ${ADDRESS}`],
    ['threat words in a friendly mail, without any payment', 'Your wedding film is ready! I will send the video to all your contacts on the guest list once you approve it. Thank you for having us.'],
    ['an invoice with an identity code (no crypto)', `Asiakas ${HETU}. Maksa 152,00 € 20.11.2026 mennessä tilille FI21 1234 5600 0007 85.`],
    ['an identity code in a notice', `Hei (${HETU}), tuki maksetaan tilillesi 20.1.2026 mennessä.`],
    ['an audience without a recording (exchange safety tip)', `Send bitcoin to ${ADDRESS}. Never share your password with your friends or family.`],
    ['"will publish" with nothing held over the reader (newsletter)', `We will publish the audit next week. You can pay the $30 fee in bitcoin to ${ADDRESS}.`],
    ['an identity code, a deposit address and a deadline but no demand (exchange identity check)', `Hei (${HETU}), voit nyt ostaa bitcoinia. Talletusosoitteesi: ${ADDRESS}. Talletus näkyy 24 tunnin kuluessa.`],
    ['a deletion with nothing personal held (payment processor)', `Please send exactly 0.001 BTC to the address below: ${ADDRESS}. Order details will be deleted from our servers after 30 days.`],
  ])('%s', (_name, body) => {
    expect(assess('subject', body).suspected).toBe(false);
  });
});

describe('assessHeuristics: warnings about scams are not scams', () => {
  it('a bulletin quoting a full scam, address included, is vetoed by advice + third-person framing', () => {
    const r = assess('Scam alert', `The scammers write: "You have to pay $900 to ${ADDRESS} or I will send the video to all your contacts." Do not pay. Report it to the police.`);
    expect(r.suspected).toBe(false);
    expect(r.rule).toBeUndefined();
    expect(r.counterSignals.map((c) => c.signal)).toEqual(expect.arrayContaining(['advice', 'reporting']));
  });

  it('the same scam without the framing is suspected (the veto is what made the difference)', () => {
    const r = assess('hi', `You have to pay $900 to ${ADDRESS} or I will send the video to all your contacts.`);
    expect(r.suspected).toBe(true);
  });

  it('negated advice inside a scam does not count as advice: "if you don\'t pay", "don\'t contact the police"', () => {
    const r = assess('hi', `If you don't pay $900 to ${ADDRESS}, I will send the video to all your contacts. Don't contact the police. It is no use to change your password.`);
    expect(r.counterSignals.filter((c) => c.signal === 'advice')).toEqual([]);
    expect(r.suspected).toBe(true);
  });

  it('Finnish: "älä ota yhteyttä poliisiin" in a scam is not advice, "älä maksa" in a bulletin is', () => {
    const scam = assess('x', `Maksa 500 euroa osoitteeseen ${ADDRESS}, muuten julkaisemme videon. Älä ota yhteyttä poliisiin.`);
    expect(scam.suspected).toBe(true);
    const bulletin = assess('Poliisi varoittaa', `Kiristäjä vaatii: "Maksa 500 euroa osoitteeseen ${ADDRESS}, muuten julkaisemme videon." Älä maksa. Tee rikosilmoitus.`);
    expect(bulletin.suspected).toBe(false);
  });

  it.each([
    ['no', 'Ikke kontakt politiet.', 'Kontakt politiet.'],
    ['nl', 'Meld het geen seconde bij de politie.', 'Meld het bij de politie.'],
    ['de', 'Wenden Sie sich keine Sekunde an die Polizei.', 'Wenden Sie sich an die Polizei.'],
  ])('%s: negated advice in a scam is not advice, the plain advice is', (_language, negated, plain) => {
    const adviceOf = (text: string) => findCues(foldForMatching(text)).get('advice') ?? [];
    expect(adviceOf(plain).length, plain).toBeGreaterThan(0);
    expect(adviceOf(negated), negated).toEqual([]);
  });

  it.each([
    ['fr', 'La gendarmerie rappelle les faits et invite à porter plainte.'],
    ['es', 'Se recomienda denunciar ante la policía.'],
    ['it', 'Non pagate e sporgete denuncia.'],
  ])('%s: a negator that is another language\'s everyday word counts only right before the advice', (_language, text) => {
    expect(findCues(foldForMatching(text)).get('advice')?.length ?? 0, text).toBeGreaterThan(0);
  });

  it('the same words right before the advice still negate it ("non sporgere denuncia")', () => {
    expect(findCues(foldForMatching('Il criminale scrive: non sporgere denuncia.')).get('advice') ?? []).toEqual([]);
  });

  it('an identity code together with a payment address overrides the veto', () => {
    const r = assess(`Maija ${HETU}`, `Maksa 200 euroa bitcoineina osoitteeseen ${ADDRESS} 24 tunnin kuluessa, muuten julkaisemme tietonne. Älä maksa muille. Ilmoita poliisille jos haluat.`);
    expect(r.counterSignals.length).toBeGreaterThan(0);
    expect(r.suspected).toBe(true);
  });
});

describe('assessHeuristics: obfuscation and output hygiene', () => {
  it('Cyrillic look-alikes and zero-width characters do not hide the cues', () => {
    const r = assess('x', `Тrаnsfer $900 in Вitсоin to ${ADDRESS.split('').join('\u200b')}. I will sеnd the vidеo to аll your contаcts.`);
    expect(r.suspected).toBe(true);
  });

  it('digits that stand for letters do not hide the cues, and amounts keep their digits', () => {
    const leet = assess('x', `I h4ck3d your d3vice and rec0rded y0u watching p0rn thr0ugh your w3bc4m. Pay 900 $ in b1tc01n to ${ADDRESS} within 48 hours or I s3nd the vide0 to all your c0ntacts.`);
    expect(leet.suspected).toBe(true);
    expect(leet.findings).toContainEqual({ signal: 'amount', matched: '900 $' });
    const plain = assess('x', 'I hacked your device and recorded you watching porn through your webcam. I send the video to all your contacts.');
    const disguised = assess('x', 'I h4ck3d your d3vice and rec0rded y0u watching p0rn thr0ugh your w3bc4m. I s3nd the vide0 to all your c0ntacts.');
    expect(disguised.suspected).toBe(plain.suspected);
    expect(disguised.rule).toBe(plain.rule);
  });

  it('a password written with digits for letters still reads as a quoted password', () => {
    expect(signals(assess('!', 'Your password is p4ssw0rd. I know everything about you.'))).toContain('password-quoted');
  });

  it('never returns a full address or identity code', () => {
    const r = assess(`Maija ${HETU}`, `Maksa 200 euroa bitcoineina osoitteeseen ${ADDRESS}, muuten julkaisemme tietonne.`);
    const all = JSON.stringify(r);
    expect(all).not.toContain(ADDRESS);
    expect(all).not.toContain(HETU);
  });

  it('shows lexicon stems with an ellipsis, not the matcher\'s asterisk', () => {
    const r = assess('x', `Olette käyttänyt psykoterapiapalveluita. Maksakaa 200 euroa bitcoineina osoitteeseen ${ADDRESS}, muuten julkaisemme tietonne.`);
    expect(r.findings.some((f) => f.matched.includes('*'))).toBe(false);
    expect(r.findings).toContainEqual({ signal: 'therapy-context', matched: 'psykoterap…' });
  });

  it('caps findings per signal', () => {
    const many = Array.from({ length: 10 }, (_, i) => freshBtcBech32(`cap-${i}`)).join(' ');
    const r = assess('x', `Pay $100 to one of ${many} or I will publish your photos.`);
    expect(r.findings.filter((f) => f.signal === 'payment-address')).toHaveLength(3);
  });
});

describe('assessHeuristics: properties', () => {
  const pieces = [
    'pay', 'send', '$500', '200 €', 'within 24 hours', '48 tunnin kuluessa', 'inom 48 timmar', 'bitcoin',
    'bitсоin', 'video', 'all your contacts', 'julkaisemme', 'poistetaan pysyvästi', "don't pay", 'älä maksa',
    'the scammers', 'tor browser', '.onion', HETU, ADDRESS, freshXmr('prop'), '\u200b', '\n', ' ', 'x', '1',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(' '));

  it('never throws, keeps findings bounded and never returns a full address or identity code', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const r = assess(subject, body);
        expect(r.findings.length).toBeLessThanOrEqual(60);
        for (const f of [...r.findings, ...r.counterSignals]) {
          expect(f.matched.length).toBeLessThanOrEqual(200);
          expect(f.matched).not.toContain(ADDRESS);
          expect(f.matched).not.toContain(HETU);
        }
        expect(r.suspected).toBe(r.rule !== undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assessHeuristics: a quoted password', () => {
  it('counts as claimed access and is never shown', () => {
    const r = assess('!', 'Jeg kender din kode: hund1234. Jeg ved alt om dig.');
    expect(signals(r)).toContain('password-quoted');
    expect(JSON.stringify(r.findings)).not.toContain('hund1234');
  });

  it('is not found in a password reset that names no password, nor in a word without digits', () => {
    expect(signals(assess('Reset', 'Your password was changed. If this was not you, reset it at https://example.com/reset1.'))).not.toContain('password-quoted');
    expect(signals(assess('!', 'Your password is secret.'))).not.toContain('password-quoted');
  });
});
