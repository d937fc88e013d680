import { describe, expect, it } from 'vitest';
import { assessHeuristics } from '../../../utils/core/heuristics/assess';
import { findCuesAndFrames } from '../../../utils/core/heuristics/cues';
import { findFrames, FRAME_LEXICONS, SENTENCE_END, type ConceptHits, type ConceptWord } from '../../../utils/core/heuristics/frames';
import { LazyWordForm } from '../../../utils/core/signatures/lazy-word-form';
import { FRAME_CONCEPTS, type FrameConcept } from '../../../utils/core/heuristics/frames/types';
import { findPaymentAddresses } from '../../../utils/core/payment/find';
import { preparePhrase } from '../../../utils/core/signatures/phrase';
import { foldDigitsInWords, foldForMatching, normalizeText } from '../../../utils/core/text/normalize';
import { frameHits } from './frame-hits';
import { assessMessage } from './prepared';


/** Concept hits of one language as the automaton pass would give them, for the words named. */
function concepts(words: Partial<Record<FrameConcept, string[]>>): ConceptHits {
  const out = new Map<FrameConcept, ConceptWord[]>();
  for (const [concept, list] of Object.entries(words) as [FrameConcept, string[]][]) {
    out.set(concept, list.map((word) => ({ pattern: preparePhrase(word, true).pattern, word, ownLanguageOnly: true })));
  }
  return new Map([['xx', out]]);
}

/** `findFrames` over a folded text, with the word form the engine would hand it. */
const framesIn = (folded: string, hits: ConceptHits) => findFrames(() => new LazyWordForm(folded, SENTENCE_END), hits);

const SHARE = concepts({ self: ['i ll'], disclose: ['send'], material: ['video'], audience: ['contacts'] });

describe('findFrames', () => {
  it('finds a frame whose concepts stand in one sentence in any order, with words between them', () => {
    expect(framesIn(foldForMatching("I'll send the video to your contacts."), SHARE)).toEqual([
      { cue: 'direct-threat', frame: 'share-threat', shown: 'i ll … send … video … contacts' },
    ]);
    const reordered = foldForMatching("Your contacts, that is who I'll quietly send this whole long video to.");
    expect(framesIn(reordered, SHARE).map((f) => f.frame)).toEqual(['share-threat']);
  });

  it('does not join concepts across a sentence end', () => {
    expect(framesIn(foldForMatching("I'll send the video tonight. Say hello to your contacts."), SHARE)).toEqual([]);
  });

  it('does not join concepts further apart than a sentence reaches', () => {
    const filler = ' and then some more words about the weather'.repeat(8);
    expect(framesIn(foldForMatching(`I'll send the video${filler} to your contacts`), SHARE)).toEqual([]);
  });

  it('looks at sentences only when every concept of a frame occurs somewhere', () => {
    const noAudience = concepts({ self: ['i ll'], disclose: ['send'], material: ['video'] });
    expect(framesIn(foldForMatching("I'll send the video to your contacts."), noAudience)).toEqual([]);
  });

  it('reads a frame in one language at a time (English "i" is the Scandinavian "in")', () => {
    const english = new Map(concepts({ self: ['i'], disclose: ['send'], material: ['video'] }).get('xx'));
    const norwegian = new Map(concepts({ audience: ['kontaktene dine'] }).get('xx'));
    const mixed = new Map([['en', english], ['no', norwegian]]);
    expect(framesIn(foldForMatching('i send video kontaktene dine'), mixed)).toEqual([]);
    english.set('audience', norwegian.get('audience')!);
    expect(framesIn(foldForMatching('i send video kontaktene dine'), new Map([['en', english]])).map((f) => f.frame)).toEqual(['share-threat']);
  });

  it('finds the sentence that holds the frame among many that hold part of it', () => {
    const partial = "I'll send the video later. ".repeat(40);
    const text = foldForMatching(`${partial}All your contacts will get it, because I'll send the video to them.`);
    expect(framesIn(text, SHARE).map((f) => f.frame)).toEqual(['share-threat']);
  });
});

describe('the concepts of the text', () => {
  it('come from the language the text is written in, not from a word of another spelled alike', () => {
    const danish = 'Hej Pia, vi ses på café Nudo i morgen. Jeg har sendt dig en mail om din computer og dit webcam.';
    expect([...findCuesAndFrames(foldForMatching(danish)).concepts]).not.toContain('intimate');
    expect([...findCuesAndFrames(foldForMatching('Ho un video di te nudo.')).concepts]).toContain('intimate');
  });
});

