import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningContainer, type WarningContainerProps } from '../../../components/WarningContainer';
import { translatorFor } from '../../../components/locales';
import type { UiActions } from '../../../components/dom-actions';

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

function fakeActions(): UiActions & { saved: { name: string; text: string }[]; copied: string[]; opened: string[] } {
  const saved: { name: string; text: string }[] = [];
  const copied: string[] = [];
  const opened: string[] = [];
  return {
    saved,
    copied,
    opened,
    saveFile: async (name, text) => void saved.push({ name, text }),
    copyText: async (text) => void copied.push(text),
    openUrl: (url) => void opened.push(url),
  };
}

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function mount(overrides: Partial<WarningContainerProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const props: WarningContainerProps = {
    verdict: { level: 'known', reasons: [{ rule: 'payment-address', campaignId: 'vastaamo-2020', listId: 'vahti-default', listVersion: 2, matched: 'bc1q…3t4' }] },
    message: {
      messageKey: 'gmail:msg:1#abc',
      provider: 'gmail',
      features: { senderAddress: 'x@example.net', senderName: 'X', replyTo: [], subject: 'Vastaamo', bodyText: `Pay to ${BTC}`, links: [] },
      receivedAt: '24.10.2020',
    },
    effective: { hideBodyByDefault: true, allowDismiss: true },
    dismiss: vi.fn(async () => undefined),
    locale: 'fi-FI',
    t: translatorFor('en'),
    translatorFor,
    actions: fakeActions(),
    onBodyHiddenChange: vi.fn(),
    now: () => new Date('2026-11-23T18:00:00Z'),
    ...overrides,
  };
  await act(() => render(<WarningContainer {...props} />, host));
  await flush();
  return props;
}

const button = (name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button "${name}" in: ${host.textContent}`);
  return b;
};

describe('WarningContainer', () => {
  it('hides the body by default and shows Finnish guidance for a Finnish locale', async () => {
    const props = await mount();
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(true);
    const ids = [...host.querySelectorAll('[data-guidance-id]')].map((e) => e.getAttribute('data-guidance-id'));
    expect(ids[0]).toBe('fi-police');
    expect(ids).toContain('fi-mieli');
    await act(() => button('Show the message').click());
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
  });

  it('follows the hide-body default and the language the background sends', async () => {
    const props = await mount({ effective: { hideBodyByDefault: false, language: 'sv', country: 'SE', allowDismiss: true } });
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
    expect(host.textContent).toContain('Det här är ett känt utpressningsmejl');
    expect(host.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('se-police');
  });

  it('falls back to the browser locale when the background sends a country or language it does not know', async () => {
    await mount({ effective: { hideBodyByDefault: true, language: 'xx', country: 'ZZ', allowDismiss: true } });
    expect(host.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('fi-police');
  });

  it('asks the background to remember a dismissal, then shows the body again and goes', async () => {
    const onDismissed = vi.fn();
    const props = await mount({ onDismissed });
    await act(() => button('This is not extortion').click());
    expect(props.dismiss).not.toHaveBeenCalled(); // a confirmation first
    await act(async () => button('Yes, hide the warning').click());
    await flush();
    expect(props.dismiss).toHaveBeenCalledTimes(1);
    expect(host.textContent).toBe('');
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
    expect(onDismissed).toHaveBeenCalled();
  });

  it('stays and says so when the background refuses the dismissal', async () => {
    const onDismissed = vi.fn();
    await mount({ onDismissed, dismiss: async () => Promise.reject(new Error('refused')) });
    await act(() => button('This is not extortion').click());
    await act(async () => button('Yes, hide the warning').click());
    await flush();
    expect(onDismissed).not.toHaveBeenCalled();
    expect(host.textContent).toContain('This is a known extortion email');
    expect(host.textContent).toContain('The warning could not be hidden.');
  });

  it('saves an evidence file with the full payment address, and reports success', async () => {
    const actions = fakeActions();
    await mount({ actions });
    await act(async () => button('Save evidence').click());
    await flush();
    expect(actions.saved).toHaveLength(1);
    expect(actions.saved[0]!.name).toMatch(/^vahti-evidence-2026-11-23-1800-[0-9a-f]{8}\.txt$/);
    expect(actions.saved[0]!.text).toContain(BTC);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Nothing was sent anywhere');
  });

  it('writes the date, recipients and shown headers it is given into the evidence file and the report', async () => {
    const actions = fakeActions();
    await mount({
      actions,
      message: {
        messageKey: 'roundcube:msg:INBOX/7#abc',
        provider: 'roundcube',
        features: { senderAddress: 'x@example.net', senderName: 'X', replyTo: [], subject: 'Vastaamo', bodyText: `Pay to ${BTC}`, links: [] },
        receivedAt: 'Sat, Oct 24, 2020, 10:41 AM',
        to: ['Maija Mäkelä <maija.makela@gmail.com>'],
        headers: [{ name: 'Date', value: '2020-10-24 10:41' }],
      },
    });
    await act(async () => button('Save evidence').click());
    await flush();
    await act(async () => button('Prepare a police report').click());
    await flush();
    const text = actions.saved[0]!.text;
    expect(text).toContain('Date received: Sat, Oct 24, 2020, 10:41 AM');
    expect(text).toContain('To: Maija Mäkelä <maija.makela@gmail.com>');
    expect(text).toContain('----- BEGIN MESSAGE CONTENT -----\nDate: 2020-10-24 10:41\n\nPay to');
    expect(actions.copied[0]).toContain('Maija Mäkelä <maija.makela@gmail.com>');
    expect(actions.copied[0]).toContain('Sat, Oct 24, 2020, 10:41 AM');
  });

  it('copies the report summary and opens the official police page of the country', async () => {
    const actions = fakeActions();
    await mount({ actions });
    await act(async () => button('Prepare a police report').click());
    await flush();
    expect(actions.copied[0]).toContain('Vastaamo');
    expect(actions.opened).toEqual(['https://asiointi.poliisi.fi/']);
  });

  it('still opens the police page when copying fails, and says the summary failed', async () => {
    const actions = { ...fakeActions(), copyText: async () => Promise.reject(new Error('denied')) };
    const opened: string[] = [];
    actions.openUrl = (u: string) => void opened.push(u);
    await mount({ actions });
    await act(async () => button('Prepare a police report').click());
    await flush();
    expect(opened).toEqual(['https://asiointi.poliisi.fi/']);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('could not be prepared');
  });
});

describe('WarningContainer with an organisation policy', () => {
  it('shows the helpdesk and hides "This is not extortion" when policy forbids it', async () => {
    await mount({ effective: { hideBodyByDefault: false, country: 'SE', allowDismiss: false, helpdesk: { name: 'Clinic IT', phone: '+358 9 123 4567' } } });
    expect(host.textContent).toContain('Your helpdesk: Clinic IT');
    expect(host.textContent).toContain('+358 9 123 4567');
    expect(host.textContent).not.toContain('This is not extortion');
  });
});
