import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/Options';
import { translatorFor } from '../../../components/locales';
import { isAllowedGuidanceUrl } from '../../../utils/app/guidance/allowlist';
import { DEFAULT_SETTINGS } from '../../../utils/app/settings/schema';
import { fakeOptionsClient, healthyList, failingList, NOW } from './fakes';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function mount(client: Parameters<typeof Options>[0]['client'], onLanguageChange = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<Options client={client} t={translatorFor('en')} onLanguageChange={onLanguageChange} now={() => new Date(NOW)} />, host));
  await flush();
  return onLanguageChange;
}

const button = (name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
};
const input = (id: string) => host.querySelector<HTMLInputElement>(`#${id}`)!;

async function type(id: string, value: string) {
  const el = input(id);
  el.value = value;
  await act(() => void el.dispatchEvent(new Event("input", { bubbles: true })));
}
async function submit(form: Element) {
  await act(async () => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

describe('Options', () => {
  it('defaults country from the browser locale and shows that country’s official help with steps', async () => {
    await mount(fakeOptionsClient().client);
    const ids = [...host.querySelectorAll('[data-guidance-id]')].map((e) => e.getAttribute('data-guidance-id'));
    expect(ids).toContain('fi-police');
    expect(host.textContent).toContain('"Vastaamo"');
    for (const a of host.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      // Phone numbers are tel: links of digits only; every other link is allowlisted guidance.
      if (href.startsWith('tel:')) expect(href).toMatch(/^tel:\+?[0-9]+$/);
      else expect(isAllowedGuidanceUrl(href)).toBe(true);
    }
    expect(host.querySelector('a[href="tel:116006"]')).not.toBeNull();
  });

  it('saves country and language, and tells the page to switch language', async () => {
    const { client, state } = fakeOptionsClient();
    const onLanguageChange = await mount(client);
    const country = host.querySelector<HTMLSelectElement>('#opt-country')!;
    country.value = 'SE';
    await act(async () => void country.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(state.stored.country).toBe('SE');
    expect(host.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('se-police');
    const language = host.querySelector<HTMLSelectElement>('#opt-language')!;
    language.value = 'sv';
    await act(async () => void language.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(state.stored.language).toBe('sv');
    expect(onLanguageChange).toHaveBeenCalledWith('sv');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('toggles the hide-body default', async () => {
    const { client, state } = fakeOptionsClient();
    await mount(client);
    await act(async () => input('opt-hide-body').click());
    await flush();
    expect(state.stored.hideBodyByDefault).toBe(false);
  });

  it('adds to and removes from the watch list, with a specific error for bad input', async () => {
    const { client, state } = fakeOptionsClient();
    await mount(client);
    const form = input('opt-watch-input').closest('form')!;
    await type('opt-watch-input', 'not an address');
    await submit(form);
    expect(host.querySelector('#opt-watch-error')?.textContent).toBe('"not an address" is not valid here. Please check it and try again.');
    expect(input('opt-watch-input').getAttribute('aria-invalid')).toBe('true');
    expect(state.saved).toHaveLength(0);
    await type('opt-watch-input', 'Threats@Example.net');
    await submit(form);
    expect(state.stored.watchList).toEqual(['threats@example.net']);
    expect(input('opt-watch-input').value).toBe('');
    await act(async () => host.querySelector<HTMLButtonElement>('button[aria-label="Remove threats@example.net"]')!.click());
    await flush();
    expect(state.stored.watchList).toEqual([]);
  });

  it('lists dismissed warnings and can undo one', async () => {
    const { client, state } = fakeOptionsClient({
      ...DEFAULT_SETTINGS,
      dismissed: [{ key: 'gmail:msg:1#a', at: '2026-11-20T10:00:00.000Z', sender: 'x@example.net' }],
    });
    await mount(client);
    expect(host.querySelector('[data-key="gmail:msg:1#a"]')?.textContent).toContain('From x@example.net');
    await act(async () => button('Show the warning again').click());
    await flush();
    expect(state.stored.dismissed).toEqual([]);
    expect(host.textContent).toContain('None.');
  });

  it('adds a list source with its key and removes it; refuses http with a clear error', async () => {
    const { client, state } = fakeOptionsClient();
    await mount(client);
    const form = host.querySelector('.vahti-source-form')!;
    await type('opt-source-name', 'Clinic');
    await type('opt-source-listId', 'Clinic Lists!');
    await type('opt-source-url', 'https://lists.example.fi/manifest.json');
    await type('opt-source-publicKey', 'A'.repeat(43) + '=');
    await submit(form);
    expect(host.querySelector('#opt-source-error')?.textContent).toContain("The list's name uses lower-case letters");
    await type('opt-source-listId', 'clinic-lists');
    await type('opt-source-url', 'http://lists.example.fi/manifest.json');
    await type('opt-source-publicKey', 'A'.repeat(43) + '=');
    await submit(form);
    expect(host.querySelector('#opt-source-error')?.textContent).toBe('The list address must start with https://.');
    await type('opt-source-url', 'https://lists.example.fi/manifest.json');
    await submit(form);
    expect(state.stored.listSources).toEqual([
      { id: 'clinic-lists', name: 'Clinic', manifestUrl: 'https://lists.example.fi/manifest.json', keys: [{ keyId: 'key-1', publicKey: 'A'.repeat(43) + '=', epoch: 1 }] },
    ]);
    await act(async () => host.querySelector<HTMLButtonElement>('button[aria-label="Remove Clinic"]')!.click());
    await flush();
    expect(state.stored.listSources).toEqual([]);
  });

  it('shows locked settings read-only and refuses to change them', async () => {
    const { client, state } = fakeOptionsClient({ ...DEFAULT_SETTINGS, country: 'FI', locked: ['country', 'watchList'] });
    await mount(client);
    expect(host.querySelector<HTMLSelectElement>('#opt-country')!.disabled).toBe(true);
    expect(input('opt-watch-input').disabled).toBe(true);
    expect(host.textContent).toContain('(set by your organisation)');
    expect(state.saved).toHaveLength(0);
  });

  it('exports diagnostics without mail content, watch list entries or message keys', async () => {
    const { client, state } = fakeOptionsClient({
      ...DEFAULT_SETTINGS,
      watchList: ['secret-threat@example.net'],
      dismissed: [{ key: 'gmail:msg:SECRETID#hash', at: '2026-11-20T10:00:00.000Z', sender: 'secret-sender@example.net' }],
    });
    await mount(client);
    await act(async () => button('Save diagnostics file').click());
    await flush();
    expect(state.files).toHaveLength(1);
    const { name, text } = state.files[0]!;
    expect(name).toBe('vahti-diagnostics-2026-11-23.json');
    const json = JSON.parse(text);
    expect(json.extensionVersion).toBe('0.1.0');
    expect(json.settings.watchListCount).toBe(1);
    expect(json.lists.map((l: { id: string }) => l.id)).toEqual(['vahti-default', 'clinic']);
    expect(json.lists[1].lastError.code).toBe('signature_error');
    for (const secret of ['secret-threat', 'SECRETID', 'secret-sender']) expect(text).not.toContain(secret);
  });

  it('shows where the default list updates from, in the page and in the diagnostics, or that the build has no address', async () => {
    const address = 'https://lists.example.org/vahti/manifest.json';
    const { client, state } = fakeOptionsClient(DEFAULT_SETTINGS, {
      getListStatus: async () => [{ ...healthyList, updateAddress: address }, failingList],
    });
    await mount(client);
    expect(host.querySelector('[data-default-list-address]')?.textContent).toBe(`Vahti's own list is updated from ${address}.`);
    await act(async () => button('Save diagnostics file').click());
    await flush();
    expect(JSON.parse(state.files[0]!.text).lists[0].updateAddress).toBe(address);
    render(null, host);
    host.remove();

    await mount(fakeOptionsClient().client);
    expect(host.querySelector('[data-default-list-address]')?.textContent).toContain('has no update address for its own list');
  });

  it('has a privacy statement saying nothing leaves the device', async () => {
    await mount(fakeOptionsClient().client);
    expect(host.textContent).toContain('Nothing from your email leaves this device.');
  });
});
