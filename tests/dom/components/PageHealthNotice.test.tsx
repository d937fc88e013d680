import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup';
import { translatorFor } from '../../../components/locales';
import type { UnreadablePage } from '../../../utils/app/page-health';
import { fakePopupClient, NOW } from './fakes';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(unreadable: UnreadablePage[], language: 'en' | 'fi' = 'en') {
  host = document.createElement('div');
  document.body.append(host);
  const load = async () => unreadable;
  await act(() =>
    render(<Popup client={fakePopupClient().client} t={translatorFor(language)} language={language} country="FI" onCheckMessage={() => undefined} now={() => NOW} loadUnreadable={load} />, host),
  );
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('Popup: a page Vahti cannot read', () => {
  it('says which webmail it cannot read and that the webmail may have changed', async () => {
    await mount([{ providerId: 'outlook', problems: ['sender'] }]);
    const notice = host.querySelector('[data-unreadable]')!;
    expect(notice.getAttribute('data-unreadable')).toBe('outlook');
    expect(notice.textContent).toContain('Vahti cannot read this page of Outlook; the webmail may have changed');
  });

  it('says it in the chosen language', async () => {
    await mount([{ providerId: 'roundcube', problems: ['body'] }], 'fi');
    expect(host.querySelector('[data-unreadable]')!.textContent).toContain('Vahti ei pysty lukemaan tätä sivua palvelussa Roundcube');
  });

  it('shows nothing while the page is readable', async () => {
    await mount([]);
    expect(host.querySelector('[data-unreadable]')).toBeNull();
  });
});
