/**
 * Cue phrases that read the same in every language: coin names, tickers and Tor. Data only.
 */
import type { Lexicon } from './types';

export const COMMON: Lexicon = {
  language: 'common',
  phrases: {
    crypto: [
      'bitcoin*', 'btc', 'monero*', 'xmr', 'ethereum*', 'eth', 'ether', 'litecoin*', 'ltc',
      'usdt', 'tether', 'dash coin', 'crypto', 'cryptocurrenc*', 'krypto*',
    ],
    tor: [
      'tor browser*', 'tor-browser*', 'torbrowser*', 'torproject', 'tor network', 'tor-verko*',
      'tor verko*', 'tor-selai*', 'tor selai*', 'tor-webbläsare*', 'tor webbläsare*', 'onion site*',
      'onion-sivu*', 'onion-osoit*', 'onion-adress*', 'onion address*', 'onion link*',
    ],
  },
};
