/**
 * Refuses list entries that would flag ordinary mail, and entries that cannot be what they
 * claim (an address that fails its checksum, a reference to a campaign that does not exist).
 * Runs on every list a client accepts and in the maintainer tools before signing. Owns the
 * rules and their wording; must not parse JSON (parse.ts) nor build indexes.
 *
 * Every problem names the entry the way a maintainer finds it in the file:
 * `senders[3] (domain "gmail.com"): free-mail domain: …`.
 */
import type { SignatureList } from './schema';
import { validateAddress } from '../payment/find';
import { normalizeDomain, normalizeEmailAddress } from '../sender/address';
import { foldDisplayName } from '../sender/display-name-index';
import { compileGlob, requiredFragment } from '../sender/glob';
import { preparePhrase } from '../signatures/phrase';

export interface ListProblem {
  /** `schema`: not the list format; `too_broad`: in the format, but unsafe to use. */
  code: 'schema' | 'too_broad';
  /** Where in the list, e.g. `senders[3]`. */
  path: string;
  /** The whole sentence for a person, starting with the entry it is about. */
  message: string;
}

export const MAX_PROBLEMS = 200;
export const MIN_DISPLAY_NAME_RUN = 3;
export const MIN_PHRASE_LENGTH = 4;
export const MIN_SIGNATURE_PHRASES = 2;

/** Free-mail domains: anyone can get an address there, so a domain rule would flag everyone. */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'live.com', 'msn.com', 'passport.com', 'aol.com', 'aim.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com', 'web.de', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru',
  'rambler.ru', 'zoho.com', 'zohomail.com', 'mail.com', 'email.com', 'ymail.com', 'rocketmail.com',
  'fastmail.com', 'fastmail.fm', 'hushmail.com', 'mailfence.com', 'posteo.de', 'posteo.net', 'mailbox.org',
  'gmx.com', 'gmx.net', 'yandex.com', 'ya.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'rediffmail.com',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'libero.it', 'virgilio.it', 't-online.de',
  'freenet.de', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'btinternet.com', 'sky.com', 'comcast.net',
  'att.net', 'verizon.net', 'sbcglobal.net', 'cock.li', 'yopmail.com', 'guerrillamail.com', 'mailinator.com', 'disroot.org', 'riseup.net',
  // Finland and Sweden
  'suomi24.fi', 'luukku.com', 'luukku.fi', 'kolumbus.fi', 'elisa.fi', 'saunalahti.fi', 'dnainternet.net',
  'netti.fi', 'welho.com', 'inet.fi', 'pp.inet.fi', 'anvianet.fi', 'surffi.fi', 'jippii.fi', 'sci.fi',
  'telia.com', 'bredband.net', 'spray.se', 'home.se', 'bahnhof.se', 'telia.se', 'comhem.se',
]);

/** Providers with one free-mail domain per country: `brand.<any country or public suffix>`. */
const FREE_MAIL_BRANDS = new Set(['hotmail', 'outlook', 'live', 'windowslive', 'yahoo', 'gmx', 'yandex', 'aol']);

/** Second-level labels that registries hand out under country codes (co.uk, com.au, …). */
const SECOND_LEVEL_GENERIC = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'mil', 'ltd', 'plc', 'me', 'nom', 'gob', 'gen', 'biz', 'info', 'sch']);

/** Shared hosting suffixes where unrelated people get subdomains. */
const SHARED_SUFFIXES = new Set([
  'blogspot.com', 'github.io', 'gitlab.io', 'herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net',
  'amazonaws.com', 'firebaseapp.com', 'web.app', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev',
  'onmicrosoft.com', 'sharepoint.com', 'wordpress.com', 'wixsite.com', 'weebly.com', 'ngrok.io', 'duckdns.org',
  'no-ip.org', 'dyndns.org',
]);

/** A value that is a registry suffix rather than someone's domain: "com", "co.uk", "com.au". */
export function isPublicSuffixLike(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length === 1) return true;
  if (SHARED_SUFFIXES.has(domain)) return true;
  return labels.length === 2 && labels[1]!.length === 2 && SECOND_LEVEL_GENERIC.has(labels[0]!);
}

/** Whether `domain` (normalised ASCII) is, or sits inside, a free-mail provider's domain. */
export function freeMailDomain(domain: string): string | null {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    if (FREE_MAIL.has(suffix)) return suffix;
    const rest = labels.slice(i + 1).join('.');
    if (FREE_MAIL_BRANDS.has(labels[i]!) && isPublicSuffixLike(rest)) return suffix;
  }
  return null;
}

