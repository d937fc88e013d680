import { describe, expect, it } from 'vitest';
import { classify, extractEvidence, verdictFrom } from '../../../utils/core/engine/classify';
import { MessageFeaturesSchema, type MessageFeaturesInput } from '../../../utils/core/engine/features';
import { buildMatchIndex, lookupExact } from '../../../utils/core/engine/index';
import { VerdictSchema } from '../../../utils/core/engine/verdict';
import { SignatureListSchema, type SignatureListInput } from '../../../utils/core/list/schema';

const GENESIS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const BOAT = '16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu';
const BECH32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';

const campaign = (id: string) => ({ id, name: id, languages: ['fi'], severity: 'high' as const, firstSeen: '2020-10-24' });

const listA: SignatureListInput = {
  schema: 1,
  listId: 'vahti-default',
  version: 7,
  name: 'Default',
  campaigns: [campaign('vastaamo-2020'), campaign('sextortion-2018')],
  senders: [
    { campaign: 'vastaamo-2020', match: 'address', value: 'Ransom@Extort.example' },
    { campaign: 'vastaamo-2020', match: 'domain', value: 'tor-mail.example' },
    { campaign: 'sextortion-2018', match: 'display-name', value: '*Ransom Operator*' },
  ],
  payments: [{ campaign: 'sextortion-2018', coin: 'btc', address: BOAT }],
  signatures: [
    {
      id: 'vastaamo-fi',
      campaign: 'vastaamo-2020',
      language: 'fi',
      groups: [
        { atLeast: 1, phrases: ['potilastiedot', 'potilastietosi'] },
        { atLeast: 1, phrases: ['bitcoin*'] },
      ],
    },
  ],
};

const listB: SignatureListInput = {
  schema: 1,
  listId: 'helpdesk-extra',
  version: 3,
  name: 'Helpdesk',
  campaigns: [campaign('local-wave')],
  senders: [{ campaign: 'local-wave', match: 'domain', value: 'mörkö.example' }],
  payments: [
    { campaign: 'local-wave', coin: 'btc', address: GENESIS },
    // Also listed by list A: both lists must be named.
    { campaign: 'local-wave', coin: 'btc', address: BOAT },
    { campaign: 'local-wave', coin: 'btc', address: BECH32.toUpperCase() },
  ],
};

const index = buildMatchIndex([SignatureListSchema.parse(listA), SignatureListSchema.parse(listB)]);

const message = (over: Partial<MessageFeaturesInput>) =>
  MessageFeaturesSchema.parse({ senderAddress: 'someone@ordinary.example', senderName: 'Someone', subject: 'Hello', bodyText: 'Nice to meet you.', ...over });

describe('classify with two lists', () => {
  it.each([
    [{ bodyText: `Lähetä rahat osoitteeseen ${GENESIS} heti.` }, 'payment-address', 'helpdesk-extra', 3, 'local-wave', '1A1zP1…vfNa'],
    [{ bodyText: `pay to ${BECH32}` }, 'payment-address', 'helpdesk-extra', 3, 'local-wave', 'bc1qar…5mdq'],
    [{ senderAddress: 'RANSOM@extort.example' }, 'sender-address', 'vahti-default', 7, 'vastaamo-2020', 'r…@extort.example'],
    [{ senderAddress: 'x@mail.tor-mail.example' }, 'sender-domain', 'vahti-default', 7, 'vastaamo-2020', 'tor-mail.example'],
    [{ senderAddress: 'x@MÖRKÖ.example' }, 'sender-domain', 'helpdesk-extra', 3, 'local-wave', 'xn--mrk-snac.example'],
    [{ senderName: 'The Ransom Operator Team' }, 'display-name', 'vahti-default', 7, 'sextortion-2018', '*Ransom Operator*'],
    [{ bodyText: 'Potilastietosi julkaistaan, maksa bitcoineina.' }, 'content-signature', 'vahti-default', 7, 'vastaamo-2020', 'potilastietosi + bitcoin*'],
  ] as const)('%j → known via %s from %s v%d', (over, rule, listId, listVersion, campaignId, matched) => {
    const verdict = classify(index, message(over));
    expect(VerdictSchema.parse(verdict)).toEqual(verdict);
    expect(verdict.level).toBe('known');
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ rule, listId, listVersion, campaignId, matched }));
  });

  it('applies sender rules to reply-to as well, and says so', () => {
    const verdict = classify(index, message({ replyTo: ['collect@tor-mail.example'] }));
    expect(verdict.level).toBe('known');
    expect(verdict.reasons[0]).toMatchObject({ rule: 'sender-domain', signal: 'reply-to' });
  });

  it('names every list that knows the same address', () => {
    const verdict = classify(index, message({ bodyText: `wallet: ${BOAT}` }));
    const lists = verdict.reasons.filter((r) => r.rule === 'payment-address').map((r) => `${r.listId}/${r.campaignId}`);
    expect(lists.sort()).toEqual(['helpdesk-extra/local-wave', 'vahti-default/sextortion-2018']);
  });

  it.each([
    [{ senderAddress: 'ransom@extort.example.org' }],
    [{ senderAddress: 'x@not-tor-mail.example' }],
    [{ senderName: 'Ransom Operations' }],
    [{ bodyText: 'Potilastietosi ovat turvassa.' }],
    // One character changed: the checksum fails, so it is not an address at all.
    [{ bodyText: `pay to ${GENESIS.slice(0, -1)}b` }],
  ])('%j is not known', (over) => {
    expect(classify(index, message(over)).level).not.toBe('known');
  });

  it('says none for an ordinary message', () => {
    expect(classify(index, message({}))).toEqual({ level: 'none', reasons: [] });
  });

  it('never carries the full payment address or sender address in a reason', () => {
    const verdict = classify(index, message({ senderAddress: 'ransom@extort.example', bodyText: `to ${GENESIS}` }));
    const text = JSON.stringify(verdict);
    expect(text).not.toContain(GENESIS);
    expect(text).not.toContain('ransom@');
  });
});

