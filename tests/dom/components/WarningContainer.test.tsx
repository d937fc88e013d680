import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningContainer, type KeyValueStorage, type WarningContainerProps } from '../../../components/WarningContainer';
import { translatorFor } from '../../../components/locales';
import type { UiActions } from '../../../components/dom-actions';
import { SETTINGS_STORAGE_KEY } from '../../../utils/app/settings/schema';

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

function fakeStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

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
    storage: fakeStorage(),
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

  it('follows the stored hide-body default and the chosen language', async () => {
    const storage = fakeStorage({ [SETTINGS_STORAGE_KEY]: { hideBodyByDefault: false, language: 'sv', country: 'SE' } });
    const props = await mount({ storage });
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
    expect(host.textContent).toContain('Det här är ett känt utpressningsmejl');
    expect(host.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('se-police');
  });

  it('remembers a dismissal in storage, shows the body again and stays dismissed on the next mount', async () => {
    const storage = fakeStorage();
    const onDismissed = vi.fn();
    const props = await mount({ storage, onDismissed });
    await act(() => button('This is not extortion').click());
    await act(async () => button('Yes, hide the warning').click());
    await flush();
    expect(host.textContent).toBe('');
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
    expect(onDismissed).toHaveBeenCalled();
    const stored = storage.data[SETTINGS_STORAGE_KEY] as { dismissed: { key: string; sender?: string }[] };
    expect(stored.dismissed).toEqual([{ key: 'gmail:msg:1#abc', at: '2026-11-23T18:00:00.000Z', sender: 'x@example.net' }]);

    render(null, host);
    const onDismissedBefore = vi.fn();
    const again = await mount({ storage, onDismissed: onDismissedBefore });
    expect(host.textContent).toBe('');
    expect(again.onBodyHiddenChange).not.toHaveBeenCalledWith(true);
    // The page's host element goes too, not only the frame's content.
    expect(onDismissedBefore).toHaveBeenCalledTimes(1);
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
  it('shows the helpdesk, hides "This is not extortion" when policy forbids it, and applies policy defaults', async () => {
    const { POLICY_STORAGE_KEY } = await import('../../../utils/app/policy/schema');
    const storage = fakeStorage({
      [POLICY_STORAGE_KEY]: {
        policy: { helpdesk: { name: 'Clinic IT', phone: '+358 9 123 4567' }, allowDismiss: false, defaultCountry: 'SE', hideBodyByDefault: false },
        problems: [],
        readAt: 0,
      },
    });
    const props = await mount({ storage });
    expect(host.textContent).toContain('Your helpdesk: Clinic IT');
    expect(host.textContent).toContain('+358 9 123 4567');
    expect(host.textContent).not.toContain('This is not extortion');
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(false);
    expect(host.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('se-police');
  });

  it("keeps the person's own choice over a policy default, and writes back only the dismissal", async () => {
    const { POLICY_STORAGE_KEY } = await import('../../../utils/app/policy/schema');
    const storage = fakeStorage({
      [SETTINGS_STORAGE_KEY]: { hideBodyByDefault: true },
      [POLICY_STORAGE_KEY]: { policy: { hideBodyByDefault: false }, problems: [], readAt: 0 },
    });
    const props = await mount({ storage });
    expect(props.onBodyHiddenChange).toHaveBeenLastCalledWith(true);
    await act(() => button('This is not extortion').click());
    await act(async () => button('Yes, hide the warning').click());
    await flush();
    expect(Object.keys(storage.data[SETTINGS_STORAGE_KEY] as object).sort()).toEqual(['dismissed', 'hideBodyByDefault']);
  });
});
