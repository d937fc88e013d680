/**
 * A signed list's selector override mends an adapter whose page changed: the changed page is
 * unreadable without it and read right with it; an override that fails validation is dropped
 * and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { outlook, yahoo } from '../../../utils/page/providers';
import { setSelectorOverrides } from '../../../utils/page/selector-overrides';
import { messageById } from '../../fixtures/webmail/messages';
import { outlookOpened } from '../../fixtures/webmail/today/outlook';
import { yahooToday } from '../../fixtures/webmail/today/yahoo';
import { loadFixture } from './load';

const known = messageById('18c2a1f0b7e4d901');
afterEach(() => setSelectorOverrides([]));

/** Outlook drops the body's role for a test id, as a redesign might. */
function outlookRedesigned(): Document {
  const doc = loadFixture(outlookOpened(known));
  const body = doc.querySelector('[role="document"]')!;
  body.removeAttribute('role');
  body.setAttribute('data-testid', 'message-body');
  return doc;
}

/** Yahoo renames its sender hook. */
function yahooRedesigned(): Document {
  const doc = loadFixture(yahooToday.opened(known));
  doc.querySelector('[data-test-id="message-from"]')!.setAttribute('data-test-id', 'message-sender');
  return doc;
}

describe('selector overrides from the list', () => {
  it('an override for the body makes a redesigned Outlook page readable again', () => {
    expect(outlook.findOpenedMessages(outlookRedesigned())).toHaveLength(0);
    expect(setSelectorOverrides([{ provider: 'outlook', key: 'body', selectors: ['div[data-testid="message-body"]'] }])).toBe(1);
    const [m] = outlook.findOpenedMessages(outlookRedesigned());
    expect(m!.readFeatures()).toMatchObject({ senderAddress: known.from.address });
    expect(m!.readFeatures().bodyText).toContain('1MX99GWJPjFZHwj3F18L9BJecgz6L2dSQt');
  });

  it('an override for the sender makes a redesigned Yahoo page read its sender again', () => {
    expect(yahoo.findOpenedMessages(yahooRedesigned())[0]!.readFeatures().senderAddress).toBe('');
    setSelectorOverrides([{ provider: 'yahoo', key: 'sender', selectors: ['[data-test-id="message-sender"] [data-test-id="email-pill"]'] }]);
    expect(yahoo.findOpenedMessages(yahooRedesigned())[0]!.readFeatures().senderAddress).toBe(known.from.address);
  });

  it('drops an override that is not a plain selector, and the adapter keeps its own', () => {
    expect(setSelectorOverrides([{ provider: 'outlook', key: 'body', selectors: ['div:has([role="document"])'] }, { provider: 'outlook', key: 'body', selectors: ['x'.repeat(201)] }])).toBe(0);
    expect(outlook.findOpenedMessages(loadFixture(outlookOpened(known)))).toHaveLength(1);
    expect(outlook.findOpenedMessages(outlookRedesigned())).toHaveLength(0);
  });
});
