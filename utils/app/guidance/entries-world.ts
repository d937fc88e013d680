/**
 * Catalogue entries for the UK, the US, Germany, the EU, Australia and Canada. Facts and
 * their sources are listed per entry and in `docs/guidance-sources.md`.
 */
import { ALL_HOURS, type CatalogueEntry } from './entry';

const CHECKED = '2026-12-05';

export const WORLD_ENTRIES: CatalogueEntry[] = [
  // ---------------------------------------------------------------- United Kingdom
  {
    id: 'gb-reportfraud',
    country: 'GB',
    kind: 'police',
    title: { en: 'Report Fraud: report fraud and cybercrime' },
    summary: {
      en: 'The national reporting service for England, Wales and Northern Ireland (it replaced Action Fraud). In Scotland, call Police Scotland on 101.',
    },
    steps: {
      en: [
        "Don't pay and don't engage.",
        'Save a copy of the email first (Vahti can do this), then report it.',
        'Forward suspicious email to report@phishing.gov.uk.',
        'If you have paid, or fear images will be shared, call the police on 101.',
      ],
    },
    pages: [{ lang: 'en', url: 'https://www.reportfraud.police.uk/' }],
    phones: [
      { label: { en: 'Report Fraud' }, number: '0300 123 2040', hours: { en: 'Mon–Fri 8–20' } },
      { label: { en: 'Police, non-emergency (also Police Scotland)' }, number: '101', hours: ALL_HOURS },
    ],
    sources: [
      { url: 'https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open', checked: CHECKED, note: 'Report Fraud replaced Action Fraud on 4 December 2025 (England, Wales, Northern Ireland); Scotland calls Police Scotland on 101; 0300 123 2040 unchanged.' },
      { url: 'https://www.metengage.co.uk/Alerts/A/367666/{MESSAGE-SETTINGS}', checked: CHECKED, note: 'Metropolitan Police alert: 0300 123 2040, Monday to Friday 8am–8pm.' },
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
    sources: [{ url: 'https://www.nidirect.gov.uk/articles/scam-alert-sextortion', checked: CHECKED, note: 'Not paid: report as phishing (it names Action Fraud, now Report Fraud); paid: it is blackmail, call the PSNI on 101.' }],
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
        "Include the email with full headers and the payment address (Vahti's evidence file has them).",
      ],
    },
    pages: [{ lang: 'en', url: 'https://www.ic3.gov/' }],
    phones: [],
    sources: [
      { url: 'https://www.fbi.gov/news/stories/file-cyber-scam-complaints-with-the-ic3', checked: CHECKED, note: 'FBI: the IC3 at ic3.gov is where Internet crime, email extortion included, is reported.' },
      { url: 'https://www.countyofnapa.org/2872/Extortion-Email', checked: CHECKED, note: 'Relays the FBI advice: file with IC3 using the keyword "extortion email scheme", with the email headers and bitcoin address.' },
    ],
  },
  {
    id: 'us-ftc',
    country: 'US',
    kind: 'advice',
    title: { en: 'Federal Trade Commission: report a scam' },
    summary: { en: "Report to local police and the FBI first, then to the FTC. Don't pay." },
    steps: { en: ['Report to local police and IC3.', 'Then report to the FTC.'] },
    pages: [{ lang: 'en', url: 'https://www.ftc.gov/complaint' }],
    phones: [],
    sources: [{ url: 'https://www.doncio.navy.mil/chips/ArticleDetails.aspx?ID=14024', checked: CHECKED, note: 'The FTC takes fraud reports at ReportFraud.ftc.gov (ReporteFraude.ftc.gov in Spanish); ftc.gov/complaint leads there.' }],
  },
  // ---------------------------------------------------------------- Germany
  {
    id: 'de-onlinewache',
    country: 'DE',
    kind: 'police',
    title: { en: 'Online police stations of the German states (Onlinewache)', de: 'Onlinewachen der Polizeien der Länder' },
    summary: {
      en: "Every state's police takes crime reports online. Pick your state on this federal page. Don't pay; in danger, call 110.",
      de: 'Die Polizei jedes Landes nimmt Anzeigen online an. Wählen Sie Ihr Land auf dieser Seite des Bundes. Zahlen Sie nicht; in Gefahr rufen Sie 110.',
    },
    steps: {
      en: ["Don't transfer money.", 'Break off contact.', 'Save the messages and screenshots.', "Report it at your state's online police station or at a police station."],
      de: ['Überweisen Sie kein Geld.', 'Brechen Sie den Kontakt ab.', 'Sichern Sie die Nachrichten und Screenshots.', 'Erstatten Sie Anzeige bei der Onlinewache Ihres Landes oder auf einer Polizeidienststelle.'],
    },
    // One page with the link to every state's Onlinewache: the way to pick the state.
    pages: [{ lang: 'de', url: 'https://hilfe-info.de/WebS/hilfeinfo/DE/EigeneRechteKennen/Strafverfahren/Anzeige/Onlinewache/Onlinewache_node.html' }],
    phones: [],
    sources: [
      { url: 'https://hilfe-info.de/WebS/hilfeinfo/DE/EigeneRechteKennen/Strafverfahren/Anzeige/Onlinewache/Onlinewache_node.html', checked: CHECKED, note: 'Federal victim-help portal listing the online police station of each state (three states offer contact only).' },
      { url: 'https://www.polizei.bremerhaven.de/online-wache.html', checked: CHECKED, note: 'Onlinewache: report online; fraud and internet crime can be reported there; violence or threats of violence go to 110.' },
    ],
  },
  {
    id: 'de-weisser-ring',
    country: 'DE',
    kind: 'victim-support',
    title: { en: 'WEISSER RING victim helpline', de: 'WEISSER RING: Opfer-Telefon' },
    summary: {
      en: 'Free, anonymous support for victims of crime and people who are threatened, across Germany.',
      de: 'Kostenlose, anonyme Hilfe für Opfer von Straftaten und für Menschen, die bedroht werden, in ganz Deutschland.',
    },
    steps: { en: ['Call if you want to talk.'], de: ['Rufen Sie an, wenn Sie reden möchten.'] },
    pages: [{ lang: 'de', url: 'https://weisser-ring.de/' }],
    phones: [{ label: { en: 'Victim helpline (Opfer-Telefon)', de: 'Opfer-Telefon' }, number: '116 006', hours: { en: 'every day 7–22', de: 'täglich 7–22 Uhr' } }],
    sources: [
      { url: 'https://weisser-ring.de/node/4441', checked: CHECKED, note: 'Opfer-Telefon 116 006, free and anonymous, every day 7–22.' },
      { url: 'https://www.weisser-ring.de/internet/verwaltung/news/details/article/16417/index.html', checked: CHECKED, note: 'Assigned by the Bundesnetzagentur; for victims and people who are threatened.' },
    ],
  },
  // ---------------------------------------------------------------- EU
  {
    id: 'eu-europol',
    country: 'EU',
    kind: 'police',
    title: {
      en: 'Europol: online sexual coercion and extortion (advice mostly for young people)',
      fi: 'Europol: seksuaalinen kiristys verkossa (ohjeet lähinnä nuorille)',
      sv: 'Europol: sexuell utpressning på nätet (råd främst till unga)',
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
    sources: [
      { url: 'https://www.europol.europa.eu/operations-services-and-innovation/public-awareness-and-prevention-guides/online-sexual-coercion-and-extortion-crime', checked: CHECKED, note: '"Online sexual coercion and extortion is a crime": a #SayNo guide aimed at young people; videos in most EU languages.' },
    ],
  },
  // ---------------------------------------------------------------- Australia
  {
    id: 'au-reportcyber',
    country: 'AU',
    kind: 'police',
    title: { en: 'ReportCyber (Australian Cyber Security Centre)' },
    summary: { en: 'Report cybercrime to police through ReportCyber on cyber.gov.au ("Report and recover"); you can stay anonymous.' },
    steps: { en: ["Don't pay and don't respond.", 'Report it through ReportCyber.', 'If your identity is misused, contact IDCARE through idcare.org.'] },
    // The reporting path moved under "Report and recover"; the new deep link is not confirmed,
    // so the site root, whose menu leads to it.
    pages: [{ lang: 'en', url: 'https://www.cyber.gov.au/' }],
    phones: [],
    sources: [
      { url: 'https://www.cyber.gov.au/about-us/news/asdacsc-urges-victims-to-report-cybercrimes', checked: CHECKED, note: 'ReportCyber on cyber.gov.au; anonymous reports; referred to state or territory police.' },
      { url: 'https://www.acorn.gov.au/support-and-advice/combatting-identity-theft', checked: CHECKED, note: 'IDCARE 1300 432 273 (older page); the catalogue had 1800 595 160. Neither confirmed on idcare.org, so no number is shown.' },
    ],
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
    sources: [{ url: 'https://www.scamwatch.gov.au/types-of-scams/threats-and-extortion-scams', checked: CHECKED, note: 'Re-read: threats and extortion scams, warning signs, do not pay by unusual methods such as Bitcoin, do not respond.' }],
  },
  // ---------------------------------------------------------------- Canada
  {
    id: 'ca-cafc',
    country: 'CA',
    kind: 'police',
    title: { en: 'Canadian Anti-Fraud Centre: Report Cybercrime and Fraud' },
    summary: {
      en: "Report online through the RCMP's Report Cybercrime and Fraud service (linked from the Centre's site) or by phone, and tell your local police. Don't send money under pressure.",
    },
    steps: { en: ["Don't pay.", 'Report it online or by phone to the Canadian Anti-Fraud Centre.', 'Report to your local police or the RCMP.'] },
    // The new service's own address is not confirmed; the Centre's site links to it.
    pages: [{ lang: 'en', url: 'https://www.antifraudcentre-centreantifraude.ca/' }],
    phones: [{ label: { en: 'Canadian Anti-Fraud Centre' }, number: '1-888-495-8501', hours: { en: 'business hours, listed on the linked page' } }],
    sources: [
      { url: 'https://cybermaterial.com/?p=162252', checked: CHECKED, note: 'RCMP launched the national Report Cybercrime and Fraud website, run by NC3 and the CAFC.' },
      { url: 'http://antifraudcentre-centreantifraude.ca/reportincident-signalerincident/index-eng.htm', checked: CHECKED, note: 'CAFC reporting page; toll-free 1-888-495-8501.' },
    ],
  },
];
