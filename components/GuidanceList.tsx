/**
 * Official guidance links with a one-line summary and phone numbers. Renders an href only for
 * allowlisted https URLs (checked again here, so no caller can slip a link past it).
 */
import type { GuidanceEntry } from '../utils/app/guidance/types';
import { isAllowedGuidanceUrl } from '../utils/app/guidance/allowlist';
import type { Translate } from './i18n';

export function GuidanceList({ entries, t, showSteps = false }: { entries: readonly GuidanceEntry[]; t: Translate; showSteps?: boolean }) {
  return (
    <ul class="vahti-guidance">
      {entries
        .filter((g) => isAllowedGuidanceUrl(g.url))
        .map((g) => (
          <li key={g.id} data-guidance-id={g.id}>
            <a href={g.url} target="_blank" rel="noopener noreferrer">
              {g.title}
            </a>
            <span class="vahti-visually-hidden"> {t('link_opens_new_tab')}</span>
            <div class="vahti-summary">{g.summary}</div>
            {g.phones.length > 0 && (
              <ul class="vahti-phones">
                {g.phones.map((p) => (
                  <li key={p.number + p.label}>
                    {p.label}: <span class="vahti-number">{p.number}</span>
                  </li>
                ))}
              </ul>
            )}
            {showSteps && g.steps.length > 0 && (
              <ol class="vahti-entry-steps">
                {g.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
    </ul>
  );
}
