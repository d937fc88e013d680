/**
 * The contacts to show a frightened person: the most important few in view, the rest behind
 * "More help", so the first screen is short. Used by the warning, the popup and the "Check a
 * message" page alike.
 */
import type { GuidanceEntry } from '../utils/app/guidance/types';
import { GuidanceList } from './GuidanceList';
import type { Translate } from './i18n';

/** Contacts shown before "More help": with the two actions they fit above the fold. */
export const FIRST_CONTACTS = 3;

export function HelpContacts({ entries, t, language }: { entries: readonly GuidanceEntry[]; t: Translate; language: string }) {
  return (
    <>
      <GuidanceList entries={entries.slice(0, FIRST_CONTACTS)} t={t} language={language} />
      {entries.length > FIRST_CONTACTS && (
        <details class="vahti-more-help">
          <summary>{t('banner_more_help')}</summary>
          <GuidanceList entries={entries.slice(FIRST_CONTACTS)} t={t} language={language} />
        </details>
      )}
    </>
  );
}
