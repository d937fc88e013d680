/**
 * Extortion of a business and the affair letter (rules 24 and 25), and threats against premises:
 * the kinds untuned round 4 held and no rule read until it joined the tuned batch
 * (tests/corpus/real/README-round-4.md). The sentences are written here, one per language; each
 * group has look-alikes that must stay unflagged, so a rule that fires on anything fails.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

describe('business-extortion: a threat against a business, worded as one (rule 24)', () => {
  it.each([
    ['en', 'We have hacked your website and downloaded your customer list. We will destroy your reputation unless you pay.'],
    ['en', 'Pay 0.2 bitcoin or we will destroy your reputation with thousands of negative reviews.'],
    ['en', 'Your domain will be blocked forever, and you will receive tens of thousands of negative feedback from angry people.'],
    ['de', 'Zahlen Sie 0,1 Bitcoin, sonst werden wir den Angriff starten und Ihre Website lahmlegen.'],
    ['nl', 'Betaal 0,1 bitcoin, anders starten wij de aanval en gaat uw website offline.'],
    ['fr', 'Payez 0,1 bitcoin, sinon nous lancerons l\'attaque DDoS contre votre site.'],
    ['es', 'Hemos hackeado su sitio web. Vamos a destruir su reputación si no paga.'],
    ['it', 'Pagate 0,1 bitcoin, altrimenti inizieremo l\'attacco contro il vostro sito.'],
    ['pl', 'Zhakowaliśmy twoją stronę. Zniszczymy twoją reputację, jeśli nie zapłacisz.'],
    ['fi', 'Maksakaa 0,1 bitcoinia tai aloitamme hyökkäyksen ja kaadamme sivustonne.'],
    ['sv', 'Betala 0,1 bitcoin annars startar vi attacken mot er webbplats.'],
    ['da', 'Vi har hacket jeres hjemmeside. Vi vil ødelægge jeres omdømme, hvis I ikke betaler.'],
    ['no', 'Betal 0,1 bitcoin, ellers starter vi angrepet mot nettsiden deres.'],
    ['et', 'Oleme teie veebilehe häkkinud. Hävitame teie maine, kui te ei maksa.'],
  ])('%s: %s', (_language, sentence) => {
    const r = assess('', sentence);
    expect(r.rule).toBe('business-extortion');
    expect(r.findings.some((f) => f.signal === 'business-threat')).toBe(true);
  });

  it.each([
    // A vendor names the harm as what an attack can do, not as what it will do.
    'A DDoS attack can take your site down and damage your reputation. Our protection starts at $20 a month.',
    'Ein DDoS-Angriff kann Ihre Website lahmlegen. Unser Schutz kostet 20 Euro im Monat.',
    'Une attaque DDoS peut rendre votre site inaccessible. Notre protection coûte 20 euros par mois.',
    // A marketplace that takes bitcoin and gives advice about reviews.
    'Pay 0.01 BTC to publish your ad. Bad reviews can destroy your business, so answer every customer.',
    "Don't let fake negative reviews ruin your business. Our reputation service costs 0.01 BTC.",
    'You received 3 new negative reviews about your restaurant. Reply to them to protect your reputation.',
    'Your hosting account will be suspended on 12 May unless the invoice is paid. Pay $12 by card.',
    'Unfortunately an unauthorised party may have taken data; it may be published on the dark web. We did not pay the ransom.',
  ])('not: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });

  it('a police bulletin that quotes the threat is vetoed by its framing', () => {
    const r = assess('Warning', 'Police warn shop owners: the scammers write "pay 0.1 bitcoin or we will start the attack". Do not pay and report it to the police.');
    expect(r.suspected).toBe(false);
    expect(r.warningFraming).toBe(true);
  });
});

describe('secret-for-money: the affair letter (rule 25)', () => {
  it.each([
    ['en', 'I know you cheated on your wife. Send $2,000 in bitcoin and nobody will know.'],
    ['en', 'I know about the secret you are keeping from your wife. I have evidence of what you have been hiding.'],
    ['de', 'Ich weiß, dass Sie Ihre Frau betrügen. Senden Sie 2000 Euro in Bitcoin.'],
    ['nl', 'Ik weet dat u uw vrouw bedriegt. Stuur 2000 euro in bitcoin.'],
    ['fr', 'Je sais que vous trompez votre femme. Envoyez 2000 euros en bitcoin.'],
    ['es', 'Sé que engaña a su esposa. Envíe 2000 euros en bitcoin.'],
    ['it', 'So che tradisci tua moglie. Invia 2000 euro in bitcoin.'],
    ['pl', 'Wiem, że zdradzasz żonę. Wyślij 2000 euro w bitcoinach.'],
    ['fi', 'Tiedän, että petät vaimoasi. Lähetä 2000 euroa bitcoineina.'],
    ['sv', 'Jag vet att du är otrogen mot din fru. Skicka 2000 euro i bitcoin.'],
    ['da', 'Jeg ved, at du er utro mod din kone. Send 2000 euro i bitcoin.'],
    ['no', 'Jeg vet at du er utro mot kona di. Send 2000 euro i bitcoin.'],
    ['et', 'Ma tean, et sa petad oma naist. Saada 2000 eurot bitcoinis.'],
  ])('%s: %s', (_language, sentence) => {
    const r = assess('', sentence);
    expect(r.rule).toBe('secret-for-money');
    expect(r.findings.some((f) => f.signal === 'secret-claim')).toBe(true);
  });

  it.each([
    // A detective's report is about the client's spouse; a counsellor asks for no coin.
    "Our investigation found evidence of your husband's affair. The final report and invoice of $900 are attached.",
    'In couples therapy we talk about what happens after you cheated on your partner. A session costs 90 euros.',
    'Pariterapiassa puhumme siitä, mitä tapahtuu, kun petät puolisoasi. Käynti maksaa 90 euroa.',
    // One claim and one word of money, without a coin, is gossip.
    "Someone told me you cheated on your wife? Send me the gossip over a beer, I'll pay.",
    // A thank-you note that takes bitcoin donations.
    'We know what you did for the food bank this year. Thank you! Donations of 0.01 BTC are welcome.',
  ])('not: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });

  it.each([
    ['en', 'Our silence costs 0.03 BTC. You have until Sunday, or the whole town will know.'],
    ['de', 'Unser Schweigen kostet 0,03 BTC. Sie haben Zeit bis Sonntag.'],
    ['fr', 'Notre silence coûte 0,03 BTC. Vous avez jusqu\'à dimanche.'],
    ['sv', 'Vår tystnad kostar 0,03 BTC. Du har till söndag på dig.'],
  ])('%s: the price of silence, %s', (_language, sentence) => {
    expect(assess('', sentence).rule).toBe('secret-for-money');
  });
});

describe('threats against shops and premises (violence-demand)', () => {
  it.each([
    ['en', 'If we do not receive the amount of 50k within 5 days, we will throw a grenade at your front door.'],
    ['de', 'Wenn wir den Betrag nicht innerhalb von 5 Tagen erhalten, werfen wir eine Granate an Ihre Haustür.'],
    ['nl', 'Als wij het bedrag niet binnen 5 dagen ontvangen, zetten we een granaat aan uw voordeur.'],
    ['fr', 'Si nous ne recevons pas le montant sous 5 jours, nous allons mettre le feu à votre commerce.'],
    ['es', 'Si no recibimos el importe en 5 días, vamos a prender fuego a su negocio.'],
    ['it', "Se non riceviamo l'importo entro 5 giorni, daremo fuoco al vostro negozio."],
    ['pl', 'Jeśli nie otrzymamy kwoty w ciągu 5 dni, podpalimy twój lokal.'],
    ['fi', 'Jos emme saa summaa 5 päivän kuluessa, poltamme liikkeenne.'],
    ['sv', 'Om vi inte får beloppet inom 5 dagar kommer vi att tända eld på er butik.'],
    ['da', 'Hvis vi ikke modtager beløbet inden for 5 dage, vil vi sætte ild til jeres butik.'],
    ['no', 'Hvis vi ikke mottar beløpet innen 5 dager, vil vi tenne på butikken deres.'],
  ])('%s: %s', (_language, sentence) => {
    expect(assess('', sentence).rule).toBe('violence-demand');
  });

  it.each([
    'We know when you leave the house: the heating turns down by itself. Pay 2 euros a month for the app.',
    'Wir wissen, wann Sie das Haus verlassen: die Heizung regelt sich selbst. Zahlen Sie 2 Euro im Monat.',
  ])('a thermostat that knows when you leave threatens nothing: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });
});
