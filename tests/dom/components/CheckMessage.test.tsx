import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckError, CheckMessage, type CheckClient, type CheckResult } from '../../../components/CheckMessage';
import { translatorFor } from '../../../components/locales';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

const suspected: CheckResult = {
  verdict: {
    level: 'suspected',
    reasons: [
      { rule: 'heuristic', signal: 'identity-code-with-demand', matched: '150385-****' },
      { rule: 'heuristic', signal: 'deadline', matched: '24 tunnin kuluessa' },
    ],
  },
  guidanceIds: [],
};

async function mount(client: CheckClient, language: 'en' | 'fi' = 'en') {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<CheckMessage client={client} t={translatorFor(language)} language={language} country="FI" />, host));
}

async function paste(text: string) {
  const area = host.querySelector('textarea')!;
  area.value = text;
  await act(() => void area.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

describe('CheckMessage', () => {
  it('shows the warning, plain reasons and the country’s help for a threatening text', async () => {
    const client = { checkText: vi.fn(async () => suspected), checkFile: vi.fn() };
    await mount(client);
    await paste('Hyvä Maija (150385-917L), maksakaa 24 tunnin kuluessa');
    expect(client.checkText).toHaveBeenCalledWith('Hyvä Maija (150385-917L), maksakaa 24 tunnin kuluessa');
    const result = host.querySelector('.vahti-check-result')!;
    expect(result.getAttribute('data-verdict')).toBe('suspected');
    expect(result.querySelector('h2')?.textContent).toBe('This email looks like extortion');
    expect(result.textContent).toContain("An identity code, yours or someone's, with a demand for money");
    expect(result.textContent).not.toContain('150385');
    expect(result.querySelector('[data-guidance-id]')?.getAttribute('data-guidance-id')).toBe('fi-police');
  });

  it('says when it found nothing, without calling the message safe, and still shows help', async () => {
    await mount({ checkText: vi.fn(async () => ({ verdict: { level: 'none' as const, reasons: [] }, guidanceIds: [] })), checkFile: vi.fn() }, 'fi');
    await paste('Hei, muistutus ajanvarauksesta.');
    const result = host.querySelector('.vahti-check-result')!;
    expect(result.getAttribute('data-verdict')).toBe('none');
    expect(result.textContent).toContain('Se ei todista, että viesti on vaaraton');
    expect(result.querySelectorAll('[data-guidance-id]').length).toBeGreaterThan(0);
  });

  it('asks for a message before checking nothing, and explains a failure', async () => {
    const client = { checkText: vi.fn(async () => Promise.reject(new CheckError('unreadable'))), checkFile: vi.fn() };
    await mount(client);
    await paste('   ');
    expect(client.checkText).not.toHaveBeenCalled();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Paste a message or choose a file first.');
    await paste('From: someone');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('could not be read as an email');
    expect(host.querySelector('.vahti-check-result')).toBeNull();
  });
});
