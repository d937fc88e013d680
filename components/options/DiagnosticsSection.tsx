/**
 * The diagnostics export for a helpdesk: versions, settings, list health and policy problems
 * as a file on the person's own disk, with no mail content.
 */
import type { Translate } from '../i18n';

export function DiagnosticsSection({ t, onExport }: { t: Translate; onExport: () => void }) {
  return (
    <section aria-labelledby="opt-diagnostics">
      <h2 id="opt-diagnostics">{t('diagnostics_title')}</h2>
      <p>{t('diagnostics_help')}</p>
      <button type="button" class="vahti-button" onClick={onExport}>
        {t('diagnostics_export')}
      </button>
    </section>
  );
}
