/**
 * "Your webmail sites" on the options page: gives Vahti the access the browser withheld on the
 * fixed webmails (Firefox lets people withhold it), and adds or removes a person's own webmail
 * (a self-hosted or internet provider's Roundcube). The browser's permissions are the truth:
 * the list is read back from the client after every change. Browsers only show the permission
 * prompt from a user gesture, so `requestWebmailAccess` is called in the click or submit itself,
 * before anything is awaited.
 */
import { useEffect, useState } from 'preact/hooks';
import { webmailSiteOrigin, type SiteAddressError } from '../../utils/page/site-address';
import type { OptionsClient, WebmailAccess } from '../client';
import type { Translate } from '../i18n';

export type WebmailSitesClient = Required<Pick<OptionsClient, 'getWebmailAccess' | 'requestWebmailAccess' | 'removeWebmailAccess'>>;

/** Whether this client can manage webmail access at all (the section is left out otherwise). */
export function canManageWebmailSites(client: OptionsClient): client is OptionsClient & WebmailSitesClient {
  return Boolean(client.getWebmailAccess && client.requestWebmailAccess && client.removeWebmailAccess);
}

const ERROR_KEYS: Record<SiteAddressError, string> = {
  'not-an-address': 'options_sites_error_address',
  'not-https': 'options_sites_error_https',
  'already-protected': 'options_sites_error_protected',
};

/** `https://webmail.example.fi/*` → `webmail.example.fi`. */
export function hostOf(origin: string): string {
  const prefix = 'https://';
  if (!origin.startsWith(prefix)) return origin;
  const rest = origin.slice(prefix.length);
  return rest.endsWith('/*') ? rest.slice(0, -2) : rest;
}

/** Calls `request` now, in the caller's task; a synchronous throw becomes a rejected promise. */
function askNow(request: () => Promise<boolean>): Promise<boolean> {
  try {
    return request();
  } catch (e) {
    return Promise.reject(e);
  }
}

export function WebmailSites({
  client,
  t,
  orgHosts = [],
}: {
  client: WebmailSitesClient;
  t: Translate;
  /** The organisation's hosts: shown in their own section, so left out of this list. */
  orgHosts?: readonly string[];
}) {
  const [access, setAccess] = useState<WebmailAccess | null>(null);
  const [input, setInput] = useState('');
  const [formError, setFormError] = useState('');
  const [allowError, setAllowError] = useState('');
  const [status, setStatus] = useState('');

  const refresh = () => client.getWebmailAccess().then(setAccess, () => undefined);
  useEffect(() => void refresh(), [client]);

  if (!access) return null;
  const missingFixed = access.missingFixed;
  const missingHosts = missingFixed.map(hostOf);
  const added = access.added.filter((origin) => !orgHosts.includes(hostOf(origin)));

  function allowMissing() {
    setAllowError('');
    setStatus('');
    void askNow(() => client.requestWebmailAccess(missingFixed))
      .then(
        (granted) => (granted ? setStatus(t('options_sites_missing_allowed')) : setAllowError(t('options_sites_missing_denied'))),
        () => setAllowError(t('options_sites_missing_denied')),
      )
      .then(refresh);
  }

  function add(e: Event) {
    e.preventDefault();
    const site = webmailSiteOrigin(input);
    if (!site.ok) {
      setFormError(t(ERROR_KEYS[site.error]));
      setStatus('');
      return;
    }
    const { origin, host } = site.value;
    setFormError('');
    setStatus('');
    void askNow(() => client.requestWebmailAccess([origin]))
      .then(
        (granted) => {
          if (!granted) return setFormError(t('options_sites_denied', host));
          setInput('');
          setStatus(t('options_sites_added', host));
        },
        () => setFormError(t('options_sites_failed', host)),
      )
      .then(refresh);
  }

  function remove(origin: string) {
    const host = hostOf(origin);
    setFormError('');
    setStatus('');
    void client
      .removeWebmailAccess(origin)
      .then(
        () => setStatus(t('options_sites_removed', host)),
        () => setFormError(t('options_sites_remove_failed', host)),
      )
      .then(refresh);
  }

  return (
    <section aria-labelledby="opt-sites">
      <h2 id="opt-sites">{t('options_sites_title')}</h2>
      <p role="status" class="vahti-status">
        {status}
      </p>
      {missingHosts.length > 0 && (
        <div class="vahti-webmail-missing">
          <p>{t('options_sites_missing', missingHosts.join(', '))}</p>
          <button type="button" class="vahti-button" onClick={allowMissing}>
            {t('options_sites_missing_allow')}
          </button>
          <p class="vahti-error" role="alert">
            {allowError}
          </p>
        </div>
      )}
      <p id="opt-site-help">{t('options_sites_help')}</p>
      {added.length === 0 ? (
        <p>{t('options_sites_none')}</p>
      ) : (
        <ul class="vahti-webmail-sites">
          {added.map((origin) => (
            <li key={origin} data-origin={origin}>
              <code>{hostOf(origin)}</code>{' '}
              <button type="button" class="vahti-button" aria-label={t('options_sites_remove_label', hostOf(origin))} onClick={() => remove(origin)}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label for="opt-site-input">{t('options_sites_label')}</label>{' '}
        <input
          id="opt-site-input"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={input}
          aria-describedby="opt-site-help opt-site-error"
          aria-invalid={formError ? 'true' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        <button type="submit" class="vahti-button">
          {t('options_sites_add')}
        </button>
        <p id="opt-site-error" class="vahti-error" role="alert">
          {formError}
        </p>
      </form>
    </section>
  );
}
