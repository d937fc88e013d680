/**
 * The health of each signature list, in plain words: version and age, signature state, last
 * successful update, the last problem, and whether it is out of date. Shared by the popup and
 * the options page.
 */
import type { ListErrorCode } from '../utils/core/list/errors';
import type { ListStatus, SignatureState } from '../utils/app/sync/status';
import { relativeTime } from './format';
import type { Translate } from './i18n';

const SIGNATURE_KEYS: Record<SignatureState, string> = {
  verified: 'list_signature_verified',
  bundled: 'list_signature_bundled',
  none: 'list_signature_none',
};

export const LIST_ERROR_KEYS: Record<ListErrorCode, string> = {
  network: 'list_error_network',
  http_status: 'list_error_http_status',
  timeout: 'list_error_timeout',
  too_large: 'list_error_too_large',
  not_https: 'list_error_not_https',
  malformed: 'list_error_malformed',
  signature_error: 'list_error_signature_error',
  unknown_key: 'list_error_unknown_key',
  wrong_list: 'list_error_wrong_list',
  expired: 'list_error_expired',
  rollback: 'list_error_rollback',
  hash_mismatch: 'list_error_hash_mismatch',
  length_mismatch: 'list_error_length_mismatch',
  schema: 'list_error_schema',
  too_broad: 'list_error_too_broad',
  corruption_recovered: 'list_error_corruption_recovered',
  storage: 'list_error_storage',
  internal: 'list_error_internal',
};

export function ListHealth({ sources, t, language, now }: { sources: readonly ListStatus[]; t: Translate; language: string; now: number }) {
  if (sources.length === 0) return <p>{t('lists_none')}</p>;
  return (
    <ul class="vahti-lists">
      {sources.map((s) => (
        <li key={s.id} data-source-id={s.id} data-signature={s.signature} data-stale={String(s.stale)}>
          <strong>{s.name}</strong>{s.kind === 'policy' && <span class="vahti-locked"> {t('locked_by_policy')}</span>}
          <div>
            {s.version === undefined
              ? t('list_not_installed')
              : s.ageMs === undefined
                ? t('list_version', String(s.version))
                : t('list_version_age', [String(s.version), relativeTime(language, now - s.ageMs, now)])}
          </div>
          <div>{t(SIGNATURE_KEYS[s.signature])}</div>
          <div>
            {s.lastSuccessAt === undefined
              ? t('list_never_updated')
              : t('list_last_success', relativeTime(language, s.lastSuccessAt, now))}
          </div>
          {s.stale && <div class="vahti-list-problem">{t('list_stale')}</div>}
          {s.lastError && (
            <div class="vahti-list-problem" data-error-code={s.lastError.code}>
              {t('list_last_error', t(LIST_ERROR_KEYS[s.lastError.code]))}
              <details>
                <summary>{t('list_error_details')}</summary>
                <span>{s.lastError.message}</span>
              </details>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
