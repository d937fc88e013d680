/**
 * Official guidance links with a one-line summary and phone numbers. Renders an href only for
 * allowlisted https URLs (checked again here, so no caller can slip a link past it). A page in
 * another language than the UI's says which; phone numbers are `tel:` links with their hours,
 * so a person on a phone can call with one tap.
 */
import type { GuidanceEntry } from '../utils/app/guidance/types';
import { isAllowedGuidanceUrl } from '../utils/app/guidance/allowlist';
import type { Translate } from './i18n';

/** "(page in English)" and the like, by the language of the linked page. */
const PAGE_LANGUAGE_KEYS: Record<string, string> = {
  en: 'page_in_en',
  fi: 'page_in_fi',
  sv: 'page_in_sv',
  de: 'page_in_de',
  et: 'page_in_et',
};

/** A dialable form: digits and a leading plus only ("09 2525 0111" → "0925250111"). */
export function telHref(number: string): string {
  let digits = '';
  for (const ch of number) {
    if ((ch >= '0' && ch <= '9') || (ch === '+' && digits === '')) digits += ch;
  }
  return `tel:${digits}`;
}

export function GuidanceList({
  entries,
  t,
  language,
  showSteps = false,
}: {
  entries: readonly GuidanceEntry[];
  t: Translate;
  /** The UI's language: a linked page in another language says so. */
  language: string;
  showSteps?: boolean;
}) {
  return (
    <ul class="vahti-guidance">
      {entries
        .filter((g) => isAllowedGuidanceUrl(g.url))
        .map((g) => {
          const otherLanguage = g.pageLanguage !== language ? PAGE_LANGUAGE_KEYS[g.pageLanguage] : undefined;
          return (
            <li key={g.id} data-guidance-id={g.id}>
              <a href={g.url} target="_blank" rel="noopener noreferrer" hrefLang={g.pageLanguage}>
                {g.title}
              </a>
              {otherLanguage && <span class="vahti-page-language"> {t(otherLanguage)}</span>}
              <span class="vahti-visually-hidden"> {t('link_opens_new_tab')}</span>
              <div class="vahti-summary">{g.summary}</div>
              {g.phones.length > 0 && (
                <ul class="vahti-phones">
                  {g.phones.map((p) => (
                    <li key={p.number + p.label}>
                      {p.label}:{' '}
                      <a class="vahti-number" href={telHref(p.number)} aria-label={t('guidance_call', p.number)}>
                        {p.number}
                      </a>{' '}
                      <span class="vahti-hours">({p.hours})</span>
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
          );
        })}
    </ul>
  );
}
