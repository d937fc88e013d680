/**
 * The popup's notice that Vahti cannot read the webmail page on this tab (its markup changed),
 * so warnings may be missing there. Shows nothing while the page is readable.
 */
import { PROVIDER_NAMES, type UnreadablePage } from '../utils/app/page-health';
import type { Translate } from './i18n';

export function PageHealthNotice({ unreadable, t }: { unreadable: readonly UnreadablePage[]; t: Translate }) {
  const providers = [...new Set(unreadable.map((p) => p.providerId))];
  if (providers.length === 0) return null;
  return (
    <div class="vahti-page-health" role="status" data-unreadable={providers.join(' ')}>
      {providers.map((id) => (
        <p key={id}>{t('popup_unreadable', PROVIDER_NAMES[id])}</p>
      ))}
    </div>
  );
}
