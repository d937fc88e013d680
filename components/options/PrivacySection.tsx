/** What Vahti reads, keeps and sends, in plain words (nothing of the mail leaves the device). */
import type { Translate } from '../i18n';

export function PrivacySection({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="opt-privacy">
      <h2 id="opt-privacy">{t('privacy_title')}</h2>
      <p>{t('privacy_processed')}</p>
      <p>{t('privacy_nothing_leaves')}</p>
      <p>{t('privacy_network')}</p>
      <p>{t('privacy_stored')}</p>
    </section>
  );
}
