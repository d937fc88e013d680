/** Every compiled-in heuristics lexicon, matched in one automaton pass. Adding a language = one module here. */
import { COMMON } from './common';
import { DA } from './da';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { ET } from './et';
import { FI } from './fi';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import { NO } from './no';
import { PL } from './pl';
import { SV } from './sv';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [COMMON, EN, FI, SV, ET, DE, NL, FR, DA, NO, ES, IT, PL];
export { CUES, type Cue, type Lexicon } from './types';
