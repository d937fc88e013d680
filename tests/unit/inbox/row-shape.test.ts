import { describe, expect, it } from 'vitest';
import { rowShape } from '../../../utils/app/inbox/row-shape';
import { BENIGN } from '../../corpus/src/benign';
import { EXTORTION, testHetu } from '../../corpus/src/extortion';
import type { Message } from '../../corpus/src/mime';

/** What a webmail row shows: the subject and about the first 150 characters of the text. */
function row(message: Message) {
  const content = message.parts.find((p) => p.type === 'text/plain')?.content;
  const text = typeof content === 'string' ? content : '';
  return { subject: message.subject, snippet: text.replace(/\s+/g, ' ').trim().slice(0, 150) };
}

describe('rowShape', () => {
  it('marks no row of the benign corpus, even those with an identity code, bitcoin or a due date', () => {
    const marked = BENIGN.filter((m) => rowShape(row(m)).shaped).map((m) => m.file);
    expect(marked).toEqual([]);
  });

  it('marks the Vastaamo subject with the name and identity code and a demand in the snippet', () => {
    const code = testHetu('150385', '-', 917);
    const shape = rowShape({
      subject: `Maija Mäkelä ${code}`,
      snippet: 'Hyvä Maija Mäkelä, jos saamme 200 euron arvosta bitcoineja 24 tunnin kuluessa, tietonne poistetaan',
    });
    expect(shape.shaped).toBe(true);
    expect(shape.signs).toEqual(expect.arrayContaining(['identity-code', 'crypto']));
  });

  it('needs more than an identity code, or more than a demand', () => {
    const code = testHetu('150385', '-', 917);
    expect(rowShape({ subject: 'Sinulle on uusi päätös', snippet: `Hei Maija Mäkelä (${code}), sinulle on tehty uusi päätös` }).shaped).toBe(false);
    expect(rowShape({ subject: 'Lasku: psykoterapiakäynnit', snippet: `Asiakas: Petri Nieminen, ${code} Psykoterapiakäynnit, maksa lasku 20.11.` }).shaped).toBe(false);
    expect(rowShape({ subject: 'Lasku', snippet: 'Maksa lasku 14 päivän kuluessa' }).shaped).toBe(false);
    // An invalid code (wrong check character) is no identity code.
    expect(rowShape({ subject: 'Maija Mäkelä 150385-917X', snippet: 'maksakaa bitcoineja' }).signs).not.toContain('identity-code');
  });

  it('marks a crypto demand with a deadline, and says which signs it saw', () => {
    const shape = rowShape({ subject: 'Viimeinen varoitus', snippet: 'Maksa 500 € bitcoineina 48 tunnin kuluessa tai julkaisemme videon' });
    expect(shape.shaped).toBe(true);
    expect(shape.signs).toEqual(expect.arrayContaining(['payment-demand', 'crypto', 'deadline']));
  });

  it('marks every Vastaamo-style row of the corpus, and more than a third of all its extortion rows', () => {
    const shaped = new Set(EXTORTION.filter((m) => rowShape(row(m)).shaped).map((m) => m.file));
    // A row shows little: many extortion subjects are bland ("Video", "We know"), and only
    // the opened message can tell.
    expect(shaped.size / EXTORTION.length).toBeGreaterThan(1 / 3);
    const vastaamo = EXTORTION.filter((m) => m.file.includes('vastaamo') && rowShape({ subject: m.subject, snippet: '' }).signs.includes('identity-code'));
    expect(vastaamo.length).toBeGreaterThan(5);
    for (const m of vastaamo) expect(shaped.has(m.file), m.file).toBe(true);
  });
});