const quote = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Collects problems up to the cap, so a 1M-entry list full of mistakes stays a short report. */
class Problems {
  readonly list: ListProblem[] = [];
  dropped = 0;
  add(code: ListProblem['code'], path: string, label: string, detail: string): void {
    if (this.list.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    this.list.push({ code, path, message: `${path}${label ? ` (${label})` : ''}: ${detail}` });
  }
}

function checkSender(rule: SignatureList['senders'][number], path: string, label: string, problems: Problems): void {
  const value = rule.value.trim();
  if (value.length === 0) {
    problems.add('too_broad', path, label, 'empty value: it would match every sender');
    return;
  }
  if (rule.match === 'address') {
    if (normalizeEmailAddress(value) === null) problems.add('schema', path, label, 'not an email address (expected name@domain.tld)');
    return;
  }
  if (rule.match === 'domain') {
    const domain = normalizeDomain(value);
    if (domain === null) {
      problems.add('schema', path, label, 'not a domain name (write it without "@", "*." or a URL, e.g. "example.com")');
      return;
    }
    if (!domain.includes('.')) {
      problems.add('too_broad', path, label, 'a top-level domain would match every sender under it');
      return;
    }
    if (isPublicSuffixLike(domain)) {
      problems.add('too_broad', path, label, 'a public suffix is shared by unrelated organisations; list the exact domain instead');
      return;
    }
    const free = freeMailDomain(domain);
    if (free !== null) {
      problems.add('too_broad', path, label, `free-mail domain (${free}): anyone can send from it; list exact addresses instead`);
    }
    return;
  }
  const glob = compileGlob(foldDisplayName(value));
  if (glob.literalLength === 0) {
    problems.add('too_broad', path, label, 'a pattern of only "*" matches every sender');
  } else if (requiredFragment(glob).length < MIN_DISPLAY_NAME_RUN) {
    problems.add('too_broad', path, label, `the pattern needs at least ${MIN_DISPLAY_NAME_RUN} characters in a row without "*"`);
  }
}

function checkSignature(signature: SignatureList['signatures'][number], path: string, label: string, problems: Problems): void {
  const needed = signature.groups.reduce((n, g) => n + g.atLeast, 0);
  if (needed < MIN_SIGNATURE_PHRASES) {
    problems.add('too_broad', path, label, `it needs only ${needed} phrase to match; at least ${MIN_SIGNATURE_PHRASES} are required so that one phrase cannot flag a message`);
  }
  signature.groups.forEach((group, g) => {
    group.phrases.forEach((phrase, p) => {
      const where = `groups[${g}].phrases[${p}] ${quote(phrase)}`;
      const inner = phrase.trim().replace(/^\*/, '').replace(/\*$/, '');
      if (inner.includes('*')) {
        problems.add('schema', path, label, `${where}: "*" is allowed only at the start or end of a phrase`);
        return;
      }
      const { literalLength } = preparePhrase(phrase);
      if (literalLength < MIN_PHRASE_LENGTH) {
        problems.add('too_broad', path, label, `${where} is shorter than ${MIN_PHRASE_LENGTH} characters and would match ordinary text`);
      }
    });
  });
}

/** All problems of a schema-valid list; empty when it is safe to use. */
export function findTooBroad(list: SignatureList): ListProblem[] {
  const problems = new Problems();
  const campaignIds = new Map<string, number>();
  list.campaigns.forEach((c, i) => {
    const first = campaignIds.get(c.id);
    if (first !== undefined) {
      problems.add('schema', `campaigns[${i}]`, `id ${quote(c.id)}`, `duplicate campaign id, already used by campaigns[${first}]`);
    } else campaignIds.set(c.id, i);
  });
  const unknownCampaign = (campaign: string, path: string, label: string): void => {
    if (!campaignIds.has(campaign)) {
      problems.add('schema', path, label, `campaign ${quote(campaign)} is not defined in campaigns`);
    }
  };

  list.senders.forEach((rule, i) => {
    const path = `senders[${i}]`;
    const label = `${rule.match} ${quote(rule.value)}`;
    unknownCampaign(rule.campaign, path, label);
    checkSender(rule, path, label, problems);
  });

  list.payments.forEach((entry, i) => {
    if (!campaignIds.has(entry.campaign) || !validateAddress(entry.coin, entry.address.trim())) {
      const path = `payments[${i}]`;
      const label = `${entry.coin} ${quote(entry.address)}`;
      unknownCampaign(entry.campaign, path, label);
      if (!validateAddress(entry.coin, entry.address.trim())) {
        problems.add('schema', path, label, `not a valid ${entry.coin} address (wrong format or checksum)`);
      }
    }
  });

  const signatureIds = new Map<string, number>();
  list.signatures.forEach((signature, i) => {
    const path = `signatures[${i}]`;
    const label = `id ${quote(signature.id)}`;
    const first = signatureIds.get(signature.id);
    if (first !== undefined) problems.add('schema', path, label, `duplicate signature id, already used by signatures[${first}]`);
    else signatureIds.set(signature.id, i);
    unknownCampaign(signature.campaign, path, label);
    checkSignature(signature, path, label, problems);
  });

  if (problems.dropped > 0) {
    problems.list.push({ code: problems.list.at(-1)?.code ?? 'too_broad', path: '', message: `…and ${problems.dropped} more problems` });
  }
  return problems.list;
}