describe('levels', () => {
  const extortion =
    'We have your therapy notes from Vastaamo. Pay 200 EUR in bitcoin to 1KD6jtQ96HD5GmGuiuBDA71J3qHiT1F9XP ' +
    'within 24 hours or your records will be published for everyone to see. After that the price is 500 EUR.';

  it('is suspected, with heuristic reasons, when no list knows the message but the heuristics do', () => {
    const verdict = classify(index, message({ subject: 'Your patient records', bodyText: extortion }));
    expect(verdict.level).toBe('suspected');
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.reasons.every((r) => r.rule === 'heuristic' && r.listId === undefined)).toBe(true);
  });

  it('is known when a list matches too, list reasons first and heuristic reasons kept', () => {
    const verdict = classify(index, message({ senderAddress: 'ransom@extort.example', subject: 'Your patient records', bodyText: extortion }));
    expect(verdict.level).toBe('known');
    expect(verdict.reasons[0]?.rule).toBe('sender-address');
    expect(verdict.reasons.some((r) => r.rule === 'heuristic')).toBe(true);
  });

  it('keeps at most 50 reasons', () => {
    const campaigns = Array.from({ length: 60 }, (_, i) => campaign(`c${i}`));
    const senders = campaigns.map((c) => ({ campaign: c.id, match: 'display-name' as const, value: '*ransom operator*' }));
    const many = buildMatchIndex([SignatureListSchema.parse({ ...listB, listId: 'many', campaigns, payments: [], senders })]);
    const verdict = classify(many, message({ senderName: 'The Ransom Operator' }));
    expect(verdict.level).toBe('known');
    expect(verdict.reasons).toHaveLength(50);
    expect(VerdictSchema.safeParse(verdict).success).toBe(true);
  });
});

describe('extractEvidence / verdictFrom split', () => {
  it('produces the lookup keys, and the verdict depends only on the hits given', () => {
    const features = message({ senderAddress: 'a@b.tor-mail.example', bodyText: `to ${GENESIS}` });
    const evidence = extractEvidence(features, index.text);
    expect(evidence.keys).toEqual(
      expect.arrayContaining(['sender:a@b.tor-mail.example', 'domain:b.tor-mail.example', 'domain:tor-mail.example', `btc:${GENESIS}`]),
    );
    expect(evidence.keys).not.toContain('domain:example');
    expect(verdictFrom(evidence, new Map()).level).not.toBe('known');
    const hits = lookupExact(index, evidence.keys);
    expect([...hits.keys()].sort()).toEqual([`btc:${GENESIS}`, 'domain:tor-mail.example']);
    expect(verdictFrom(evidence, hits)).toEqual(classify(index, features));
  });
});

describe('verdicts that flag nothing', () => {
  it('carry no reasons, even when single cues were seen', () => {
    const index = buildMatchIndex([]);
    const verdict = classify(index, {
      senderAddress: 'receipts@exchange.example',
      senderName: 'Exchange',
      replyTo: [],
      subject: 'Your deposit address',
      bodyText: 'Send bitcoin to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT to top up your account.',
      links: [],
    });
    expect(verdict).toEqual({ level: 'none', reasons: [] });
  });
});

describe('warning framing vetoes content signatures, not listed senders or addresses', () => {
  const quoted = 'Potilastietosi julkaistaan, maksa bitcoineina.';
  const bulletin = `Poliisi varoittaa: huijarit lähettävät viestejä, joissa lukee "${quoted}" Älä maksa ja tee rikosilmoitus.`;

  it('the same campaign wording is known in a mail and not in a bulletin that quotes it', () => {
    expect(classify(index, message({ bodyText: quoted })).level).toBe('known');
    const verdict = classify(index, message({ bodyText: bulletin }));
    expect(verdict.level).toBe('none');
    expect(verdict.reasons.some((r) => r.rule === 'content-signature')).toBe(false);
  });

  it('a bulletin from a listed sender, or quoting a listed address, is still known', () => {
    expect(classify(index, message({ bodyText: bulletin, senderAddress: 'ransom@extort.example' })).reasons[0]).toMatchObject({ rule: 'sender-address' });
    expect(classify(index, message({ bodyText: `${bulletin} ${BOAT}` })).reasons[0]).toMatchObject({ rule: 'payment-address' });
  });
});

describe('recipients: the "sent from your own account" trick', () => {
  const body = 'I hacked your device and recorded you with your webcam. I will send the video to all your contacts.';

  it('flags a threat with a recording sent from the recipient\'s own address, and not from another sender', () => {
    const own = extractEvidence(message({ senderAddress: 'Anna@Example.com', recipients: ['anna@example.com'], bodyText: body }), index.text);
    expect(own.heuristics.findings).toContainEqual({ signal: 'sent-from-own-address', matched: expect.stringContaining('@example.com') });
    const other = extractEvidence(message({ senderAddress: 'x@other.example', recipients: ['anna@example.com'], bodyText: body }), index.text);
    expect(other.heuristics.findings.some((f) => f.signal === 'sent-from-own-address')).toBe(false);
  });

  it('explains a none verdict by the rules it came closest to', () => {
    const evidence = extractEvidence(message({ bodyText: 'Pay 0.1 BTC within 48 hours.' }), index.text);
    expect(evidence.heuristics.suspected).toBe(false);
    const crypto = evidence.heuristics.nearMisses?.find((m) => m.rule === 'crypto-demand-threat-clock');
    expect(crypto?.missing).toEqual(['threat or deletion offer']);
  });
});
