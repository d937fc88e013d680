/**
 * The toolbar popup: what Vahti flagged on this tab, help for anyone who received a threat
 * (with or without a flagged message) and "Check a message", the health of the lists, "check
 * for updates now", and the way to the options. Calm by design: counts and plain words, no alarm.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CheckNowResult } from '../utils/app/messages';
import type { ListStatus } from '../utils/app/sync/status';
import type { PopupClient, TabFlags } from './client';
import type { Translate } from './i18n';
import { ListHealth } from './ListHealth';
import { PageHealthNotice } from './PageHealthNotice';
import type { UnreadablePage } from '../utils/app/page-health';
import { PopupHelp } from './PopupHelp';
import type { Country } from '../utils/app/guidance/types';

const CHECK_KEYS: Record<CheckNowResult['outcome'], string> = {
  installed: 'check_installed',
  up_to_date: 'check_up_to_date',
  failed: 'check_failed',
  skipped: 'check_skipped',
  refused: 'check_refused',
};

export function Popup({
  client,
  t,
  language,
  country,
  onCheckMessage,
  now = Date.now,
  loadUnreadable,
}: {
  client: PopupClient;
  t: Translate;
  language: string;
  /** Whose official help "Received a threatening email?" shows. */
  country: Country;
  /** Opens the "Check a message" page. */
  onCheckMessage: () => void;
  now?: () => number;
  /** The webmail pages on this tab Vahti cannot read (see PageHealthNotice). */
  loadUnreadable?: () => Promise<UnreadablePage[]>;
}) {
  const [flags, setFlags] = useState<TabFlags | null>(null);
  const [unreadable, setUnreadable] = useState<UnreadablePage[]>([]);
  const [sources, setSources] = useState<ListStatus[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [checking, setChecking] = useState(false);
  const [checkResults, setCheckResults] = useState<CheckNowResult[] | null>(null);
  const [checkFailed, setCheckFailed] = useState(false);

  useEffect(() => {
    client.getTabFlags().then(setFlags, () => setFlags({ known: 0, suspected: 0, other: 0 }));
    client.getListStatus().then(setSources, () => setLoadFailed(true));
    loadUnreadable?.().then(setUnreadable, () => setUnreadable([]));
  }, [client, loadUnreadable]);

  async function checkNow() {
    setChecking(true);
    setCheckFailed(false);
    setCheckResults(null);
    try {
      const response = await client.checkNow();
      setSources(response.sources);
      setCheckResults(response.results);
    } catch {
      setCheckFailed(true);
    } finally {
      setChecking(false);
    }
  }

  const known = flags?.known ?? 0;
  const suspected = flags?.suspected ?? 0;
  const other = flags?.other ?? 0;
  const names = new Map((sources ?? []).map((s) => [s.id, s.name]));

  return (
    <main class="vahti-page vahti-popup">
      <h1>{t('extName')}</h1>

      <section aria-labelledby="popup-page">
        <h2 id="popup-page">{t('popup_page_title')}</h2>
        <PageHealthNotice unreadable={unreadable} t={t} />
        {(flags?.hidden ?? 0) > 0 && (
          <p role="alert" class="vahti-hidden-warning" data-hidden-warnings={String(flags!.hidden)}>
            {t('popup_page_hidden')}
          </p>
        )}
        {flags === null ? (
          <p>{t('loading')}</p>
        ) : known + suspected + other === 0 ? (
          <p data-flagged="0">{t('popup_page_none')}</p>
        ) : (
          <>
            <ul data-flagged={String(known + suspected + other)}>
              {known > 0 && <li>{t('popup_page_known', String(known))}</li>}
              {suspected > 0 && <li>{t('popup_page_suspected', String(suspected))}</li>}
              {other > 0 && <li>{t('popup_page_flagged', String(other))}</li>}
            </ul>
            <p>{t('popup_page_advice')}</p>
          </>
        )}
      </section>

      <PopupHelp t={t} language={language} country={country} onCheckMessage={onCheckMessage} />

      <section aria-labelledby="popup-lists">
        <h2 id="popup-lists">{t('lists_title')}</h2>
        {loadFailed ? (
          <p>{t('lists_load_failed')}</p>
        ) : sources === null ? (
          <p>{t('loading')}</p>
        ) : (
          <ListHealth sources={sources} t={t} language={language} now={now()} />
        )}
        <button type="button" class="vahti-button" onClick={() => void checkNow()} disabled={checking}>
          {t(checking ? 'check_running' : 'check_now')}
        </button>
        <div role="status" class="vahti-check-status">
          {checkFailed && <p>{t('check_failed_all')}</p>}
          {checkResults && (
            <ul>
              {checkResults.map((r) => (
                <li key={r.sourceId} data-outcome={r.outcome}>
                  {t('check_result', [names.get(r.sourceId) ?? r.sourceId, t(CHECK_KEYS[r.outcome])])}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <p>
        <button type="button" class="vahti-button vahti-quiet" onClick={() => client.openOptions()}>
          {t('popup_open_options')}
        </button>
      </p>
    </main>
  );
}
