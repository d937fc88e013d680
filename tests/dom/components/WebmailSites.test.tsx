/**
 * "Your webmail sites": adding and removing a person's own webmail, and giving Vahti the access
 * the browser withheld on the fixed webmails, against an in-memory permission store. Browsers
 * only prompt from a user gesture, so every request must be made inside the click or submit:
 * the tests check the fake's record right after the event returns, before any microtask runs.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebmailAccess } from '../../../components/client';
import { translatorFor } from '../../../components/locales';
import { Options } from '../../../components/Options';
import { WebmailSites } from '../../../components/options/WebmailSites';
import { DEFAULT_SETTINGS } from '../../../utils/app/settings/schema';
import { fakeOptionsClient, fakeWebmailAccess, NOW } from './fakes';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function mount(initial: Partial<WebmailAccess> = {}, orgHosts?: string[]) {
  const webmail = fakeWebmailAccess(initial);
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<WebmailSites client={webmail.members} t={translatorFor('en')} orgHosts={orgHosts} />, host));
  await flush();
  return webmail;
}

const field = () => host.querySelector<HTMLInputElement>('#opt-site-input')!;
const errorText = () => host.querySelector('#opt-site-error')?.textContent;
const statusText = () => host.querySelector('[role="status"]')?.textContent;
const listed = () => [...host.querySelectorAll('ul.vahti-webmail-sites > li')].map((li) => li.getAttribute('data-origin'));
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

async function type(value: string) {
  const el = field();
  el.value = value;
  await act(() => void el.dispatchEvent(new Event('input', { bubbles: true })));
}

/** Submits without `act`, so nothing has run after the handler when this returns. */
function submitNow() {
  field().closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('WebmailSites', () => {
  it('has a labelled section, a labelled field described by its help and error, and says when no site is added', async () => {
    await mount();
    const section = host.querySelector('section[aria-labelledby="opt-sites"]')!;
    expect(section.querySelector('h2#opt-sites')?.textContent).toBe('Your webmail sites');
    expect(host.querySelector('label[for="opt-site-input"]')?.textContent).toBe('Webmail address');
    expect(field().getAttribute('type')).toBe('text');
    expect(field().getAttribute('autocomplete')).toBe('off');
    expect(field().getAttribute('aria-describedby')).toBe('opt-site-help opt-site-error');
    expect(host.querySelector('#opt-site-help')?.textContent).toContain('Gmail, Outlook, Yahoo and Proton are protected already.');
    expect(host.querySelector('#opt-site-error')?.getAttribute('role')).toBe('alert');
    expect(section.textContent).toContain('No other webmail sites yet.');
    expect(button('Add the site')?.getAttribute('type')).toBe('submit');
    expect(button('Allow Vahti on these webmails')).toBeUndefined();
  });

  it('adds a site: asks for exactly its origin inside the submit, then lists it and says so', async () => {
    const webmail = await mount();
    await type('  https://Webmail.Example.fi/roundcube/?_task=mail ');
    submitNow();
    // Before any microtask: a request made after an `await` would get no prompt in Firefox.
    expect(webmail.calls.requests).toEqual([['https://webmail.example.fi/*']]);
    await flush();
    expect(listed()).toEqual(['https://webmail.example.fi/*']);
    expect(host.querySelector('li[data-origin="https://webmail.example.fi/*"] code')?.textContent).toBe('webmail.example.fi');
    expect(statusText()).toBe('Vahti now protects webmail.example.fi.');
    expect(field().value).toBe('');
    expect(field().hasAttribute('aria-invalid')).toBe(false);
    expect(errorText()).toBe('');
    expect(host.textContent).not.toContain('No other webmail sites yet.');
  });

  it('says so when the person declines in the browser, and keeps what they typed', async () => {
    const webmail = await mount();
    webmail.answer('deny');
    await type('webmail.example.fi');
    submitNow();
    expect(webmail.calls.requests).toEqual([['https://webmail.example.fi/*']]);
    await flush();
    expect(errorText()).toBe('The browser did not give Vahti access to webmail.example.fi. Try again and choose Allow.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().value).toBe('webmail.example.fi');
    expect(listed()).toEqual([]);
    expect(statusText()).toBe('');
  });

  it('says so when the browser refuses to ask at all (a rejected request)', async () => {
    const webmail = await mount();
    webmail.answer('fail');
    await type('webmail.example.fi');
    submitNow();
    await flush();
    expect(errorText()).toBe('The browser did not give Vahti access to webmail.example.fi. Try again.');
    expect(listed()).toEqual([]);
  });

  it.each([
    ['', 'This is not a web address. Type the webmail’s address as the browser shows it, for example webmail.example.fi.'],
    ['webmail', 'This is not a web address. Type the webmail’s address as the browser shows it, for example webmail.example.fi.'],
    ['*.example.fi', 'This is not a web address. Type the webmail’s address as the browser shows it, for example webmail.example.fi.'],
    ['http://webmail.example.fi', 'Vahti protects only webmail on secure addresses, the ones that start with https://.'],
    ['https://mail.google.com/mail/u/0/', 'Vahti protects this webmail already. There is no need to add it.'],
  ])('refuses %j with its own message and asks the browser nothing', async (value, message) => {
    const webmail = await mount();
    await type(value);
    submitNow();
    await flush();
    expect(errorText()).toBe(message);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(webmail.calls.requests).toEqual([]);
  });

  it('removes a site from its labelled button and lists the rest', async () => {
    const webmail = await mount({ added: ['https://webmail.example.fi/*', 'https://posti.example.net/*'] });
    expect(listed()).toEqual(['https://webmail.example.fi/*', 'https://posti.example.net/*']);
    const remove = host.querySelector<HTMLButtonElement>('button[aria-label="Stop protecting webmail.example.fi"]')!;
    expect(remove.textContent).toBe('Remove');
    await act(async () => remove.click());
    await flush();
    expect(webmail.calls.removed).toEqual(['https://webmail.example.fi/*']);
    expect(listed()).toEqual(['https://posti.example.net/*']);
    expect(statusText()).toBe('Vahti no longer protects webmail.example.fi.');
  });

  it('leaves the organisation’s hosts to their own section', async () => {
    await mount({ added: ['https://webmail.example.fi/*', 'https://posti.clinic.example/*'] }, ['posti.clinic.example']);
    expect(listed()).toEqual(['https://webmail.example.fi/*']);
  });

  it('names the fixed webmails it cannot read and asks for exactly those inside the click', async () => {
    const missing = ['https://mail.google.com/*', 'https://mail.proton.me/*'];
    const webmail = await mount({ missingFixed: missing });
    expect(host.textContent).toContain('Vahti cannot read mail on these webmails yet: mail.google.com, mail.proton.me.');
    button('Allow Vahti on these webmails')!.click();
    expect(webmail.calls.requests).toEqual([missing]);
    await flush();
    expect(button('Allow Vahti on these webmails')).toBeUndefined();
    expect(statusText()).toBe('Vahti can now read mail on these webmails.');
    // Granting the fixed webmails adds nothing to the person's own list.
    expect(listed()).toEqual([]);
  });

  it('keeps the allow button and says so when the person declines', async () => {
    const webmail = await mount({ missingFixed: ['https://outlook.office.com/*'] });
    webmail.answer('deny');
    await act(async () => button('Allow Vahti on these webmails')!.click());
    await flush();
    expect(host.querySelector('.vahti-webmail-missing [role="alert"]')?.textContent).toBe(
      'The browser did not give Vahti access to these webmails. Try again and choose Allow.',
    );
    expect(button('Allow Vahti on these webmails')).toBeDefined();
  });
});

describe('Options and webmail sites', () => {
  async function mountOptions(client: Parameters<typeof Options>[0]['client']) {
    host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<Options client={client} t={translatorFor('en')} now={() => new Date(NOW)} />, host));
    await flush();
  }

  it('shows the section when the client can manage webmail access', async () => {
    await mountOptions(fakeOptionsClient().client);
    expect(host.querySelector('section[aria-labelledby="opt-sites"] h2')?.textContent).toBe('Your webmail sites');
  });

  it('leaves the section out when the client cannot', async () => {
    const { client } = fakeOptionsClient(DEFAULT_SETTINGS, { getWebmailAccess: undefined, requestWebmailAccess: undefined, removeWebmailAccess: undefined });
    await mountOptions(client);
    expect(host.querySelector('h2')?.textContent).toBeTruthy();
    expect(host.querySelector('#opt-sites')).toBeNull();
  });
});
