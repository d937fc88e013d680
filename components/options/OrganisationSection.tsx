/**
 * What the person's organisation set by policy: its helpdesk, the webmail hosts it protects
 * (with a button to give the access the browser still withholds), and policy values that
 * could not be used, so that an administrator sees them where the person does.
 */
import type { ManagedInfo } from '../client';
import type { Translate } from '../i18n';

export function OrganisationSection({
  managed,
  t,
  onAllowHosts,
}: {
  managed: ManagedInfo;
  t: Translate;
  /** Asks for access to the organisation's hosts not yet allowed; absent where the browser cannot. */
  onAllowHosts?: () => void;
}) {
  const hosts = managed.webmailHosts ?? [];
  return (
    <>
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
      {hosts.length > 0 && (
        <section aria-labelledby="opt-org-hosts">
          <h2 id="opt-org-hosts">{t('options_org_hosts_title')}</h2>
          <p>{t('options_org_hosts_help')}</p>
          <ul class="vahti-org-hosts">
            {hosts.map((h) => (
              <li key={h.host} data-allowed={String(h.allowed)}>
                <code>{h.host}</code> {h.allowed ? t('options_org_host_allowed') : t('options_org_host_not_allowed')}
              </li>
            ))}
          </ul>
          {onAllowHosts && hosts.some((h) => !h.allowed) && (
            <button type="button" class="vahti-button" onClick={onAllowHosts}>
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
    </>
  );
}
