/**
 * The options page: the person's webmail sites (`WebmailSites`), country and language, the
 * hide-body default, dismissed warnings (undo), the personal watch list, list sources with
 * their keys, the privacy statement and the diagnostics export. Every change is validated by
 * `utils/app/settings` and saved at once; errors are shown next to the field in the person's
 * language. Settings fixed by policy are read-only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countryGuidance, countryFromLocale, languageFromLocale } from '../utils/app/guidance/resolve';
import { CountrySchema, UiLanguageSchema, type Country, type UiLanguage } from '../utils/app/guidance/types';
import { buildDiagnostics } from '../utils/app/settings/diagnostics';
import type { Settings } from '../utils/app/settings/schema';
import {
  addListSource,
  addWatchEntry,
  isLocked,
  removeListSource,
  removeWatchEntry,
  setCountryAndLanguage,
  setHideBodyByDefault,
  undoDismissal,
  type SettingsError,
} from '../utils/app/settings/update';
import type { Result } from '../utils/core/result';
import type { ListStatus } from '../utils/app/sync/status';
import type { ManagedInfo, OptionsClient } from './client';
import { dateTime } from './format';
import { GuidanceList } from './GuidanceList';
import type { Translate } from './i18n';
import { ListHealth } from './ListHealth';
import { canManageWebmailSites, WebmailSites } from './WebmailSites';

const ERROR_KEYS: Record<SettingsError['code'], string> = {
  locked: 'error_locked',
  invalid: 'error_invalid',
  duplicate: 'error_duplicate',
  full: 'error_full',
};

function regionName(language: string, country: Country, t: Translate): string {
  if (country === 'EU') return t('country_other');
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Languages are named in their own language, so a person can find theirs. */
function languageName(code: UiLanguage): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export function Options({
  client,
  t,
  onLanguageChange,
  now = () => new Date(),
}: {
  client: OptionsClient;
  t: Translate;
  /** The page re-renders its strings when the person picks another language. */
  onLanguageChange?: (language: UiLanguage) => void;
  now?: () => Date;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sources, setSources] = useState<ListStatus[]>([]);
  const [managed, setManaged] = useState<ManagedInfo>({ problems: [] });
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'watch' | 'source' | 'general', string>>>({});
  const [watchInput, setWatchInput] = useState('');
  const [source, setSource] = useState({ name: '', listId: '', url: '', publicKey: '' });

  useEffect(() => {
    client.loadSettings().then(setSettings, () => setErrors({ general: t('options_load_failed') }));
    client.getListStatus().then(setSources, () => setSources([]));
    client.getManagedInfo().then(setManaged, () => undefined);
  }, [client]);

  const language = settings?.language ?? languageFromLocale(client.browserLocale);
  const country = settings?.country ?? countryFromLocale(client.browserLocale);
  const guidance = useMemo(() => countryGuidance(country, language), [country, language]);

  if (!settings) {
    return (
      <main class="vahti-page">
        <h1>{t('options_title')}</h1>
        <p role="status">{errors.general ?? t('loading')}</p>
      </main>
    );
  }
  const current = settings;

  function errorText(e: SettingsError): string {
    // A list source is checked field by field; say which field and what it needs.
    if (e.field === 'listSources' && e.code === 'invalid') {
      const path = e.value ?? '';
      if (path.startsWith('manifestUrl')) return t('error_source_url');
      if (path.startsWith('keys')) return t('error_source_key');
      if (path.startsWith('name')) return t('error_source_name');
      if (path.startsWith('id')) return t('error_source_list_id');
    }
    return t(ERROR_KEYS[e.code], e.value ?? '');
  }

  async function apply(result: Result<Settings, SettingsError>, field: 'watch' | 'source' | 'general'): Promise<boolean> {
    if (!result.ok) {
      setErrors({ [field]: errorText(result.error) });
      setStatus('');
      return false;
    }
    try {
      await client.saveSettings(result.value);
    } catch {
      setErrors({ [field]: t('options_save_failed') });
      return false;
    }
    setSettings(result.value);
    setErrors({});
    setStatus(t('options_saved'));
    return true;
  }

  async function changeLanguage(value: string) {
    const next = value === '' ? undefined : UiLanguageSchema.parse(value);
    if (await apply(setCountryAndLanguage(current, { language: next }), 'general')) {
      onLanguageChange?.(next ?? languageFromLocale(client.browserLocale));
    }
  }

  async function addSource(e: Event) {
    e.preventDefault();
    const candidate = {
      id: source.listId.trim().toLowerCase(),
      name: source.name.trim() || source.listId.trim(),
      manifestUrl: source.url.trim(),
      keys: [{ keyId: 'key-1', publicKey: source.publicKey.trim() }],
    };
    if (await apply(addListSource(current, candidate), 'source')) {
      setSource({ name: '', listId: '', url: '', publicKey: '' });
      client.getListStatus().then(setSources, () => undefined);
    }
  }

  async function addWatch(e: Event) {
    e.preventDefault();
    if (await apply(addWatchEntry(current, watchInput), 'watch')) setWatchInput('');
  }

  async function allowOrgHosts() {
    const missing = (managed.webmailHosts ?? []).filter((h) => !h.allowed).map((h) => `https://${h.host}/*`);
    try {
      await client.requestWebmailAccess?.(missing);
    } catch {
      setErrors({ general: t('options_org_hosts_failed') });
    }
    client.getManagedInfo().then(setManaged, () => undefined);
  }

  async function exportDiagnostics() {
    const text = buildDiagnostics({
      settings: current,
      sources,
      extensionVersion: client.extensionVersion,
      userAgent: client.userAgent,
      browserLocale: client.browserLocale,
      policyProblems: managed.problems,
      now: now(),
    });
    try {
      await client.saveFile(`vahti-diagnostics-${now().toISOString().slice(0, 10)}.json`, text, 'application/json');
      setStatus(t('diagnostics_saved'));
    } catch {
      setErrors({ general: t('diagnostics_failed') });
    }
  }

  const locked = (field: Parameters<typeof isLocked>[1]) => isLocked(current, field);
  const lockedNote = <span class="vahti-locked">{t('locked_by_policy')}</span>;

  return (
    <main class="vahti-page vahti-options">
      <h1>{t('options_title')}</h1>
      <p role="status" class="vahti-status">
        {status}
      </p>
      {errors.general && <p role="alert">{errors.general}</p>}

      {managed.helpdesk && (
        <section aria-labelledby="opt-org">
          <h2 id="opt-org">{t('options_org_title')}</h2>
          <p>
            {t('banner_helpdesk', managed.helpdesk.name)}
            {managed.helpdesk.phone && <span> {managed.helpdesk.phone}</span>}
            {managed.helpdesk.email && <span> {managed.helpdesk.email}</span>}
            {managed.helpdesk.url && <span> {managed.helpdesk.url}</span>}
          </p>
        </section>
      )}
      {managed.webmailHosts && managed.webmailHosts.length > 0 && (
        <section aria-labelledby="opt-org-hosts">
          <h2 id="opt-org-hosts">{t('options_org_hosts_title')}</h2>
          <p>{t('options_org_hosts_help')}</p>
          <ul class="vahti-org-hosts">
            {managed.webmailHosts.map((h) => (
              <li key={h.host} data-allowed={String(h.allowed)}>
                <code>{h.host}</code> {h.allowed ? t('options_org_host_allowed') : t('options_org_host_not_allowed')}
              </li>
            ))}
          </ul>
          {client.requestWebmailAccess && managed.webmailHosts.some((h) => !h.allowed) && (
            <button type="button" class="vahti-button" onClick={() => void allowOrgHosts()}>
              {t('options_org_hosts_allow')}
            </button>
          )}
        </section>
      )}
      {managed.problems.length > 0 && (
        <section aria-labelledby="opt-policy">
          <h2 id="opt-policy">{t('options_policy_problems')}</h2>
          <ul>
            {managed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}

      {canManageWebmailSites(client) && <WebmailSites client={client} t={t} orgHosts={managed.webmailHosts?.map((h) => h.host)} />}

      <section aria-labelledby="opt-place">
        <h2 id="opt-place">{t('options_place_title')}</h2>
        <p>
          <label for="opt-country">{t('options_country')}</label>{' '}
          <select
            id="opt-country"
            disabled={locked('country')}
            value={current.country ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              void apply(setCountryAndLanguage(current, { country: v === '' ? undefined : CountrySchema.parse(v) }), 'general');
            }}
          >
            <option value="">{t('options_follow_browser', regionName(language, countryFromLocale(client.browserLocale), t))}</option>
            {CountrySchema.options.map((c) => (
              <option key={c} value={c}>
                {regionName(language, c, t)}
              </option>
            ))}
          </select>{' '}
          {locked('country') && lockedNote}
        </p>
        <p>
          <label for="opt-language">{t('options_language')}</label>{' '}
          <select
            id="opt-language"
            disabled={locked('language')}
            value={current.language ?? ''}
            onChange={(e) => void changeLanguage((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('options_follow_browser', languageName(languageFromLocale(client.browserLocale)))}</option>
            {UiLanguageSchema.options.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>{' '}
          {locked('language') && lockedNote}
        </p>
        <h3>{t('options_guidance_preview', regionName(language, country, t))}</h3>
        <GuidanceList entries={guidance} t={t} showSteps />
      </section>

      <section aria-labelledby="opt-warning">
        <h2 id="opt-warning">{t('options_warning_title')}</h2>
        <p>
          <input
            type="checkbox"
            id="opt-hide-body"
            checked={current.hideBodyByDefault}
            disabled={locked('hideBodyByDefault')}
            onChange={(e) => void apply(setHideBodyByDefault(current, (e.currentTarget as HTMLInputElement).checked), 'general')}
          />{' '}
          <label for="opt-hide-body">{t('options_hide_body')}</label> {locked('hideBodyByDefault') && lockedNote}
        </p>
        <h3>{t('options_dismissed_title')}</h3>
        {current.dismissed.length === 0 ? (
          <p>{t('options_dismissed_none')}</p>
        ) : (
          <ul class="vahti-dismissed">
            {current.dismissed.map((d) => (
              <li key={d.key} data-key={d.key}>
                {t('options_dismissed_entry', [d.sender ?? t('options_unknown_sender'), dateTime(language, Date.parse(d.at))])}{' '}
                <button
                  type="button"
                  class="vahti-button"
                  aria-label={t('options_undo_label', d.sender ?? t('options_unknown_sender'))}
                  onClick={() => void apply({ ok: true, value: undoDismissal(current, d.key) }, 'general')}
                >
                  {t('options_undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="opt-watch">
        <h2 id="opt-watch">{t('options_watch_title')}</h2>
        <p id="opt-watch-help">{t('options_watch_help')}</p>
        <form onSubmit={(e) => void addWatch(e)}>
          <label for="opt-watch-input">{t('options_watch_label')}</label>{' '}
          <input
            id="opt-watch-input"
            type="text"
            autocomplete="off"
            spellcheck={false}
            disabled={locked('watchList')}
            value={watchInput}
            aria-describedby="opt-watch-help opt-watch-error"
            aria-invalid={errors.watch ? 'true' : undefined}
            onInput={(e) => setWatchInput((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit" class="vahti-button" disabled={locked('watchList')}>
            {t('options_add')}
          </button>{' '}
          {locked('watchList') && lockedNote}
          <p id="opt-watch-error" class="vahti-error" role="alert">
            {errors.watch ?? ''}
          </p>
        </form>
        {current.watchList.length > 0 && (
          <ul class="vahti-watch-list">
            {current.watchList.map((w) => (
              <li key={w}>
                <code>{w}</code>{' '}
                <button
                  type="button"
                  class="vahti-button"
                  aria-label={t('options_remove_label', w)}
                  disabled={locked('watchList')}
                  onClick={() => void apply(removeWatchEntry(current, w), 'watch')}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="opt-lists">
        <h2 id="opt-lists">{t('lists_title')}</h2>
        <ListHealth sources={sources} t={t} language={language} now={now().getTime()} />
        <h3>{t('options_my_sources')}</h3>
        {current.listSources.length === 0 ? (
          <p>{t('options_my_sources_none')}</p>
        ) : (
          <ul class="vahti-sources">
            {current.listSources.map((s) => (
              <li key={s.id} data-source-id={s.id}>
                <strong>{s.name}</strong> <code>{s.manifestUrl}</code>{' '}
                <button
                  type="button"
                  class="vahti-button"
                  aria-label={t('options_remove_label', s.name)}
                  disabled={locked('listSources')}
                  onClick={() => void apply(removeListSource(current, s.id), 'source')}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="vahti-source-form" onSubmit={(e) => void addSource(e)}>
          <h3>{t('options_add_source')}</h3>
          <p>{t('options_add_source_help')}</p>
          {(
            [
              ['name', 'options_source_name'],
              ['listId', 'options_source_list_id'],
              ['url', 'options_source_url'],
              ['publicKey', 'options_source_key'],
            ] as const
          ).map(([field, label]) => (
            <p key={field}>
              <label for={`opt-source-${field}`}>{t(label)}</label>{' '}
              <input
                id={`opt-source-${field}`}
                type="text"
                autocomplete="off"
                spellcheck={false}
                required={field !== 'name'}
                disabled={locked('listSources')}
                value={source[field]}
                aria-describedby="opt-source-error"
                onInput={(e) => setSource({ ...source, [field]: (e.currentTarget as HTMLInputElement).value })}
              />
            </p>
          ))}
          <button type="submit" class="vahti-button" disabled={locked('listSources')}>
            {t('options_add_source_button')}
          </button>{' '}
          {locked('listSources') && lockedNote}
          <p id="opt-source-error" class="vahti-error" role="alert">
            {errors.source ?? ''}
          </p>
        </form>
      </section>

      <section aria-labelledby="opt-privacy">
        <h2 id="opt-privacy">{t('privacy_title')}</h2>
        <p>{t('privacy_processed')}</p>
        <p>{t('privacy_nothing_leaves')}</p>
        <p>{t('privacy_network')}</p>
        <p>{t('privacy_stored')}</p>
      </section>

      <section aria-labelledby="opt-diagnostics">
        <h2 id="opt-diagnostics">{t('diagnostics_title')}</h2>
        <p>{t('diagnostics_help')}</p>
        <button type="button" class="vahti-button" onClick={() => void exportDiagnostics()}>
          {t('diagnostics_export')}
        </button>
      </section>
    </main>
  );
}
