/**
 * The options page: loads the settings, the list health and what policy set, and lays out one
 * section per concern (`components/options/`). Every change is validated by
 * `utils/app/settings` and saved at once through `save`; errors are shown next to the field in
 * the person's language. Settings fixed by policy are read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { languageFromLocale } from '../utils/app/guidance/resolve';
import type { UiLanguage } from '../utils/app/guidance/types';
import { buildDiagnostics } from '../utils/app/settings/diagnostics';
import type { LockableSetting, Settings } from '../utils/app/settings/schema';
import { isLocked, type SettingsError } from '../utils/app/settings/update';
import type { ListStatus } from '../utils/app/sync/status';
import type { Result } from '../utils/core/result';
import type { ManagedInfo, OptionsClient } from './client';
import type { Translate } from './i18n';
import { DiagnosticsSection } from './options/DiagnosticsSection';
import { ListSourcesSection } from './options/ListSourcesSection';
import { OrganisationSection } from './options/OrganisationSection';
import { PlaceSection } from './options/PlaceSection';
import { PrivacySection } from './options/PrivacySection';
import type { ErrorField, SectionProps } from './options/section';
import { WarningSection } from './options/WarningSection';
import { WatchListSection } from './options/WatchListSection';
import { canManageWebmailSites, WebmailSites } from './options/WebmailSites';

const ERROR_KEYS: Record<SettingsError['code'], string> = {
  locked: 'error_locked',
  invalid: 'error_invalid',
  duplicate: 'error_duplicate',
  full: 'error_full',
};

/** A settings error in the person's words; a list source is checked field by field, so say which. */
function errorText(e: SettingsError, t: Translate): string {
  if (e.field === 'listSources' && e.code === 'invalid') {
    const path = e.value ?? '';
    if (path.startsWith('manifestUrl')) return t('error_source_url');
    if (path.startsWith('keys')) return t('error_source_key');
    if (path.startsWith('name')) return t('error_source_name');
    if (path.startsWith('id')) return t('error_source_list_id');
  }
  return t(ERROR_KEYS[e.code], e.value ?? '');
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
  const [errors, setErrors] = useState<Partial<Record<ErrorField, string>>>({});

  const reloadSources = () => client.getListStatus().then(setSources, () => undefined);
  const reloadManaged = () => client.getManagedInfo().then(setManaged, () => undefined);

  useEffect(() => {
    client.loadSettings().then(setSettings, () => setErrors({ general: t('options_load_failed') }));
    client.getListStatus().then(setSources, () => setSources([]));
    void reloadManaged();
  }, [client]);

  if (!settings) {
    return (
      <main class="vahti-page">
        <h1>{t('options_title')}</h1>
        <p role="status">{errors.general ?? t('loading')}</p>
      </main>
    );
  }
  const current = settings;
  const language = current.language ?? languageFromLocale(client.browserLocale);

  async function save(result: Result<Settings, SettingsError>, field: ErrorField): Promise<boolean> {
    if (!result.ok) {
      setErrors({ [field]: errorText(result.error, t) });
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

  async function allowOrgHosts() {
    const missing = (managed.webmailHosts ?? []).filter((h) => !h.allowed).map((h) => `https://${h.host}/*`);
    try {
      await client.requestWebmailAccess?.(missing);
    } catch {
      setErrors({ general: t('options_org_hosts_failed') });
    }
    void reloadManaged();
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

  const section: SectionProps = {
    settings: current,
    t,
    save,
    errors,
    locked: (field: LockableSetting) => isLocked(current, field),
    lockedNote: <span class="vahti-locked">{t('locked_by_policy')}</span>,
  };

  return (
    <main class="vahti-page vahti-options">
      <h1>{t('options_title')}</h1>
      <p role="status" class="vahti-status">
        {status}
      </p>
      {errors.general && <p role="alert">{errors.general}</p>}
      <OrganisationSection managed={managed} t={t} onAllowHosts={client.requestWebmailAccess ? () => void allowOrgHosts() : undefined} />
      {canManageWebmailSites(client) && <WebmailSites client={client} t={t} orgHosts={managed.webmailHosts?.map((h) => h.host)} />}
      <PlaceSection {...section} browserLocale={client.browserLocale} onLanguageChange={onLanguageChange} />
      <WarningSection {...section} language={language} />
      <WatchListSection {...section} />
      <ListSourcesSection {...section} sources={sources} language={language} now={now().getTime()} onSourcesChanged={() => void reloadSources()} />
      <PrivacySection t={t} />
      <DiagnosticsSection t={t} onExport={() => void exportDiagnostics()} />
    </main>
  );
}
