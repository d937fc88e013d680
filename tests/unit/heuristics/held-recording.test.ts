/**
 * "I have a video of you masturbating": the sextortion claim with the recording held rather than
 * made (frame held-porn-recording, rule 22). Sentences written here, one per language, and
 * look-alikes that name porn, a video and a speaker but no recording of the reader.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

describe('recorded-watching-porn: the recording held, in one sentence', () => {
  it.each([
    ['en', 'I have a video of you masturbating.'],
    ['de', 'Ich habe ein Video von Ihnen, wie Sie masturbieren.'],
    ['nl', 'Ik heb een video van je terwijl je masturbeert.'],
    ['fr', "J'ai une vidéo de vous en train de vous masturber."],
    ['es', 'Tengo un vídeo tuyo masturbándote.'],
    ['it', 'Ho un video di te mentre ti masturbi.'],
    ['pl', 'Mam nagranie, na którym się masturbujesz.'],
    ['fi', 'Minulla on video, jossa masturboit.'],
    ['sv', 'Jag har en video där du onanerar.'],
    ['da', 'Jeg har en video af dig, hvor du onanerer.'],
    ['no', 'Jeg har en video av deg mens du onanerer.'],
    ['et', 'Mul on video sinust masturbeerimas.'],
    ['nl', 'Ik heb je via je webcam opgenomen terwijl je naar porno keek.'],
  ])('%s: %s', (_language, sentence) => {
    expect(assess('', sentence).rule).toBe('recorded-watching-porn');
  });

  it.each([
    'My husband and I recorded a video of us for our anniversary; it is on the shared drive.',
    'Our sex education class discusses masturbation; I have the video of the lesson for the portal.',
    'I have a video about porn addiction that might help your son; the counsellor recommended it.',
  ])('not: %s', (sentence) => {
    expect(assess('', sentence).suspected).toBe(false);
  });
});
