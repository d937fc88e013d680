/**
 * The person's own watch list: sender addresses or domains that always get a warning, added
 * and removed here, checked by `utils/app/settings` (no patterns, matched exactly).
 */
import { useState } from 'preact/hooks';
import { addWatchEntry, removeWatchEntry } from '../../utils/app/settings/update';
import type { SectionProps } from './section';

export function WatchListSection({ settings, t, save, errors, locked, lockedNote }: SectionProps) {
  const [input, setInput] = useState('');
  async function add(e: Event) {
    e.preventDefault();
    if (await save(addWatchEntry(settings, input), 'watch')) setInput('');
  }
  return (
    <section aria-labelledby="opt-watch">
      <h2 id="opt-watch">{t('options_watch_title')}</h2>
      <p id="opt-watch-help">{t('options_watch_help')}</p>
      <form onSubmit={(e) => void add(e)}>
        <label for="opt-watch-input">{t('options_watch_label')}</label>{' '}
        <input
          id="opt-watch-input"
          type="text"
          autocomplete="off"
          spellcheck={false}
          disabled={locked('watchList')}
          value={input}
          aria-describedby="opt-watch-help opt-watch-error"
          aria-invalid={errors.watch ? 'true' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        <button type="submit" class="vahti-button" disabled={locked('watchList')}>
          {t('options_add')}
        </button>{' '}
        {locked('watchList') && lockedNote}
        <p id="opt-watch-error" class="vahti-error" role="alert">
          {errors.watch ?? ''}
        </p>
      </form>
      {settings.watchList.length > 0 && (
        <ul class="vahti-watch-list">
          {settings.watchList.map((w) => (
            <li key={w}>
              <code>{w}</code>{' '}
              <button
                type="button"
                class="vahti-button"
                aria-label={t('options_remove_label', w)}
                disabled={locked('watchList')}
                onClick={() => void save(removeWatchEntry(settings, w), 'watch')}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
