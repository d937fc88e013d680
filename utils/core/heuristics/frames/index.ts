/** Every compiled-in frame lexicon, its words matched in the lexicons' one automaton pass. Adding a language = one module here. */
import { EN_FRAMES } from './en';
import { FI_FRAMES } from './fi';
import { SV_FRAMES } from './sv';
import { ET_FRAMES } from './et';
import { DA_FRAMES } from './da';
import type { FrameLexicon } from './types';

export const FRAME_LEXICONS: readonly FrameLexicon[] = [EN_FRAMES, FI_FRAMES, SV_FRAMES, ET_FRAMES, DA_FRAMES];
export { FRAME_CONCEPTS, type FrameConcept, type FrameLexicon } from './types';
export { findFrames, FRAMES, type ConceptHits, type FrameHit, type FrameName } from './find';
