/**
 * Catalogue entries for Finland, Sweden and Estonia. Facts and their sources are listed per
 * entry and in `docs/guidance-sources.md`; text is short and paraphrased, never copied.
 */
import { ALL_HOURS, type CatalogueEntry, type LocalizedText } from './entry';

const CHECKED = '2026-12-05';

/** For a line whose hours the sources do not agree on: say so rather than guess. */
const HOURS_ON_PAGE: LocalizedText = {
  en: 'limited hours, listed on the linked page',
  fi: 'rajoitetut ajat, katso linkin sivulta',
  sv: 'begränsade tider, se den länkade sidan',
};

export const NORDIC_ENTRIES: CatalogueEntry[] = [
  // ---------------------------------------------------------------- Finland
  {
    id: 'fi-police',
    country: 'FI',
    kind: 'police',
    title: {
      en: 'Police of Finland: report a crime online',
      fi: 'Poliisi: tee rikosilmoitus verkossa',
      sv: 'Polisen i Finland: gör en brottsanmälan på nätet',
    },
    summary: {
      en: 'The police e-service for an online crime report; sign in with your bank ID or mobile certificate.',
      fi: 'Poliisin asiointipalvelu sähköiseen rikosilmoitukseen; tunnistaudu pankkitunnuksilla tai mobiilivarmenteella.',
      sv: 'Polisens e-tjänst för en elektronisk brottsanmälan; identifiera dig med bankkoder eller mobilcertifikat.',
    },
    steps: {
      en: [
        "Don't pay and don't reply.",
        'Keep the email. Attach the email, or the file Vahti saved, to the report.',
        'Write down the sender and the time you received it.',
        'If the email is about Vastaamo, write the word "Vastaamo" in the report.',
        'Say to whom the email was addressed, what was demanded, and whether you paid.',
        "Don't call 112 about the email. Call 112 only if someone is in danger.",
      ],
      fi: [
        'Älä maksa äläkä vastaa.',
        'Säilytä viesti. Liitä ilmoitukseen viesti tai Vahdin tallentama tiedosto.',
        'Kirjaa lähettäjä ja vastaanottoaika.',
        'Jos viesti koskee Vastaamoa, kirjoita ilmoitukseen sana "Vastaamo".',
        'Kerro, kenelle viesti oli osoitettu, mitä vaadittiin ja maksoitko.',
        'Älä soita viestistä hätänumeroon 112. Soita 112 vain, jos joku on vaarassa.',
      ],
      sv: [
        'Betala inte och svara inte.',
        'Spara mejlet. Bifoga mejlet eller filen som Vahti sparade till anmälan.',
        'Anteckna avsändaren och när du fick mejlet.',
        'Om mejlet gäller Vastaamo, skriv ordet "Vastaamo" i anmälan.',
        'Berätta till vem mejlet var adresserat, vad som krävdes och om du betalade.',
        'Ring inte 112 om mejlet. Ring 112 bara om någon är i fara.',
      ],
    },
    // The e-service's own address: poliisi.fi sends crime reports there ("use the electronic
    // crime report", poliisi.fi/nettivinkki), not to the home page.
    pages: [{ lang: 'fi', url: 'https://asiointi.poliisi.fi/' }],
    phones: [],
    sources: [
      { url: 'https://poliisi.fi/nettivinkki', checked: CHECKED, note: 'Crime reports are made with the electronic crime report, not the tip form.' },
      { url: 'https://laki24.fi/sahkoinen-rikosilmoitus/', checked: CHECKED, note: 'Names asiointi.poliisi.fi as the police e-service; strong identification needed. Third-party page: confirm the address on poliisi.fi at each check.' },
    ],
  },
  {
    id: 'fi-data-leak-guide',
    country: 'FI',
    kind: 'advice',
    title: {
      en: 'Suomi.fi: my personal data has been stolen or leaked',
      fi: 'Suomi.fi: henkilötietoni on varastettu tai vuotanut',
      sv: 'Suomi.fi: mina personuppgifter har stulits eller läckt',
    },
    summary: {
      en: 'The public-service guide for people whose data was leaked or is used to threaten them, written after Vastaamo.',
      fi: 'Julkisen hallinnon opas niille, joiden tietoja on vuotanut tai joita uhataan tiedoilla. Laadittu Vastaamon jälkeen.',
      sv: 'Den offentliga förvaltningens guide för dem vars uppgifter har läckt eller används för hot, skriven efter Vastaamo.',
    },
    steps: {
      en: [
        'Take a breath – help is available. Continue any treatment you are in.',
        "Don't pay and don't contact the extortionist.",
        'Keep the message and report it to the police online.',
        'Consider bans: a free voluntary credit ban, a ban on registering a business in your name, address protection.',
        'Note what you do and when.',
      ],
      fi: [
        'Hengitä – apua on saatavilla. Jatka hoitoasi, jos olet hoidossa.',
        'Älä maksa äläkä ole yhteydessä kiristäjään.',
        'Säilytä viesti ja tee rikosilmoitus verkossa.',
        'Harkitse kieltoja: maksuton vapaaehtoinen luottokielto, rekisteröintikielto ja osoitetietojen suoja.',
        'Kirjaa, mitä teet ja milloin.',
      ],
      sv: [
        'Andas – det finns hjälp. Fortsätt en pågående behandling.',
        'Betala inte och kontakta inte utpressaren.',
        'Spara meddelandet och gör en polisanmälan på nätet.',
        'Överväg spärrar: en kostnadsfri frivillig kreditspärr, registreringsförbud och skydd av adressuppgifter.',
        'Anteckna vad du gör och när.',
      ],
    },
    // Only the English address of the guide is confirmed; the guide exists in Finnish and
    // Swedish too (DVV, 2021), and the UI says that this link opens in English.
    pages: [{ lang: 'en', url: 'https://www.suomi.fi/guides/data-leak' }],
    phones: [],
    sources: [
      { url: 'https://www.suomi.fi/guides/data-leak', checked: CHECKED, note: 'The guide: misuse, bans, reducing damage; asks whether someone threatens to release your data.' },
      { url: 'https://www.vero.fi/positiivinenluottotietorekisteri/tietoa-rekisterista/tietosuojakaytantomme/vapaaehtoisen-luottokiellon-tiedot/', checked: CHECKED, note: 'A voluntary credit ban in the Positive Credit Register is free.' },
    ],
  },
  {
    id: 'fi-riku',
    country: 'FI',
    kind: 'victim-support',
    title: {
      en: 'Victim Support Finland (RIKU)',
      fi: 'Rikosuhripäivystys (RIKU)',
      sv: 'Brottsofferjouren i Finland (RIKU)',
    },
    summary: {
      en: 'Free, confidential support for victims of crime, by phone or chat. You can call anonymously.',
      fi: 'Maksutonta ja luottamuksellista tukea rikoksen uhreille puhelimessa ja chatissa. Voit soittaa nimettömänä.',
      sv: 'Gratis och konfidentiellt stöd för brottsoffer, per telefon eller chatt. Du kan ringa anonymt.',
    },
    steps: {
      en: ['Report the crime.', 'Take screenshots of the threats.', 'Note what you do and when.', 'Call or chat if you want to talk.'],
      fi: ['Tee rikosilmoitus.', 'Ota uhkauksista kuvakaappaukset.', 'Kirjaa, mitä teet ja milloin.', 'Soita tai chattaa, jos haluat puhua.'],
      sv: ['Anmäl brottet.', 'Ta skärmbilder av hoten.', 'Anteckna vad du gör och när.', 'Ring eller chatta om du vill prata.'],
    },
    pages: [
      { lang: 'fi', url: 'https://www.riku.fi/tietomurto' },
      { lang: 'en', url: 'https://www.riku.fi/en/what-to-do-if-your-personal-data-has-been-leaked-online/' },
    ],
    phones: [
      {
        label: { en: 'Victim support line', fi: 'Auttava puhelin', sv: 'Stödtelefon' },
        number: '116 006',
        hours: {
          en: 'in Finnish Mon–Fri 9–20, in Swedish Mon–Fri 12–14',
          fi: 'suomeksi ma–pe 9–20, ruotsiksi ma–pe 12–14',
          sv: 'på finska mån–fre 9–20, på svenska mån–fre 12–14',
        },
      },
      {
        label: { en: 'Legal advice line', fi: 'Juristin puhelinneuvonta', sv: 'Juristrådgivning per telefon' },
        number: '0800 161 177',
        hours: { en: 'Mon–Thu 17–19', fi: 'ma–to 17–19', sv: 'mån–tors 17–19' },
      },
    ],
    sources: [
      { url: 'https://www.riku.fi/sv/brottsofferjourens-telefontjanst-far-nya-bredare-oppettider/', checked: CHECKED, note: '116 006 in Finnish Mon–Fri 9–20, in Swedish Mon–Fri 12–14 (RIKU, from 30 March 2020; the latest hours found).' },
      { url: 'http://nuoret.riku.fi/uudet-maksuttomat-puhelinnumerot-rikosten-uhreille/', checked: CHECKED, note: 'Legal advice 0800 161 177, Mon–Thu 17–19; both numbers free of charge.' },
    ],
  },
  {
    id: 'fi-mieli',
    country: 'FI',
    kind: 'crisis',
    title: {
      en: 'MIELI Mental Health Finland: crisis line',
      fi: 'MIELI ry: kriisipuhelin',
      sv: 'MIELI Psykisk Hälsa Finland: kristelefon',
    },
    summary: {
      en: 'You can talk to a crisis worker, anonymously. In a life-threatening situation, call 112.',
      fi: 'Voit puhua kriisityöntekijän kanssa nimettömänä. Hengenvaarassa soita 112.',
      sv: 'Du kan prata med en krisarbetare, anonymt. Vid livsfara, ring 112.',
    },
    steps: { en: [], fi: [], sv: [] },
    // The English page is confirmed; the Finnish and Swedish pages are reached from the site root.
    pages: [
      { lang: 'en', url: 'https://mieli.fi/helpline' },
      { lang: 'fi', url: 'https://mieli.fi/' },
    ],
    phones: [
      { label: { en: 'In Finnish', fi: 'Suomeksi', sv: 'På finska' }, number: '09 2525 0111', hours: ALL_HOURS },
      { label: { en: 'In Swedish', fi: 'Ruotsiksi', sv: 'På svenska' }, number: '09 2525 0112', hours: HOURS_ON_PAGE },
      // mieli.fi gives 0116 for English; mentalhealth.fi still says 0113: we follow mieli.fi.
      { label: { en: 'In English', fi: 'Englanniksi', sv: 'På engelska' }, number: '09 2525 0116', hours: HOURS_ON_PAGE },
    ],
    sources: [
      { url: 'https://mieli.fi/helpline', checked: CHECKED, note: 'English line 09 2525 0116 with limited opening hours; Finnish 0111 and Swedish 0112.' },
      { url: 'https://mentalhealth.fi/where-to-go-in-an-emergency', checked: CHECKED, note: 'Finnish line 24 hours a day; other languages at certain times (lists 0113 for English, which mieli.fi no longer does).' },
    ],
  },
  {
    id: 'fi-ncsc',
    country: 'FI',
    kind: 'cyber',
    title: {
      en: 'NCSC-FI (Kyberturvallisuuskeskus): identity theft and data leaks',
      fi: 'Kyberturvallisuuskeskus: identiteettivarkaus ja tietovuodot',
      sv: 'Cybersäkerhetscentret: identitetsstöld och dataläckor',
    },
    summary: {
      en: 'Questions and answers for victims of leaked data, written after the Vastaamo emails.',
      fi: 'Kysymyksiä ja vastauksia tietovuotojen uhreille, laadittu Vastaamon viestien jälkeen.',
      sv: 'Frågor och svar till offer för dataläckor, skrivna efter Vastaamo-mejlen.',
    },
    steps: {
      en: [
        'Tell your bank.',
        'Report to the police.',
        'Consider a voluntary credit ban: it is free in the Positive Credit Register (Tax Administration).',
        'Consider a ban on registering a business in your name (PRH) and address protection (Posti, DVV).',
      ],
      fi: [
        'Ilmoita pankillesi.',
        'Tee rikosilmoitus.',
        'Harkitse vapaaehtoista luottokieltoa: se on maksuton positiivisessa luottotietorekisterissä (Verohallinto).',
        'Harkitse rekisteröintikieltoa (PRH) ja osoitetietojen suojaa (Posti, DVV).',
      ],
      sv: [
        'Kontakta din bank.',
        'Gör en polisanmälan.',
        'Överväg en frivillig kreditspärr: den är kostnadsfri i det positiva kreditupplysningsregistret (Skatteförvaltningen).',
        'Överväg registreringsförbud (PRH) och skydd av adressuppgifter (Posti, DMS).',
      ],
    },
    // The Finnish-language Q&A page is not confirmed: Finnish readers get the site root.
    pages: [
      { lang: 'en', url: 'https://www.kyberturvallisuuskeskus.fi/en/news/questions-and-answers-victims-identity-theft-or-data-leaks' },
      { lang: 'sv', url: 'https://www.kyberturvallisuuskeskus.fi/sv/aktuellt/fragor-och-svar-till-offer-identitetsstold-eller-datalackage' },
      { lang: 'fi', url: 'https://www.kyberturvallisuuskeskus.fi/' },
    ],
    phones: [],
    sources: [
      { url: 'https://www.kyberturvallisuuskeskus.fi/en/news/questions-and-answers-victims-identity-theft-or-data-leaks', checked: CHECKED, note: 'Re-read: the NCSC-FI questions and answers for victims of the Vastaamo blackmail emails, kept up to date by the centre; the credit-ban step is updated from the Tax Administration page below.' },
      { url: 'https://www.vero.fi/positiivinenluottotietorekisteri/tietoa-rekisterista/sahkoisen-asiointipalvelun-kayttoohjeet/vapaaehtoinen-luottokielto/', checked: CHECKED, note: 'Voluntary credit ban in the Positive Credit Register; can be passed on to credit-information companies.' },
    ],
  },
  // ---------------------------------------------------------------- Sweden
  {
    id: 'se-police',
    country: 'SE',
    kind: 'police',
    title: { en: 'Swedish Police (Polisen)', fi: 'Ruotsin poliisi (Polisen)', sv: 'Polisen' },
    summary: {
      en: "Don't reply, don't follow the instructions and don't pay. Report it; non-urgent number 114 14.",
      fi: 'Älä vastaa, älä noudata ohjeita äläkä maksa. Tee ilmoitus; kiireettömät asiat 114 14.',
      sv: 'Svara inte, följ inte instruktionerna och betala inte. Anmäl det; icke-akuta ärenden 114 14.',
    },
    steps: {
      en: ["Don't reply and don't pay.", 'Keep the email.', 'Report it to the police, especially if you have paid.'],
      fi: ['Älä vastaa äläkä maksa.', 'Säilytä viesti.', 'Ilmoita poliisille, etenkin jos olet maksanut.'],
      sv: ['Svara inte och betala inte.', 'Spara mejlet.', 'Anmäl till polisen, särskilt om du har betalat.'],
    },
    // No public source confirms the exact polisen.se advice page: the site root.
    pages: [{ lang: 'sv', url: 'https://polisen.se/' }],
    phones: [{ label: { en: 'Police, non-urgent', fi: 'Poliisi, kiireetön', sv: 'Polisen, icke-akut' }, number: '114 14', hours: ALL_HOURS }],
    sources: [
      { url: 'https://polisen.se/', checked: CHECKED, note: 'Site root. No public source confirms the exact advice page, so the root is linked.' },
      { url: 'https://www.norrteljetidning.se/artikel/stockholms-lan/polisen-varnar-for-nya-bluffmail-utpressare-hotar-med-kidnappning-1', checked: CHECKED, note: 'Police (2019 kidnapping-threat mails): people called 114 14; do not answer or pay, make a police report, also if you paid.' },
    ],
  },
  {
    id: 'se-brottsofferjouren',
    country: 'SE',
    kind: 'victim-support',
    title: { en: 'Victim Support Sweden (Brottsofferjouren)', fi: 'Ruotsin rikosuhripäivystys (Brottsofferjouren)', sv: 'Brottsofferjouren' },
    summary: {
      en: 'Free support for victims of crime; you can stay anonymous and no police report is needed.',
      fi: 'Maksutonta tukea rikoksen uhreille; voit pysyä nimettömänä eikä rikosilmoitusta tarvita.',
      sv: 'Kostnadsfritt stöd för brottsutsatta; du kan vara anonym och ingen polisanmälan krävs.',
    },
    steps: { en: ['Call if you want to talk.'], fi: ['Soita, jos haluat puhua.'], sv: ['Ring om du vill prata.'] },
    pages: [{ lang: 'sv', url: 'https://www.brottsofferjouren.se/' }],
    phones: [
      {
        label: { en: 'Support line', fi: 'Tukipuhelin', sv: 'Stödlinjen' },
        number: '116 006',
        hours: { en: 'every day 9–19', fi: 'joka päivä 9–19', sv: 'alla dagar 9–19' },
      },
    ],
    sources: [
      { url: 'https://brottsofferjouren.se/om-oss/vanliga-fragor', checked: CHECKED, note: 'Brottsofferjouren Sverige runs the national support line 116 006.' },
      { url: 'https://www.brottsofferjouren.se/2020/09/15/brottsofferjourens-telefoncentral-far-helgoppet/', checked: CHECKED, note: 'Hours: every day 9–19 (announced 2020; the latest hours found, re-check first).' },
    ],
  },
  // ---------------------------------------------------------------- Estonia
  {
    id: 'ee-police',
    country: 'EE',
    kind: 'police',
    title: { en: 'Estonian police: report cybercrime online (cyber.politsei.ee)', et: 'Politsei: teata küberkuriteost veebis (cyber.politsei.ee)' },
    summary: {
      en: "The police's online service for reporting cybercrime and fraud. If someone is in danger, call 112.",
      et: 'Politsei veebiteenus küberkuritegudest ja pettustest teatamiseks. Kui keegi on ohus, helistage 112.',
    },
    steps: {
      en: ["Don't pay and don't reply.", 'Keep the email.', 'Report it to the police online.'],
      et: ['Ärge makske ega vastake.', 'Hoidke kiri alles.', 'Teatage sellest politseile veebis.'],
    },
    pages: [{ lang: 'et', url: 'https://cyber.politsei.ee/' }],
    phones: [],
    sources: [
      { url: 'https://www.itvaatlik.ee/en/common-scams', checked: CHECKED, note: 'The Information System Authority asks fraud victims to inform the police at cyber.politsei.ee and CERT-EE at cert@cert.ee.' },
      { url: 'https://abiksohvrile.just.ee/et/kuidas-teatada', checked: CHECKED, note: 'Ways to report a crime, including electronically; 112 when someone is in danger.' },
    ],
  },
  {
    id: 'ee-ohvriabi',
    country: 'EE',
    kind: 'victim-support',
    title: { en: 'Victim support crisis line (Ohvriabi)', et: 'Ohvriabi kriisitelefon' },
    summary: {
      en: 'Free crisis counselling for victims of crime, in Estonian, Russian and English; you can stay anonymous. Web chat at palunabi.ee.',
      et: 'Tasuta kriisinõustamine kuriteoohvritele eesti, vene ja inglise keeles; võite jääda anonüümseks. Veebivestlus: palunabi.ee.',
    },
    steps: { en: ['Call or chat if you want to talk.'], et: ['Helistage või kirjutage, kui soovite rääkida.'] },
    pages: [{ lang: 'et', url: 'https://www.palunabi.ee/' }],
    phones: [{ label: { en: 'Victim support crisis line', et: 'Ohvriabi kriisitelefon' }, number: '116 006', hours: ALL_HOURS }],
    sources: [
      { url: 'https://terviseinfo.ee/et/uudised/5177-ohvriabinumbril-helistades', checked: CHECKED, note: '116 006, free, 24/7, Estonian, Russian, English; web counselling at palunabi.ee.' },
    ],
  },
  {
    id: 'ee-itvaatlik',
    country: 'EE',
    kind: 'cyber',
    title: { en: 'CERT-EE (itvaatlik.ee): common scams', et: 'CERT-EE (itvaatlik.ee): levinud pettused' },
    summary: {
      en: 'Extortion emails are a known scam. Report to the police and to CERT-EE (cert@cert.ee).',
      et: 'Väljapressimiskirjad on tuntud pettus. Teatage politseile ja CERT-EE-le (cert@cert.ee).',
    },
    steps: {
      en: ['Report to the police.', 'Forward the email to CERT-EE at cert@cert.ee.', 'Change any password the email mentions if you still use it.'],
      et: ['Teatage politseile.', 'Edastage kiri CERT-EE-le aadressil cert@cert.ee.', 'Kui kirjas mainitud parool on teil veel kasutusel, vahetage see.'],
    },
    pages: [{ lang: 'en', url: 'https://www.itvaatlik.ee/en/common-scams' }],
    phones: [],
    sources: [{ url: 'https://www.itvaatlik.ee/en/common-scams', checked: CHECKED, note: 'Common scams including extortion; report to the police at cyber.politsei.ee and to cert@cert.ee.' }],
  },
];
