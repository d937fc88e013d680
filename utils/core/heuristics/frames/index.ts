/** Every compiled-in frame lexicon, its words matched in the lexicons' one automaton pass. Adding a language = one module here. */
import { DA_FRAMES } from './da';
import { DE_FRAMES } from './de';
import { EN_FRAMES } from './en';
import { ET_FRAMES } from './et';
import { FI_FRAMES } from './fi';
import { NL_FRAMES } from './nl';
import { NO_FRAMES } from './no';
import { SV_FRAMES } from './sv';
import type { FrameLexicon } from './types';

export const FRAME_LEXICONS: readonly FrameLexicon[] = [
  EN_FRAMES,
  FI_FRAMES,
  SV_FRAMES,
  ET_FRAMES,
  DE_FRAMES,
  NL_FRAMES,
  DA_FRAMES,
  NO_FRAMES,
];
export { FRAME_CONCEPTS, type FrameConcept, type FrameLexicon } from './types';
export { findFrames, FRAMES, type ConceptHits, type FrameHit, type FrameName } from './find';
