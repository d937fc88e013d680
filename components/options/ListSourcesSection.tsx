/**
 * Signed lists: the health of every list Vahti uses, the lists the person added, and a form to
 * add one (its manifest address and its signer's public key). The list itself is fetched and
 * checked by the background; this section only saves the source.
 */
import { useState } from 'preact/hooks';
import type { ListStatus } from '../../utils/app/sync/status';
import { addListSource, removeListSource } from '../../utils/app/settings/update';
import { ListHealth } from '../ListHealth';
import type { SectionProps } from './section';

const EMPTY_FORM = { name: '', listId: '', url: '', publicKey: '' };
const FIELDS = [
  ['name', 'options_source_name'],
  ['listId', 'options_source_list_id'],
  ['url', 'options_source_url'],
  ['publicKey', 'options_source_key'],
] as const;

/** The default list's update address (the WXT_VAHTI_DEFAULT_LIST_URL build setting), or that this build has none. */
function DefaultListAddress({ sources, t }: { sources: readonly ListStatus[]; t: SectionProps['t'] }) {
  const builtin = sources.find((s) => s.kind === 'builtin');
  if (builtin === undefined) return null;
  return (
    <p data-default-list-address={builtin.updateAddress ?? ''}>
      {builtin.updateAddress === undefined ? t('lists_default_no_address') : t('lists_default_address', builtin.updateAddress)}
    </p>
  );
}

export function ListSourcesSection({
  settings,
  t,
  save,
  errors,
  locked,
  lockedNote,
  sources,
  language,
  now,
  onSourcesChanged,
}: SectionProps & { sources: ListStatus[]; language: string; now: number; onSourcesChanged: () => void }) {
  const [form, setForm] = useState(EMPTY_FORM);

  async function add(e: Event) {
    e.preventDefault();
    const candidate = {
      id: form.listId.trim().toLowerCase(),
      name: form.name.trim() || form.listId.trim(),
      manifestUrl: form.url.trim(),
      keys: [{ keyId: 'key-1', publicKey: form.publicKey.trim() }],
    };
    if (await save(addListSource(settings, candidate), 'source')) {
      setForm(EMPTY_FORM);
      onSourcesChanged();
    }
  }

  return (
    <section aria-labelledby="opt-lists">
      <h2 id="opt-lists">{t('lists_title')}</h2>
      <ListHealth sources={sources} t={t} language={language} now={now} />
      <DefaultListAddress sources={sources} t={t} />
      <h3>{t('options_my_sources')}</h3>
      {settings.listSources.length === 0 ? (
        <p>{t('options_my_sources_none')}</p>
      ) : (
        <ul class="vahti-sources">
          {settings.listSources.map((s) => (
            <li key={s.id} data-source-id={s.id}>
              <strong>{s.name}</strong> <code>{s.manifestUrl}</code>{' '}
              <button
                type="button"
                class="vahti-button"
                aria-label={t('options_remove_label', s.name)}
                disabled={locked('listSources')}
                onClick={() => void save(removeListSource(settings, s.id), 'source')}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="vahti-source-form" onSubmit={(e) => void add(e)}>
        <h3>{t('options_add_source')}</h3>
        <p>{t('options_add_source_help')}</p>
        {FIELDS.map(([field, label]) => (
          <p key={field}>
            <label for={`opt-source-${field}`}>{t(label)}</label>{' '}
            <input
              id={`opt-source-${field}`}
              type="text"
              autocomplete="off"
              spellcheck={false}
              required={field !== 'name'}
              disabled={locked('listSources')}
              value={form[field]}
              aria-describedby="opt-source-error"
              onInput={(e) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value })}
            />
          </p>
        ))}
        <button type="submit" class="vahti-button" disabled={locked('listSources')}>
          {t('options_add_source_button')}
        </button>{' '}
        {locked('listSources') && lockedNote}
        <p id="opt-source-error" class="vahti-error" role="alert">
          {errors.source ?? ''}
        </p>
      </form>
    </section>
  );
}
