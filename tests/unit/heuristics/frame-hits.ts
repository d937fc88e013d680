/**
 * What the frames (utils/core/heuristics/frames) add to a text's cues, for the frame tests: the
 * values a frame produced are its concept words joined by " … ", which no lexicon phrase holds.
 * One copy for every frame test file.
 */
import { findCues } from '../../../utils/core/heuristics/cues';
import { isFrameValue } from '../../../utils/core/heuristics/frames';
import type { Cue } from '../../../utils/core/heuristics/lexicon';
import { foldForMatching } from '../../../utils/core/text/normalize';

/** The values of `cue` that a frame produced in `text`. */
export function frameHits(text: string, cue: Cue): string[] {
  return (findCues(foldForMatching(text)).get(cue) ?? []).filter(isFrameValue);
}

/** Every frame value of `text`, whatever its cue, as "cue: value". */
export function allFrameHits(text: string): string[] {
  return [...findCues(foldForMatching(text)).entries()].flatMap(([cue, values]) => values.filter(isFrameValue).map((v) => `${cue}: ${v}`));
}
