/**
 * "Check a message": for people who read mail on a phone or in a desktop program and come to
 * the computer afraid. They paste a message's text or choose or drop its `.eml` file, and get
 * the same verdict, reasons and guidance as in webmail. The client does the checking on this
 * device (the background's engine, which holds the lists); nothing is sent anywhere. Pure
 * Preact: the client and the words come in as props.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Verdict } from '../utils/core/engine/verdict';
import { guidanceFor } from '../utils/app/guidance/resolve';
import type { Country, UiLanguage } from '../utils/app/guidance/types';
import { HelpContacts } from './HelpContacts';
import type { Translate } from './i18n';
import { ReasonList } from './ReasonList';

/** What went wrong, in words the page can say. */
export type CheckFailure = 'unreadable' | 'too-large' | 'failed';

export class CheckError extends Error {
  constructor(readonly failure: CheckFailure) {
    super(failure);
  }
}

export interface CheckResult {
  verdict: Verdict;
  /** Guidance ids of the campaigns behind the verdict (catalogue keys, never URLs). */
  guidanceIds: string[];
}

export interface CheckClient {
  checkText(text: string): Promise<CheckResult>;
  checkFile(name: string, bytes: Uint8Array): Promise<CheckResult>;
}

const FAILURE_KEYS: Record<CheckFailure | 'empty', string> = {
  unreadable: 'checkmsg_file_failed',
  'too-large': 'checkmsg_too_large',
  failed: 'checkmsg_failed',
  empty: 'checkmsg_empty',
};

type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'failed'; failure: CheckFailure | 'empty' }
  | { kind: 'done'; result: CheckResult; fileName?: string };

export function CheckMessage({ client, t, language, country }: { client: CheckClient; t: Translate; language: UiLanguage; country: Country }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  async function run(check: () => Promise<CheckResult>, fileName?: string) {
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', result: await check(), ...(fileName ? { fileName } : {}) });
    } catch (e) {
      setState({ kind: 'failed', failure: e instanceof CheckError ? e.failure : 'failed' });
    }
  }

  function checkText(event: Event) {
    event.preventDefault();
    if (text.trim() === '') return setState({ kind: 'failed', failure: 'empty' });
    void run(() => client.checkText(text));
  }

  async function checkFile(file: File | undefined) {
    if (!file) return;
    void run(async () => client.checkFile(file.name, new Uint8Array(await file.arrayBuffer())), file.name);
  }

  const result = state.kind === 'done' ? state.result : undefined;
  const guidance = useMemo(
    () => guidanceFor({ country, language, campaignGuidanceIds: result?.guidanceIds ?? [] }),
    [country, language, result],
  );
  const level = result?.verdict.level;

  return (
    <main class="vahti-page vahti-check">
      <h1>{t('checkmsg_title')}</h1>
      <p>{t('checkmsg_lead')}</p>

      <form onSubmit={checkText}>
        <label for="check-text">{t('checkmsg_text_label')}</label>
        <textarea id="check-text" rows={10} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <p>
          <button type="submit" class="vahti-button" disabled={state.kind === 'running'}>
            {t('checkmsg_button')}
          </button>
        </p>
      </form>

      <div
        class={dragging ? 'vahti-drop vahti-drop-active' : 'vahti-drop'}
        data-drop-zone=""
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void checkFile(e.dataTransfer?.files[0]);
        }}
      >
        <p>{t('checkmsg_drop')}</p>
        <label for="check-file">{t('checkmsg_file_label')}</label>{' '}
        <input
          id="check-file"
          type="file"
          accept=".eml,message/rfc822"
          onChange={(e) => void checkFile((e.target as HTMLInputElement).files?.[0])}
        />
      </div>

      <div role="status" class="vahti-check-status">
        {state.kind === 'running' && <p>{t('checkmsg_running')}</p>}
        {state.kind === 'failed' && <p>{t(FAILURE_KEYS[state.failure])}</p>}
        {state.kind === 'done' && state.fileName && <p>{t('checkmsg_file_checked', state.fileName)}</p>}
      </div>

      {result && (
        <section class="vahti-check-result" data-verdict={level} aria-labelledby="check-result-title">
          {level === 'none' ? (
            <p id="check-result-title">{t('checkmsg_none')}</p>
          ) : (
            <>
              <h2 id="check-result-title">{t(level === 'known' ? 'banner_title_known' : 'banner_title_suspected')}</h2>
              <p>{t(level === 'known' ? 'banner_lead_known' : 'banner_lead_suspected')}</p>
              <h3>{t('banner_steps_title')}</h3>
              <ol>
                <li>{t('banner_step_dont_pay')}</li>
                <li>{t('banner_step_dont_reply')}</li>
                <li>{t('checkmsg_step_keep')}</li>
                <li>{t('banner_step_report')}</li>
                <li>{t('banner_step_support')}</li>
              </ol>
              <h3>{t('banner_why')}</h3>
              <ReasonList reasons={result.verdict.reasons} t={t} />
            </>
          )}
          <h3>{t('banner_help_title')}</h3>
          <HelpContacts entries={guidance} t={t} language={language} />
        </section>
      )}
    </main>
  );
}
