/**
 * How the warning behaves: whether the message body starts hidden, and the messages whose
 * warning the person dismissed ("This is not extortion"), each of which can be undone.
 */
import { setHideBodyByDefault, undoDismissal } from '../../utils/app/settings/update';
import { dateTime } from '../format';
import type { SectionProps } from './section';

export function WarningSection({ settings, t, save, locked, lockedNote, language }: SectionProps & { language: string }) {
  return (
    <section aria-labelledby="opt-warning">
      <h2 id="opt-warning">{t('options_warning_title')}</h2>
      <p>
        <input
          type="checkbox"
          id="opt-hide-body"
          checked={settings.hideBodyByDefault}
          disabled={locked('hideBodyByDefault')}
          onChange={(e) => void save(setHideBodyByDefault(settings, (e.currentTarget as HTMLInputElement).checked), 'general')}
        />{' '}
        <label for="opt-hide-body">{t('options_hide_body')}</label> {locked('hideBodyByDefault') && lockedNote}
      </p>
      <h3>{t('options_dismissed_title')}</h3>
      {settings.dismissed.length === 0 ? (
        <p>{t('options_dismissed_none')}</p>
      ) : (
        <ul class="vahti-dismissed">
          {settings.dismissed.map((d) => (
            <li key={d.key} data-key={d.key}>
              {t('options_dismissed_entry', [d.sender ?? t('options_unknown_sender'), dateTime(language, Date.parse(d.at))])}{' '}
              <button
                type="button"
                class="vahti-button"
                aria-label={t('options_undo_label', d.sender ?? t('options_unknown_sender'))}
                onClick={() => void save({ ok: true, value: undoDismissal(settings, d.key) }, 'general')}
              >
                {t('options_undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
