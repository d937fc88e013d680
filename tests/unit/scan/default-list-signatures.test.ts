import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadListSources } from '../../../scripts/lib/list-sources';
import { buildMatchIndex, type MatchIndex } from '../../../utils/core/engine/index';
import { classify } from '../../../utils/core/engine/classify';

// The default list's content signatures against messages in the attacker's voice (must match
// their campaign) and against news, police warnings and ordinary mail about the same cases
// (must not match any signature). Heuristic reasons are not this file's concern.

let index: MatchIndex;
beforeAll(async () => {
  const r = await loadListSources(path.resolve('scripts/list-sources/default'));
  if (!('list' in r)) throw new Error('default list sources do not load');
  index = buildMatchIndex([r.list]);
}, 60_000);

const signatureCampaigns = (subject: string, bodyText: string): string[] =>
  classify(index, { senderAddress: 'x@example.net', senderName: '', replyTo: [], subject, bodyText, links: [] })
    .reasons.filter((r) => r.rule === 'content-signature')
    .map((r) => r.campaignId!);

const EXTORTION: [string, string, string][] = [
  [
    'vastaamo-2020',
    'Matti Meikäläinen 131052-308T',
    'Hyvä vastaanottaja, olette käyttäneet Vastaamon terapia- ja psykiatripalveluita. Yrityksen johto ei suostunut ottamaan vastuuta virheistään, joten joudumme ikävä kyllä pyytämään Teitä maksamaan pitääksenne henkilötietonne turvassa. Jos saamme 200 euroa bitcoineina 24 tunnin kuluessa, tietonne poistetaan palvelimiltamme pysyvästi.',
  ],
  [
    'vastaamo-2020',
    'Your data',
    "We are contacting you because you have used Vastaamo's therapy and/or psychiatric services. If we receive €200 worth of Bitcoin within 24 hours, your information will be permanently deleted from our servers. Send it to this address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT. Otherwise we will publish your name, address and your records.",
  ],
  [
    'sextortion-2018-2019',
    'Security alert',
    'I know your password. I installed my malware on the adult website you visited and recorded you through your webcam. I made a video of you. Send $1900 in Bitcoin within 48 hours or I will send the video to all your contacts.',
  ],
  [
    'fred-hutch-2023',
    '[FREDHUTCH] DOE JOHN Your private data and medical history is being sold on dark net markets',
    'We have your medical records and your personal information. If you pay $50 in bitcoin we will remove your data. If you do not pay we can send a SWAT team to your home.',
  ],
  [
    'integris-2023',
    'Your Integris Health data',
    'We have your social security number, date of birth and insurer. Install the Tor Browser and visit our onion site. If you pay $50 in bitcoin before January 5 we will delete your data; otherwise it will be sold. You can also view it for $3.',
  ],
  [
    'sweden-kidnapping-2019',
    'Viktigt',
    'Vi vet var du bor och vi följer din familj. Om du inte betalar 1900 kronor i bitcoin inom 48 timmar kommer vi att kidnappa dig. Kontakta inte polisen.',
  ],
  [
    'finland-sextortion-2022',
    'Viimeinen varoitus! Kaikki tietosi on kopioitu. Kirjautuminen onnistui.',
    'Olen hakkeroinut laitteesi ja tallensin videon sinusta. Maksa 800 euroa bitcoineina, muuten lähetän videon kaikille yhteystiedoillesi.',
  ],
  [
    'finland-monero-2025',
    'Maksumuistutus',
    'Teidän yrityksenne maksaa meille 750 euroa Moneroina tähän osoitteeseen. Jos maksatte myöhässä, sytytämme toimitilanne tuleen. Tämä on maksumuistutus.',
  ],
  [
    'grozio-chirurgija-2017',
    'Your photos',
    'We are Tsar Team. We have your photos and your passport scan from Grožio Chirurgija. If you pay 500 euros in bitcoin we will delete them, otherwise you can find them online.',
  ],
];

const BENIGN: [string, string, string][] = [
  [
    'news about Vastaamo quoting the email',
    'Vastaamon uhreille kiristysviestejä',
    'Vastaamon asiakkaat ovat saaneet kiristysviestejä. Viestissä kiristäjä kirjoittaa: "joudumme ikävä kyllä pyytämään Teitä maksamaan pitääksenne henkilötietonne turvassa". Uhreja vaadittiin maksamaan 200 euroa bitcoineina 24 tunnin kuluessa, muuten tiedot julkaistaan. Poliisi kehottaa olemaan maksamatta.',
  ],
  [
    'English news about Vastaamo',
    'Hacker demands bitcoin from therapy patients',
    "Patients of Vastaamo received emails demanding €200 worth of Bitcoin within 24 hours. The message said their information would be permanently deleted from the hacker's servers. Police urged victims not to send money.",
  ],
  [
    'police warning about sextortion',
    'Varning: bluffmejl',
    'Police warn about emails claiming the sender recorded you through your webcam while you visited adult websites. The scammers demand bitcoin and threaten to send a video to your contacts. Do not pay; the password comes from an old breach.',
  ],
  [
    'Swedish police on the kidnapping emails',
    'Polisen varnar för nya bluffmail',
    'Tusentals svenskar har fått mejl där utpressare hotar med kidnappning om mottagaren inte betalar 1900 kronor i bitcoin. I mejlet står att man inte ska kontakta polisen. Polisen uppmanar alla att inte betala och att göra en anmälan.',
  ],
  [
    'NCSC-FI on the 2022 spam',
    'Huijausviesti: Viimeinen varoitus! Kaikki tietosi on kopioitu.',
    'Liikkeellä on huijausviesti, jonka otsikko on "Viimeinen varoitus! Kaikki tietosi on kopioitu. Kirjautuminen onnistui." Viestissä vaaditaan bitcoineja. Älä maksa, vaan ilmoita bitcoin-osoite.',
  ],
  [
    'police on the Monero threats',
    'Poliisi varoittaa kiristysviesteistä',
    'Itä-Suomen poliisi varoittaa yrityksiä kiristysviesteistä, joissa vaaditaan 500 tai 750 euroa Moneroina ja uhataan tuhopoltolla. Jos yrityksesi saa tällaisen viestin, älä maksa vaan tee rikosilmoitus.',
  ],
  [
    'Fred Hutch patient notice',
    'Notice to Fred Hutch patients',
    'Some patients have received emails saying their data is being sold on dark net markets and asking for $50. Do not pay. Report the email to the FBI at ic3.gov and delete it.',
  ],
  ['therapy reminder', 'Muistutus ajastanne', 'Hei, muistutamme terapia-ajastanne torstaina klo 14. Peruutukset 24 tunnin kuluessa.'],
  ['exchange receipt', 'Your Bitcoin purchase', 'You bought 0.002 BTC for €200. The bitcoin will arrive in your wallet within 24 hours.'],
];

describe('default list content signatures', () => {
  it.each(EXTORTION)('match a %s message', (campaign, subject, body) => {
    expect(signatureCampaigns(subject, body)).toContain(campaign);
  });

  it.each(BENIGN)('do not match %s', (_name, subject, body) => {
    expect(signatureCampaigns(subject, body)).toEqual([]);
  });
});
