/**
 * Counter-signals (advice, third-person reporting) that extortion mail says itself: a word that
 * reads as a warning in one language ("bluff" is Swedish for a scam) or out of its frame
 * ("hackers") must not veto the mail that boasts "this is no bluff" or "we are a group of hackers".
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

describe('counter-signals that extortion says itself', () => {
  it.each([
    ['it', 'Non è un bluff.'],
    ['fr', "Ce n'est pas du bluff."],
    ['es', 'No es ningún bluff.'],
    ['en', 'I am part of a group of hackers.'],
  ])('%s: %s reads as no warning', (_language, sentence) => {
    expect(assess('', sentence).counterSignals).toEqual([]);
  });

  it('Swedish warnings still call the scam a bluff', () => {
    const r = assess('', 'Polisen varnar: mejlet är en bluff. Betala inte och gör en polisanmälan.');
    expect(r.counterSignals.some((c) => c.matched === 'en bluff')).toBe(true);
    expect(r.warningFraming).toBe(true);
  });

  it('a news report about hackers is still one', () => {
    const r = assess('', 'Hackers are sending emails that claim to have videos of the recipients, according to the police. The victims are told to pay in bitcoin.');
    expect(r.warningFraming).toBe(true);
  });
});
