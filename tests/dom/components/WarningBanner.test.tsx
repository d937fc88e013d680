import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningBanner, type WarningBannerProps } from '../../../components/WarningBanner';
import { translatorFor } from '../../../components/locales';
import type { GuidanceEntry } from '../../../utils/app/guidance/types';
import type { Verdict } from '../../../utils/core/engine/verdict';
import { HEURISTIC_SIGNALS } from '../../../utils/core/heuristics/assess';

const police: GuidanceEntry = {
  id: 'fi-police',
  country: 'FI',
  kind: 'police',
  title: 'Police: report a crime online',
  summary: 'Report the email online.',
  steps: ['Write the word Vastaamo'],
  url: 'https://asiointi.poliisi.fi/',
  pageLanguage: 'fi',
  phones: [],
};
const forged: GuidanceEntry = { ...police, id: 'forged', title: 'Pay here', url: 'https://asiointi.poliisi.fi.evil.example/' };

const known: Verdict = {
  level: 'known',
  reasons: [
    { rule: 'payment-address', campaignId: 'vastaamo-2020', listId: 'vahti-default', listVersion: 7, matched: 'bc1q…x7k' },
    { rule: 'heuristic', signal: 'identity-code-with-demand', matched: '010190-…' },
  ],
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(overrides: Partial<WarningBannerProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const props: WarningBannerProps = {
    verdict: known,
    language: 'en',
    guidance: [police, forged],
    t: translatorFor('en'),
    bodyHidden: true,
    onToggleBody: vi.fn(),
    onShowReasons: vi.fn(),
    onDismiss: vi.fn(async () => ({ ok: true })),
    onSaveEvidence: vi.fn(async () => ({ ok: true })),
    onPrepareReport: vi.fn(async () => ({ ok: true })),
    ...overrides,
  };
  await act(() => render(<WarningBanner {...props} />, host));
  return props;
}

const button = (name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};

describe('WarningBanner', () => {
  it('announces a calm title and lead in an alert region', async () => {
    await mount();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This is a known extortion email');
    expect(alert?.textContent).toContain("You don't have to read it.");
    expect(host.querySelector('section')?.getAttribute('aria-labelledby')).toBe(host.querySelector('h2')?.id);
  });

  it('says "looks like" for a suspected message, without claiming a known campaign', async () => {
    await mount({ verdict: { level: 'suspected', reasons: [] } });
    expect(host.textContent).toContain('This email looks like extortion');
    expect(host.textContent).not.toContain('known extortion');
  });

  it('links only allowlisted official guidance', async () => {
    await mount();
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://asiointi.poliisi.fi/']);
    expect(host.textContent).not.toContain('Pay here');
  });

  it('says in its own language which language a linked page is in, and sets lang', async () => {
    await mount();
    expect(host.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(host.querySelector('[data-guidance-id="fi-police"]')?.textContent).toContain('(page in Finnish)');
    await mount({ language: 'fi', t: translatorFor('fi') });
    expect(host.querySelector('section')?.getAttribute('lang')).toBe('fi');
    expect(host.querySelector('[data-guidance-id="fi-police"]')?.textContent).not.toContain('(sivu');
  });

  it('puts the two actions and three contacts first and the rest behind "More help", with phones as tel: links', async () => {
    const entry = (id: string, phones: GuidanceEntry['phones'] = []): GuidanceEntry => ({ ...police, id, title: id, phones });
    const riku = entry('fi-riku', [{ label: 'Victim support line', number: '116 006', hours: 'Mon–Fri 9–20' }]);
    await mount({ guidance: [entry('fi-police'), riku, entry('fi-mieli'), entry('fi-data-leak-guide'), entry('fi-ncsc')] });
    const order = [...host.querySelectorAll('button, [data-guidance-id], details')].map(
      (el) => el.getAttribute('data-guidance-id') ?? (el.tagName === 'DETAILS' ? 'details' : el.textContent),
    );
    const at = (name: string) => order.indexOf(name);
    expect(at('Save evidence')).toBeLessThan(at('fi-police'));
    expect(at('Prepare a police report')).toBeLessThan(at('fi-police'));
    expect(at('fi-mieli')).toBeLessThan(at('details'));
    const more = host.querySelector('details.vahti-more-help')!;
    expect(more.querySelector('summary')?.textContent).toBe('More help');
    expect([...more.querySelectorAll('[data-guidance-id]')].map((e) => e.getAttribute('data-guidance-id'))).toEqual(['fi-data-leak-guide', 'fi-ncsc']);
    const call = host.querySelector('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).toBe('tel:116006');
    expect(call.closest('li')?.textContent).toContain('(Mon–Fri 9–20)');
    expect(host.textContent!.split('116 006').length - 1).toBe(1);
  });

  it('shows no "More help" when three contacts are all there is', async () => {
    await mount({ guidance: [police] });
    expect(host.querySelector('details.vahti-more-help')).toBeNull();
  });

  it('toggles the body with the right label', async () => {
    const props = await mount();
    const show = button('Show the message');
    expect(show.getAttribute('aria-pressed')).toBe('false');
    show.click();
    expect(props.onToggleBody).toHaveBeenCalledTimes(1);
    await mount({ bodyHidden: false });
    expect(button('Hide the message').getAttribute('aria-pressed')).toBe('true');
  });

  it('explains in plain words, with the technical detail behind "Details for your helpdesk"', async () => {
    const props = await mount();
    const why = button('Why am I seeing this warning?');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    const panel = host.querySelector(`#${CSS.escape(why.getAttribute('aria-controls')!)}`) as HTMLElement;
    expect(panel.hidden).toBe(true);
    await act(() => why.click());
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const plain = panel.querySelector('.vahti-reason-list')!.textContent!;
    expect(plain).toContain('The payment address is used by a known extortion campaign');
    expect(plain).toContain("An identity code, yours or someone's, with a demand for money");
    for (const jargon of ['identity-code', 'Campaign:', 'List:', 'bc1q', 'vastaamo-2020']) expect(plain).not.toContain(jargon);
    const details = panel.querySelector('details.vahti-details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Details for your helpdesk');
    expect(details.textContent).toContain('Campaign: vastaamo-2020');
    expect(details.textContent).toContain('List: vahti-default, version 7');
    expect(details.textContent).toContain('bc1q…x7k');
    expect(details.textContent).toContain('heuristic/identity-code-with-demand');
    // No digit of an identity code, anywhere.
    expect(panel.textContent).not.toContain('010190');
    expect(panel.textContent).toContain('Recognised by Vahti itself');
    expect(props.onShowReasons).toHaveBeenCalledTimes(1);
  });

  it.each(['en', 'fi', 'sv', 'de', 'et'] as const)('names every sign the engine can report in its own words (%s), never the generic "a sign of extortion"', async (language) => {
    const t = translatorFor(language);
    const generic = t('reason_rule_heuristic');
    const lines = new Set<string>();
    for (const signal of HEURISTIC_SIGNALS) {
      await mount({ language, t, verdict: { level: 'suspected', reasons: [{ rule: 'heuristic', signal, matched: 'x' }] } });
      await act(() => button(t('banner_why')).click());
      const line = host.querySelector('.vahti-reason-list li')!.textContent!;
      expect(line, signal).not.toContain(generic);
      lines.add(line.replace(/["“”„«»]?x["“”„«»]?/g, '').trim());
      render(null, host);
      host.remove();
    }
    // One sign, one wording: no two signs read the same to the person.
    expect(lines.size).toBe(HEURISTIC_SIGNALS.length);
  });

  it('asks before dismissing, and can be cancelled', async () => {
    const props = await mount();
    await act(() => button('This is not extortion').click());
    await act(() => button('Keep the warning').click());
    expect(props.onDismiss).not.toHaveBeenCalled();
    await act(() => button('This is not extortion').click());
    await act(async () => button('Yes, hide the warning').click());
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('hides the dismiss button when policy forbids it', async () => {
    await mount({ canDismiss: false });
    expect(host.textContent).not.toContain('This is not extortion');
  });

  it('reports the outcome of saving evidence and preparing a report in a status region', async () => {
    const failing = vi.fn(async () => ({ ok: false }));
    await mount({ onPrepareReport: failing });
    const status = host.querySelector('[role="status"]')!;
    await act(async () => button('Save evidence').click());
    expect(status.textContent).toContain('Nothing was sent anywhere');
    await act(async () => button('Prepare a police report').click());
    expect(failing).toHaveBeenCalledTimes(1);
    expect(status.textContent).toContain('You can still report on the police page');
  });

  it('shows the helpdesk as text, never as a link', async () => {
    await mount({ helpdesk: { name: 'Clinic IT', phone: '+358 1 234', url: 'https://intra.example/help' } });
    expect(host.textContent).toContain('Your helpdesk: Clinic IT');
    expect(host.textContent).toContain('https://intra.example/help');
    expect(host.querySelector('a[href="https://intra.example/help"]')).toBeNull();
  });

  it('speaks Finnish when given Finnish strings', async () => {
    await mount({ t: translatorFor('fi') });
    expect(host.textContent).toContain('Tämä on tunnettu kiristysviesti');
    expect(host.textContent).toContain('Älä maksa.');
  });
});

describe('reasons', () => {
  it('names a watch-list match in plain words and says "built in" once', async () => {
    const { WATCH_LIST_ID } = await import('../../../utils/app/policy/watch-list');
    await mount({
      verdict: {
        level: 'known',
        reasons: [
          { rule: 'sender-address', signal: WATCH_LIST_ID, listId: WATCH_LIST_ID, matched: 'th…@example.net' },
          { rule: 'heuristic', signal: 'deadline', matched: '24 hours' },
          { rule: 'heuristic', signal: 'deadline', matched: '48 hours' },
          { rule: 'heuristic', signal: 'payment-demand', matched: 'pay' },
        ],
      },
    });
    await act(() => button('Why am I seeing this warning?').click());
    const text = host.querySelector('.vahti-reasons')!.textContent!;
    expect(text).toContain('On the watch list');
    expect(text).not.toContain('List: watch-list');
    // One line per sign, its quotes together.
    const lines = [...host.querySelectorAll('.vahti-reason-list > li')].map((li) => li.textContent);
    expect(lines).toContain('A deadline to pay: 24 hours, 48 hours');
    expect(lines.filter((l) => l?.startsWith('A deadline'))).toHaveLength(1);
    expect(text.split('Recognised by Vahti itself').length - 1).toBe(1);
  });
});
