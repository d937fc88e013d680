/** Every compiled-in frame lexicon, its words matched in the lexicons' one automaton pass. Adding a language = one module here. */
import { DA_FRAMES } from './da';
import { DE_FRAMES } from './de';
import { EN_FRAMES } from './en';
import { ES_FRAMES } from './es';
import { ET_FRAMES } from './et';
import { FI_FRAMES } from './fi';
import { FR_FRAMES } from './fr';
import { IT_FRAMES } from './it';
import { NL_FRAMES } from './nl';
import { NO_FRAMES } from './no';
import { PL_FRAMES } from './pl';
import { SV_FRAMES } from './sv';
import type { FrameLexicon } from './types';

export const FRAME_LEXICONS: readonly FrameLexicon[] = [
  EN_FRAMES,
  FI_FRAMES,
  SV_FRAMES,
  ET_FRAMES,
  DE_FRAMES,
  NL_FRAMES,
  FR_FRAMES,
  DA_FRAMES,
  NO_FRAMES,
  ES_FRAMES,
  IT_FRAMES,
  PL_FRAMES,
];
export { FRAME_CONCEPTS, type FrameConcept, type FrameLexicon } from './types';
export { findFrames, FRAMES, isFrameValue, SENTENCE_END, type ConceptHits, type ConceptWord, type FrameHit, type FrameName } from './find';