describe('frame lexicons', () => {
  it('hold only known concepts and words written folded, each once per concept', () => {
    for (const lexicon of FRAME_LEXICONS) {
      for (const [concept, words] of Object.entries(lexicon.words)) {
        expect(FRAME_CONCEPTS as readonly string[], `${lexicon.language} ${concept}`).toContain(concept);
        // Frames read the text with digits between letters read as letters ("p0rn"): a word
        // with such a digit would never be found.
        for (const word of words ?? []) expect(foldDigitsInWords(foldForMatching(word)), `${lexicon.language} ${concept}`).toBe(word);
        expect(new Set(words).size, `${lexicon.language} ${concept} has a word twice`).toBe(words?.length);
      }
    }
  });

  it('name no "we" and no possessive as the sender in any language (a company writes "we", a victim "my account")', () => {
    const notSelf = new Set(['we', 'our', 'my', 'me', 'wir', 'unser', 'nous', 'notre', 'nosotros', 'noi', 'my account']);
    for (const lexicon of FRAME_LEXICONS) {
      for (const word of lexicon.words.self ?? []) expect(notSelf.has(word), `${lexicon.language}: ${word}`).toBe(false);
    }
  });
});

describe('English frames', () => {
  it.each([
    ["I'm going to send this compromising video of yours to every one of your contacts.", 'direct-threat'],
    ['I will forward the recording to all of the people in your address book.', 'direct-threat'],
    ['Then I upload those pictures to Facebook and to every porn site I know.', 'direct-threat'],
    ["I'll make public the footage so your family and colleagues see it.", 'direct-threat'],
    ['I filmed you while you were watching porn.', 'recording'],
    ['With your own camera I captured everything while you were pleasuring yourself.', 'recording'],
    ['I have recorded you with the webcam of your laptop.', 'recording'],
    ['I have successfully infected your operating system with a trojan.', 'compromising-material'],
    ['Some time ago I gained access to the devices you use for browsing.', 'compromising-material'],
    ["I've taken over your email account and everything in it.", 'compromising-material'],
    ['A person close to you paid me a lot of money to kill you.', 'violence-threat'],
    ['Your murder was ordered by someone you trust.', 'violence-threat'],
  ] as const)('reads %j as %s', (text, cue) => {
    expect(frameHits(text, cue)).not.toEqual([]);
  });

  it.each([
    ['Your video is ready! Share your video with friends and family.', 'direct-threat'],
    ['We will send the photos from the school trip to all families this week.', 'direct-threat'],
    ['Hi! I took some photos of you at the wedding, I will send the photos to your family tonight.', 'direct-threat'],
    ['Hi grandma, the video will be posted to the family group tonight.', 'direct-threat'],
    ['Our talks will be recorded and published; share them with your friends.', 'direct-threat'],
    ['Your camera recorded motion in the living room at 03:04.', 'recording'],
    ['We recorded the webinar with a webcam so that you can watch it later.', 'recording'],
    ['We detected that your account may have been compromised. Change your password.', 'compromising-material'],
    ['My account was hacked yesterday, please ignore any mail from it.', 'compromising-material'],
    ['Tonight: a documentary about the history of erotic film, recorded in Paris.', 'recording'],
    ['You have paid for the service; on Monday we will kill the wasps in your attic.', 'violence-threat'],
    ['Upgrade to a paid plan to eliminate ads; we execute your order today.', 'violence-threat'],
    ['Your life insurance contract has been renewed.', 'violence-threat'],
    ['The bomb squad will remove the wartime shell found near the school.', 'violence-threat'],
  ] as const)('reads no frame in the look-alike %j (%s)', (text, cue) => {
    expect(frameHits(text, cue)).toEqual([]);
  });

  it('an app inviting the reader to share a video is no threat (it was, by two phrases, before frames)', () => {
    const body = normalizeText('Your video is ready! Share your video with friends and family.');
    const assessment = assessHeuristics({ subject: '', body, folded: foldForMatching(`\n${body}`), addresses: [], links: [] });
    expect(assessment.suspected).toBe(false);
  });

  it('a quoted threat with its sender in it is a threat that names its object, and with a recording suspected', () => {
    const body = normalizeText('I recorded you with your webcam. I am going to send that clip to everybody on your contact list.');
    const assessment = assessHeuristics({ subject: '', body, folded: foldForMatching(`\n${body}`), addresses: [], links: [] });
    expect(assessment.rule).toBe('recording-direct-threat');
  });

  const assess = (text: string) => {
    const body = normalizeText(text);
    return assessHeuristics({ subject: '', body, folded: foldForMatching(`\n${body}`), addresses: [], links: [] });
  };

  it.each([
    'Last month I infected your laptop with my spyware. Since then I have filmed you while you were watching porn sites.',
    'Some weeks ago I took control of your computer. I filmed you in intimate moments, which you did not notice.',
    'I am a hacker. I recorded you pleasuring yourself in front of the screen.',
  ])('reads the sextortion story as the sender tells it: %j', (text) => {
    const assessment = assess(text);
    expect(assessment.suspected).toBe(true);
    // The rule holds, whichever rule came first (a rule that holds is no near miss).
    expect(assessment.nearMisses.map((m) => m.rule)).not.toContain('recorded-intimate-hack');
  });

  it('catches the story by this rule alone when no phrase of another rule is there', () => {
    expect(assess('I gained access to your phone, and with your own camera I recorded you naked.').rule).toBe('recorded-intimate-hack');
  });

  it.each([
    'I recorded an episode about porn addiction for the podcast; my laptop was hacked last week, so the upload is late.',
    'I recorded the meeting with my webcam and I think my laptop was hacked afterwards. Can IT have a look?',
    'The scammer claims: "I recorded you while you were watching porn." Do not pay; report it to the police. The criminals send such mail to thousands.',
  ])('does not read it into %j', (text) => {
    expect(assess(text).suspected).toBe(false);
  });

  it.each([
    "The video of you and Tom at the altar is edited. I'll send your video to all your family and friends on Monday, with the invoice of 400 euros.",
    "J'ai terminé le montage : je vais envoyer votre vidéo à votre famille et à vos amis lundi, avec la facture de 400 euros.",
  ])('a videographer sending the wedding video to family and friends is no threat: %j', (text) => {
    expect(assess(text).suspected).toBe(false);
  });

  it('the same sentence beside a recording in an intimate moment is one', () => {
    const text = "I have a video of you masturbating. I'll send your video to all your family and friends on Monday.";
    expect(assess(text).suspected).toBe(true);
  });

  it('reads a passive threat to the reader\'s whole world', () => {
    expect(frameHits('This video will be sent to all your contacts and colleagues.', 'direct-threat')).not.toEqual([]);
    expect(frameHits('The video will be published on our channel afterwards, so share it with your friends.', 'direct-threat')).toEqual([]);
  });

  // The frames read "the video will be published … for all your colleagues" in a conference's
  // mail; with nothing held over the reader that is no threat, even beside a fee in bitcoin.
  it.each([
    'The talks will be filmed and the video will be published on the internet for all your colleagues. Please pay the fee of 0.001 BTC to ADDRESS.',
    'Les conférences seront filmées et la vidéo sera publiée sur internet pour tous vos collègues. Merci de payer 0,001 BTC à ADDRESS.',
    'Las charlas serán grabadas y el vídeo será publicado en internet para todos tus colegas. Debe pagar 0,001 BTC a ADDRESS.',
    'Gli interventi saranno registrati e il video sarà pubblicato su internet per tutti i tuoi colleghi. Devi pagare 0,001 BTC a ADDRESS.',
  ])('a conference that publishes its talks and takes bitcoin is no threat: %j', (text) => {
    const withAddress = text.replace('ADDRESS', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
    const body = normalizeText(withAddress);
    const assessment = assessHeuristics({
      subject: '', body, folded: foldForMatching(`\n${body}`), addresses: findPaymentAddresses(body), links: [],
    });
    expect(assessment.findings.some((f) => f.signal === 'payment-address')).toBe(true);
    expect(assessment.suspected).toBe(false);
  });
});

describe('a pronoun standing for the material (concept object)', () => {
  // The material is named in the sentence before; the threat says "it". Written for this test.
  const threats: readonly (readonly [string, string])[] = [
    ['en', 'I have a video of you. I will send it to all your contacts.'],
    ['fr', "J'ai une vidéo de toi. Je l'enverrai à tous tes contacts."],
    ['es', 'Tengo un vídeo tuyo. Voy a enviarlo a todos tus contactos.'],
    ['it', 'Ho un video di te. Lo invierò a tutti i tuoi contatti.'],
    ['it', 'Ho un video di te. Sono pronto a inviarlo a tutti i tuoi contatti.'],
    ['de', 'Ich habe ein Video von dir. Ich werde es an alle deine Kontakte schicken.'],
    ['nl', 'Ik heb een video van je. Ik stuur het naar al je contacten.'],
    ['sv', 'Jag har en video på dig. Jag skickar den till alla dina kontakter.'],
    ['da', 'Jeg har en video af dig. Jeg sender den til alle dine kontakter.'],
    ['no', 'Jeg har en video av deg. Jeg sender den til alle kontaktene dine.'],
    ['fi', 'Minulla on video sinusta. Lähetän sen kaikille yhteystiedoillesi.'],
    ['et', 'Mul on sinust video. Saadan selle kõigile sinu kontaktidele.'],
    ['pl', 'Mam nagranie z tobą. Wyślę je wszystkim twoim kontaktom.'],
  ];
  it.each(threats)('%s: %s is a share threat', (_language, text) => {
    expect(frameHits(text, 'direct-threat').length, text).toBeGreaterThan(0);
  });

  it('needs the reader\'s whole world: "I\'ll send it to you tomorrow" is no threat', () => {
    expect(frameHits('I have the video. I will send it to you tomorrow.', 'direct-threat')).toEqual([]);
    expect(frameHits("J'ai la vidéo. Je te l'enverrai demain.", 'direct-threat')).toEqual([]);
    expect(frameHits('Ho il video. Te lo mando domani.', 'direct-threat')).toEqual([]);
  });

  it('is read as a threat only with leverage: a wedding film sent on to family and friends is not suspected', () => {
    for (const text of [
      'Your wedding film is ready. I will send it to all your family and friends tomorrow.',
      'Il vostro video del matrimonio è pronto. Lo invierò a tutti i vostri parenti e amici domani.',
      'Teidän hääelokuvanne on valmis. Lähetän sen huomenna kaikille sukulaisillenne ja ystävillenne.',
    ]) {
      expect(assessMessage('Wedding', text).suspected, text).toBe(false);
    }
  });

  it('with leverage it is: a webcam recording of the reader, then "I will send it to all your contacts"', () => {
    const r = assessMessage('', 'I hacked your webcam and recorded you. If you do not pay 500 euros, I will send it to all your contacts.');
    expect(r.suspected).toBe(true);
  });
});

// "What would happen if I sent these videos to your colleagues, family and friends?": the
// sextortion question, with the verb in the conditional or subjunctive and, in German and Dutch,
// the sender's "ich"/"ik" apart from it. The frame reads it in every language; as every frame
// share threat, it counts only with leverage (assess.ts).
describe('the share threat asked as a question', () => {
  it.each([
    ['en', 'What do you think would happen if I sent these videos to your colleagues, family and friends?'],
    ['fr', "Que se passerait-il si j'envoyais ces vidéos à vos collègues, à votre famille et à vos amis ?"],
    ['es', '¿Qué cree que pasaría si enviara esos vídeos a sus colegas, familiares y amigos?'],
    ['it', 'Cosa pensi che succederebbe se inviassi questi video ai tuoi colleghi, familiari e amici?'],
    ['de', 'Was glauben Sie, würde passieren, wenn ich diese Videos an Ihre Kollegen, Familie und Freunde schicken würde?'],
    ['nl', "Wat denk je dat er gebeurt als ik deze video's naar je collega's, familie en vrienden stuur?"],
    ['pl', 'Jak myślisz, co by się stało, gdybym wysłał te filmy twoim współpracownikom, rodzinie i znajomym?'],
    ['fi', 'Mitä luulet tapahtuvan, jos lähettäisin nämä videot työkavereillesi, perheellesi ja ystävillesi?'],
    ['sv', 'Vad tror du skulle hända om jag skickade de här videorna till dina kollegor, din familj och dina vänner?'],
    ['da', 'Hvad tror du, der ville ske, hvis jeg sendte disse videoer til dine kolleger, din familie og dine venner?'],
    ['no', 'Hva tror du ville skje hvis jeg sendte disse videoene til kollegene, familien og vennene dine?'],
    ['et', 'Mis sa arvad, mis juhtuks, kui ma saadaksin need videod sinu kolleegidele, perele ja sõpradele?'],
  ])('%s: %s', (_language, text) => {
    expect(frameHits(text, 'direct-threat').length).toBeGreaterThan(0);
  });
});

describe('Italian "sequestro" is also the police\'s seizure, not only a kidnapping', () => {
  it('a fake summons\' "sequestro informatico" names no kidnapping; "abbiamo sequestrato tua figlia" does', () => {
    expect(assessMessage('', 'In seguito a un sequestro informatico, lei è convocato.').findings.map((f) => f.signal)).not.toContain('kidnapping-threat');
    expect(assessMessage('', 'Abbiamo sequestrato tua figlia.').findings.map((f) => f.signal)).toContain('kidnapping-threat');
  });
});
