/**
 * Cue phrases that read the same in every language: coin names, tickers, Tor, and the web
 * addresses of the police, CERT and victim-support services that warnings send people to
 * ("ilmoita osoitteessa poliisi.fi", "signalez-le sur cybermalveillance.gouv.fr"). An address
 * is one piece of advice: the warning-framing veto needs a second cue. Addresses are written in
 * word form (a dot is a word break) and only where that form does not read as a sentence
 * ("polisen.se" would be "polisen se", Swedish for "the police see"). Data only.
 */
import { SPELLED_SPAN_HOURS } from './spelled-spans';
import type { Lexicon } from './types';

export const COMMON: Lexicon = {
  language: 'common',
  phrases: {
    'time-span': [...SPELLED_SPAN_HOURS.keys()],
    crypto: [
      'bit coin*', 'bitcoin*', 'btc', 'monero*', 'xmr', 'ethereum*', 'eth', 'ether', 'litecoin*', 'ltc',
      'usdt', 'tether', 'dash coin', 'crypto', 'cryptocurrenc*', 'krypto*',
    ],
    advice: [
      'poliisi fi', 'kyberturvallisuuskeskus fi', 'riku fi', 'brottsofferjouren se', 'politsei ee', 'ohvriabi ee',
      'polizei beratung de', 'watchlist internet at', 'verbraucherzentrale de', 'bsi bund de', 'fraudehelpdesk nl',
      'slachtofferhulp nl', 'veiliginternetten nl', 'cybermalveillance gouv fr', 'internet signalement gouv fr',
      'safeonweb be', 'ncsc admin ch', 'sikkerdigital dk', 'nettvett no', 'incibe es', 'commissariatodips it',
      'cert pl', 'actionfraud police uk', 'reportfraud police uk', 'ic3 gov', 'reportfraud ftc gov', 'ncsc gov uk',
      'cyber gov au', 'antifraudcentre', 'europol europa eu',
    ],
    tor: [
      'tor browser*', 'tor-browser*', 'torbrowser*', 'torproject', 'tor network', 'tor-verko*',
      'tor verko*', 'tor-selai*', 'tor selai*', 'tor-webbläsare*', 'tor webbläsare*', 'onion site*',
      'onion-sivu*', 'onion-osoit*', 'onion-adress*', 'onion address*', 'onion link*',
    ],
  },
};
