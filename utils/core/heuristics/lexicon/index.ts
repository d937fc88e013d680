/** Every compiled-in heuristics lexicon. Adding a language = one module here. */
import { COMMON } from './common';
import { EN } from './en';
import { FI } from './fi';
import { SV } from './sv';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [COMMON, EN, FI, SV];
export { CUES, type Cue, type Lexicon } from './types';
