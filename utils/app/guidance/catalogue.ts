/**
 * The catalogue of official guidance, compiled into the extension. Lists refer to entries by
 * id only; no URL, phone number or advice text ever comes from a list, a setting or a page.
 *
 * Sources: `shared/docs/extortion-facts.md` §5. Where the exact page is not confirmed (§7), the
 * entry links the official site's root instead of a guessed path, and says so in a comment:
 * a root page that exists is better for a frightened person than a deep link that may 404.
 * Text is short and paraphrased; Finnish and Swedish are given where the service serves Finland
 * or Sweden, otherwise English is the fallback.
 */
import type { Country, GuidanceKind } from './types';

export interface LocalizedText {
  en: string;
  fi?: string;
  sv?: string;
}
export interface LocalizedSteps {
  en: string[];
  fi?: string[];
  sv?: string[];
}

export interface CatalogueEntry {
  id: string;
  country: Country;
  kind: GuidanceKind;
  title: LocalizedText;
  summary: LocalizedText;
  steps: LocalizedSteps;
  /** Pages by the language they are written in; the UI picks its own language, then English, then the first. */
  pages: { lang: string; url: string }[];
  phones: { label: LocalizedText; number: string }[];
}

const CATALOGUE_ENTRIES: CatalogueEntry[] = [
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
      en: 'Make an online crime report; sign in with your bank ID or mobile certificate.',
      fi: 'Tee sähköinen rikosilmoitus; tunnistaudu pankkitunnuksilla tai mobiilivarmenteella.',
      sv: 'Gör en elektronisk brottsanmälan; identifiera dig med bankkoder eller mobilcertifikat.',
    },
    steps: {
      en: [
        "Don't pay and don't reply.",
        'Keep the email: attach it to the report, or the file Vahti saves.',
        'Write down the sender and the time you received it.',
        'If the email is about Vastaamo, write the word "Vastaamo" in the report.',
        'Say to whom the email was addressed, what was demanded, and whether you paid.',
        "Don't call 112 about the email. Call 112 only if someone is in danger.",
      ],
      fi: [
        'Älä maksa äläkä vastaa.',
        'Säilytä viesti: liitä se ilmoitukseen, tai Vahdin tallentama tiedosto.',
        'Kirjaa lähettäjä ja vastaanottoaika.',
        'Jos viesti koskee Vastaamoa, kirjoita ilmoitukseen sana "Vastaamo".',
        'Kerro, kenelle viesti oli osoitettu, mitä vaadittiin ja maksoitko.',
        'Älä soita viestistä hätänumeroon 112. Soita 112 vain, jos joku on vaarassa.',
      ],
      sv: [
        'Betala inte och svara inte.',
        'Spara mejlet: bifoga det till anmälan, eller filen som Vahti sparar.',
        'Anteckna avsändaren och när du fick mejlet.',
        'Om mejlet gäller Vastaamo, skriv ordet "Vastaamo" i anmälan.',
        'Berätta till vem mejlet var adresserat, vad som krävdes och om du betalade.',
        'Ring inte 112 om mejlet. Ring 112 bara om någon är i fara.',
      ],
    },
    // The crime-report landing page is not confirmed (§7); the site root has the
    // "report a crime" entry in Finnish, Swedish and English.
    pages: [{ lang: 'fi', url: 'https://poliisi.fi/' }],
    phones: [],
  },
  {
    id: 'fi-tietovuotoapu',
    country: 'FI',
    kind: 'advice',
    title: {
      en: 'Tietovuotoapu.fi: help after a data breach',
      fi: 'Tietovuotoapu.fi: apua tietovuodon jälkeen',
      sv: 'Tietovuotoapu.fi: hjälp efter en dataläcka',
    },
    summary: {
      en: 'Advice from the authorities for people whose data was leaked, set up after Vastaamo.',
      fi: 'Viranomaisten ohjeet niille, joiden tietoja on vuotanut. Perustettu Vastaamon jälkeen.',
      sv: 'Myndigheternas råd till dem vars uppgifter har läckt, startat efter Vastaamo.',
    },
    steps: {
      en: [
        "Don't panic. Continue any treatment you are in.",
        'Take a screenshot of the message and keep the original.',
        "Don't pay and don't communicate with the extortionist.",
        'Report to the police online.',
        'Keep a diary of what you do.',
      ],
      fi: [
        'Älä panikoi. Jatka hoitoasi, jos olet hoidossa.',
        'Ota viestistä kuvakaappaus ja säilytä alkuperäinen.',
        'Älä maksa äläkä ole yhteydessä kiristäjään.',
        'Tee rikosilmoitus verkossa.',
        'Pidä kirjaa siitä, mitä teet.',
      ],
      sv: [
        'Få inte panik. Fortsätt en pågående behandling.',
        'Ta en skärmbild av meddelandet och spara originalet.',
        'Betala inte och kommunicera inte med utpressaren.',
        'Gör en polisanmälan på nätet.',
        'För dagbok över vad du gör.',
      ],
    },
    pages: [
      { lang: 'fi', url: 'https://tietovuotoapu.fi/' },
      { lang: 'sv', url: 'https://tietovuotoapu.fi/sv/rad-och-instruktioner-till-offer-datalackage' },
      { lang: 'en', url: 'https://tietovuotoapu.fi/en/advice-and-guidance-victims-data-breaches' },
    ],
    phones: [],
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
      en: 'Free, confidential support for victims of crime, by phone or chat.',
      fi: 'Maksutonta ja luottamuksellista tukea rikoksen uhreille puhelimessa ja chatissa.',
      sv: 'Gratis och konfidentiellt stöd för brottsoffer, per telefon eller chatt.',
    },
    steps: {
      en: ['Report the crime.', 'Take screenshots of the threats.', 'Keep a diary.', 'Call or chat if you want to talk.'],
      fi: ['Tee rikosilmoitus.', 'Ota uhkauksista kuvakaappaukset.', 'Pidä päiväkirjaa.', 'Soita tai chattaa, jos haluat puhua.'],
      sv: ['Anmäl brottet.', 'Ta skärmbilder av hoten.', 'För dagbok.', 'Ring eller chatta om du vill prata.'],
    },
    pages: [
      { lang: 'fi', url: 'https://www.riku.fi/tietomurto' },
      { lang: 'en', url: 'https://www.riku.fi/en/what-to-do-if-your-personal-data-has-been-leaked-online/' },
    ],
    phones: [
      { label: { en: 'Finnish, Mon–Fri 9–20', fi: 'suomeksi ma–pe 9–20', sv: 'på finska mån–fre 9–20' }, number: '116 006' },
      { label: { en: 'Swedish, Mon–Fri 12–14', fi: 'ruotsiksi ma–pe 12–14', sv: 'på svenska mån–fre 12–14' }, number: '116 006' },
      { label: { en: 'Legal advice line', fi: 'Juristin puhelin', sv: 'Juristtelefon' }, number: '0800 161 177' },
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
      en: 'Talk to someone, anonymously. In a life-threatening situation, call 112.',
      fi: 'Keskustele jonkun kanssa nimettömänä. Hengenvaarassa soita 112.',
      sv: 'Prata med någon, anonymt. Vid livsfara, ring 112.',
    },
    steps: { en: [], fi: [], sv: [] },
    // The English page is confirmed; the Finnish and Swedish pages are reached from the site root.
    pages: [
      { lang: 'en', url: 'https://mieli.fi/helpline' },
      { lang: 'fi', url: 'https://mieli.fi/' },
    ],
    phones: [
      { label: { en: 'Finnish, 24/7', fi: 'suomeksi, ympäri vuorokauden', sv: 'på finska, dygnet runt' }, number: '09 2525 0111' },
      { label: { en: 'Swedish', fi: 'ruotsiksi', sv: 'på svenska' }, number: '09 2525 0112' },
      // mieli.fi gives 0116 for English; older pages say 0113 (extortion-facts §7): we follow mieli.fi.
      { label: { en: 'English', fi: 'englanniksi', sv: 'på engelska' }, number: '09 2525 0116' },
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
        'Consider a credit ban (Suomen Asiakastieto, Bisnode).',
        'Consider a ban on registering a business in your name (PRH) and address protection (Posti, DVV).',
      ],
      fi: [
        'Ilmoita pankillesi.',
        'Tee rikosilmoitus.',
        'Harkitse luottokieltoa (Suomen Asiakastieto, Bisnode).',
        'Harkitse rekisteröintikieltoa (PRH) ja osoitetietojen suojaa (Posti, DVV).',
      ],
      sv: [
        'Kontakta din bank.',
        'Gör en polisanmälan.',
        'Överväg kreditspärr (Suomen Asiakastieto, Bisnode).',
        'Överväg registreringsförbud (PRH) och skydd av adressuppgifter (Posti, DMS).',
      ],
    },
    // The Finnish-language Q&A page is not confirmed (§7): Finnish readers get the site root.
    pages: [
      { lang: 'en', url: 'https://www.kyberturvallisuuskeskus.fi/en/news/questions-and-answers-victims-identity-theft-or-data-leaks' },
      { lang: 'sv', url: 'https://www.kyberturvallisuuskeskus.fi/sv/aktuellt/fragor-och-svar-till-offer-identitetsstold-eller-datalackage' },
      { lang: 'fi', url: 'https://www.kyberturvallisuuskeskus.fi/' },
    ],
    phones: [],
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
    // No public source confirms the exact polisen.se advice page (§5, §7): the site root.
    pages: [{ lang: 'sv', url: 'https://polisen.se/' }],
    phones: [{ label: { en: 'Police, non-urgent', fi: 'Poliisi, kiireetön', sv: 'Polisen, icke-akut' }, number: '114 14' }],
  },
  // ---------------------------------------------------------------- Estonia
  {
    id: 'ee-police',
    country: 'EE',
    kind: 'police',
    title: { en: 'Police and Border Guard Board: fraud and scams' },
    summary: { en: 'How to recognise fraud and where to report it to the Estonian police.' },
    steps: { en: ["Don't pay and don't reply.", 'Keep the email.', 'Report it to the police online.'] },
    pages: [{ lang: 'en', url: 'https://www.politsei.ee/en/instructions/emergency-situation/fraud-schemes-and-scams' }],
    phones: [],
  },
  {
    id: 'ee-itvaatlik',
    country: 'EE',
    kind: 'cyber',
    title: { en: 'CERT-EE (itvaatlik.ee): common scams' },
    summary: { en: 'Extortion emails are a known scam. Report to the police and to CERT-EE (cert@cert.ee).' },
    steps: {
      en: ['Report to the police.', 'Forward the email to CERT-EE at cert@cert.ee.', 'Change any password the email mentions if you still use it.'],
    },
    pages: [{ lang: 'en', url: 'https://www.itvaatlik.ee/en/common-scams' }],
    phones: [],
  },
  // ---------------------------------------------------------------- United Kingdom
  {
    id: 'gb-actionfraud',
    country: 'GB',
    kind: 'police',
    title: { en: 'Action Fraud: report fraud and cybercrime' },
    summary: { en: "The UK's national reporting centre. If you have paid, or fear images will be shared, call the police on 101." },
    steps: {
      en: [
        "Don't pay and don't engage.",
        'Save a copy of the email first (Vahti can do this), then report it.',
        'Forward suspicious email to report@phishing.gov.uk.',
        'If you have paid, report it to your local police on 101.',
      ],
    },
    pages: [{ lang: 'en', url: 'https://www.actionfraud.police.uk/' }],
    phones: [
      { label: { en: 'Action Fraud' }, number: '0300 123 2040' },
      { label: { en: 'Police, non-emergency' }, number: '101' },
    ],
  },
  {
    id: 'gb-nidirect',
    country: 'GB',
    kind: 'advice',
    title: { en: 'nidirect: sextortion scam alert' },
    summary: { en: 'Northern Ireland advice: not paid → report as phishing; paid → it is blackmail, call the PSNI on 101.' },
    steps: { en: ["Don't pay.", 'Report it.', 'If you have paid, call the police on 101.'] },
    pages: [{ lang: 'en', url: 'https://www.nidirect.gov.uk/articles/scam-alert-sextortion' }],
    phones: [],
  },
  // ---------------------------------------------------------------- United States
  {
    id: 'us-ic3',
    country: 'US',
    kind: 'police',
    title: { en: 'FBI Internet Crime Complaint Center (IC3)' },
    summary: { en: 'File a complaint with the FBI. Include the words "extortion email scheme", the email with its headers, and the bitcoin address.' },
    steps: {
      en: [
        "Don't pay and don't communicate with the sender.",
        'File a complaint at IC3 with the keyword "extortion email scheme".',
        'Include the email with full headers and the payment address (Vahti\'s evidence file has them).',
      ],
    },
    pages: [{ lang: 'en', url: 'https://www.ic3.gov/' }],
    phones: [],
  },
  {
    id: 'us-ftc',
    country: 'US',
    kind: 'advice',
    title: { en: 'Federal Trade Commission: report a scam' },
    summary: { en: 'Report to local police and the FBI first, then to the FTC. Don\'t pay.' },
    steps: { en: ['Report to local police and IC3.', 'Then report to the FTC.'] },
    pages: [{ lang: 'en', url: 'https://www.ftc.gov/complaint' }],
    phones: [],
  },
  // ---------------------------------------------------------------- Germany
  {
    id: 'de-bsi',
    country: 'DE',
    kind: 'cyber',
    title: { en: 'BSI: Federal Office for Information Security' },
    summary: {
      en: "Most extortion spam is sextortion. Don't pay; report it to the police — every state has an online police station (Onlinewache).",
    },
    steps: {
      en: ["Don't transfer money.", 'Break off contact.', 'Save the messages and screenshots.', "Report it to your state's Onlinewache or local police."],
    },
    // The exact bsi.bund.de advice page is not confirmed (§7): the site root.
    pages: [{ lang: 'de', url: 'https://www.bsi.bund.de/' }],
    phones: [],
  },
  // ---------------------------------------------------------------- EU
  {
    id: 'eu-europol',
    country: 'EU',
    kind: 'police',
    title: {
      en: 'Europol: online extortion',
      fi: 'Europol: kiristys verkossa',
      sv: 'Europol: utpressning på nätet',
    },
    summary: {
      en: 'Advice in most EU languages: save the messages, tell someone you trust, report to your local police.',
      fi: 'Ohjeita useimmilla EU-kielillä: säilytä viestit, kerro luotetulle ihmiselle, ilmoita paikalliselle poliisille.',
      sv: 'Råd på de flesta EU-språk: spara meddelandena, berätta för någon du litar på, anmäl till polisen där du bor.',
    },
    steps: {
      en: ['Save the messages or screenshots.', 'Tell someone you trust.', 'Report to your local police.'],
      fi: ['Tallenna viestit tai kuvakaappaukset.', 'Kerro jollekulle, johon luotat.', 'Ilmoita paikalliselle poliisille.'],
      sv: ['Spara meddelandena eller skärmbilder.', 'Berätta för någon du litar på.', 'Anmäl till polisen där du bor.'],
    },
    pages: [
      {
        lang: 'en',
        url: 'https://www.europol.europa.eu/operations-services-and-innovation/public-awareness-and-prevention-guides/online-sexual-coercion-and-extortion-crime',
      },
    ],
    phones: [],
  },
  // ---------------------------------------------------------------- Australia
  {
    id: 'au-reportcyber',
    country: 'AU',
    kind: 'police',
    title: { en: 'ReportCyber (Australian Cyber Security Centre)' },
    summary: { en: 'Report cybercrime to police through ReportCyber; you can stay anonymous.' },
    steps: { en: ["Don't pay and don't respond.", 'Report it through ReportCyber.', 'If your identity is misused, contact IDCARE on 1800 595 160.'] },
    pages: [{ lang: 'en', url: 'https://www.cyber.gov.au/acsc/report' }],
    phones: [{ label: { en: 'IDCARE (identity misuse)' }, number: '1800 595 160' }],
  },
  {
    id: 'au-scamwatch',
    country: 'AU',
    kind: 'advice',
    title: { en: 'Scamwatch: threats and extortion scams' },
    summary: { en: "Don't be pressured, don't pay, and don't respond: replies lead to more threats." },
    steps: { en: ["Don't pay by gift cards, wire transfer or bitcoin.", "Don't respond.", 'Check claims through contact details you find yourself.'] },
    pages: [{ lang: 'en', url: 'https://www.scamwatch.gov.au/types-of-scams/threats-and-extortion-scams' }],
    phones: [],
  },
  // ---------------------------------------------------------------- Canada
  {
    id: 'ca-cafc',
    country: 'CA',
    kind: 'police',
    title: { en: 'Canadian Anti-Fraud Centre' },
    summary: { en: "Don't send money under pressure. Report to the Centre and to your local police or RCMP." },
    steps: { en: ["Don't pay.", 'Report to the Canadian Anti-Fraud Centre.', 'Report to your local police or the RCMP.'] },
    pages: [{ lang: 'en', url: 'https://www.antifraudcentre-centreantifraude.ca/' }],
    phones: [{ label: { en: 'Anti-Fraud Centre' }, number: '1-888-495-8501' }],
  },
];

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE_ENTRIES.map((e) => [e.id, e]));

/** What each country shows when a list names nothing (or nothing known), most important first. */
export const COUNTRY_DEFAULTS: Readonly<Record<Country, readonly string[]>> = {
  FI: ['fi-police', 'fi-riku', 'fi-mieli', 'fi-tietovuotoapu', 'fi-ncsc'],
  SE: ['se-police', 'eu-europol'],
  EE: ['ee-police', 'ee-itvaatlik', 'eu-europol'],
  GB: ['gb-actionfraud', 'gb-nidirect'],
  US: ['us-ic3', 'us-ftc'],
  DE: ['de-bsi', 'eu-europol'],
  EU: ['eu-europol'],
  AU: ['au-reportcyber', 'au-scamwatch'],
  CA: ['ca-cafc'],
};
