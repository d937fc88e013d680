import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import { translatorFor } from '../../../components/locales';
import { fakePopupClient, NOW } from './fakes';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

const onCheckMessage = vi.fn();

async function mount(client: Parameters<typeof Popup>[0]['client'], language: 'en' | 'fi' = 'en', country: 'FI' | 'GB' = 'FI') {
  host = document.createElement('div');
  document.body.append(host);
  await act(() =>
    render(<Popup client={client} t={translatorFor(language)} language={language} country={country} onCheckMessage={onCheckMessage} now={() => NOW} />, host),
  );
  await flush();
}

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('Popup', () => {
  it('always offers help for a threatening email and "Check a message", even with nothing flagged', async () => {
    await mount(fakePopupClient().client, 'fi', 'FI');
    const help = host.querySelector('.vahti-popup-help')!;
    expect(help.querySelector('h2')?.textContent).toBe('Saitko uhkaavan viestin?');
    const ids = [...help.querySelectorAll('[data-guidance-id]')].map((e) => e.getAttribute('data-guidance-id'));
    expect(ids.slice(0, 3)).toEqual(['fi-police', 'fi-riku', 'fi-mieli']);
    expect(help.querySelector('details.vahti-more-help [data-guidance-id="fi-ncsc"]')).not.toBeNull();
    onCheckMessage.mockClear();
    await act(() => button('Tarkista viesti').click());
    expect(onCheckMessage).toHaveBeenCalledTimes(1);
  });

  it("shows the chosen country's help", async () => {
    await mount(fakePopupClient().client, 'en', 'GB');
    const ids = [...host.querySelectorAll('.vahti-popup-help [data-guidance-id]')].map((e) => e.getAttribute('data-guidance-id'));
    expect(ids).toEqual(['gb-reportfraud', 'gb-nidirect']);
  });

  it('says calmly when nothing is flagged on the tab', async () => {
    await mount(fakePopupClient().client);
    expect(host.querySelector('[data-flagged]')?.textContent).toBe('Vahti has not flagged any message on this page.');
  });

  it('counts known and suspected messages on the tab', async () => {
    await mount(fakePopupClient({}, { known: 2, suspected: 1, other: 0 }).client);
    expect(host.querySelector('[data-flagged]')?.getAttribute('data-flagged')).toBe('3');
    expect(host.textContent).toContain('Known extortion emails: 2');
    expect(host.textContent).toContain('Emails that look like extortion: 1');
  });

  it('says so when a warning on the tab is being hidden, and not otherwise', async () => {
    await mount(fakePopupClient({}, { known: 1, suspected: 0, other: 0, hidden: 1 }).client);
    expect(host.querySelector('[data-hidden-warnings]')?.textContent).toContain('A warning on this page is being hidden.');
    render(null, host);
    await mount(fakePopupClient({}, { known: 1, suspected: 0, other: 0, hidden: 0 }).client);
    expect(host.querySelector('[data-hidden-warnings]')).toBeNull();
  });

  it('counts flags of unknown level from the toolbar badge', async () => {
    await mount(fakePopupClient({}, { known: 0, suspected: 0, other: 4 }).client);
    expect(host.textContent).toContain('Messages Vahti flagged: 4');
  });

  it('shows list health: version, age, signature, last update, stale and the last error in plain words', async () => {
    await mount(fakePopupClient().client);
    const healthy = host.querySelector('[data-source-id="vahti-default"]')!;
    expect(healthy.textContent).toContain('Version 12, published yesterday');
    expect(healthy.textContent).toContain('Checked: it comes from its publisher');
    expect(healthy.textContent).toContain('Last updated 3 hours ago');
    const failing = host.querySelector('[data-source-id="clinic"]')!;
    expect(failing.getAttribute('data-stale')).toBe('true');
    expect(failing.textContent).toContain('Not updated from the internet yet');
    expect(failing.textContent).toContain('Out of date');
    expect(failing.textContent).toContain('Last problem: the list could not be confirmed as coming from its publisher, so it was not used.');
    expect(failing.textContent).toContain('The manifest signature did not verify with key abc.');
  });

  it('checks for updates on request and shows each outcome and the new health', async () => {
    const { client, calls } = fakePopupClient();
    await mount(client);
    await act(async () => button('Check for updates now').click());
    await flush();
    expect(calls.checkNow).toBe(1);
    const outcomes = [...host.querySelectorAll('[data-outcome]')].map((li) => li.textContent);
    expect(outcomes).toEqual(['Vahti default list: already up to date', 'Clinic list: could not be updated; see the problem above']);
    expect(host.querySelector('[data-source-id="clinic"] [data-error-code]')?.getAttribute('data-error-code')).toBe('network');
  });

  it('says so when the background cannot be reached', async () => {
    await mount(fakePopupClient({ getListStatus: () => Promise.reject(new Error('x')), checkNow: () => Promise.reject(new Error('x')) }).client);
    expect(host.textContent).toContain('The state of the lists could not be read.');
    await act(async () => button('Check for updates now').click());
    await flush();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('The check could not be started.');
  });

  it('opens the options', async () => {
    const { client, calls } = fakePopupClient();
    await mount(client);
    button('Settings').click();
    expect(calls.openOptions).toBe(1);
  });

  it('speaks Finnish', async () => {
    await mount(fakePopupClient().client, 'fi');
    expect(host.textContent).toContain('Vahti ei ole merkinnyt yhtään viestiä tällä sivulla.');
    expect(host.textContent).toContain('Tarkista päivitykset nyt');
  });
});
