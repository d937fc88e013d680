/**
 * The options page's real client: the person's settings, dismissals and own list sources from
 * the background (which alone keeps them, where no content script can write; the person's own
 * values only: policy values are applied for display and never written back), managed policy
 * from `browser.storage.managed`, list state from the background, files saved with a download link.
 */
import { browser } from 'wxt/browser';
import type { OptionsClient } from '../../components/client';
import { domActions } from '../../components/dom-actions';
import { ListDismissalsResponseSchema, OkResponseSchema, SettingsResponseSchema, UserSourcesResponseSchema } from '../../utils/app/messages';
import { PAGE_HEALTH_STORAGE_KEY, parsePageHealthCounts } from '../../utils/app/page-health';
import { parseManagedPolicy } from '../../utils/app/policy/parse';
import type { ManagedPolicy } from '../../utils/app/policy/schema';
import { applyPolicy, chosenFields, ownSettings } from '../../utils/app/policy/apply';
import { parseSettings } from '../../utils/app/settings/schema';
import { pickOwnSettings } from '../../utils/app/settings/own';
import { addedWebmailOrigins, missingWebmailAccess } from '../background/hosts';
import { askBackground, listStatusClient } from '../popup/background-client';

async function readManaged(): Promise<{ policy: ManagedPolicy; problems: string[] }> {
  try {
    const raw = await browser.storage.managed.get();
    const parsed = parseManagedPolicy(raw);
    return { policy: parsed.policy, problems: parsed.problems.map((p) => `${p.path}: ${p.message}`) };
  } catch {
    // No policy is the normal case (Firefox throws when there is none).
    return { policy: {}, problems: [] };
  }
}

/**
 * As the background keeps them: `chosenFields` tells the person's own choices from policy
 * defaults. Never from `storage.local`, which any content script could have written.
 */
async function readRaw(): Promise<Record<string, unknown>> {
  const [own, sources] = await Promise.all([
    askBackground({ type: 'getSettings' }).then((answer) => SettingsResponseSchema.parse(answer).settings),
    askBackground({ type: 'listUserSources' }).then((answer) => UserSourcesResponseSchema.parse(answer).sources),
  ]);
  return sources.length > 0 ? { ...own, listSources: sources } : own;
}

/** The person's dismissals, from the background (which alone writes them). */
async function readDismissals() {
  return ListDismissalsResponseSchema.parse(await askBackground({ type: 'listDismissals' })).dismissed;
}

export function createOptionsClient(): OptionsClient {
  const actions = domActions(document);
  return {
    ...listStatusClient(),
    async loadPageHealthCounts() {
      return parsePageHealthCounts((await browser.storage.local.get(PAGE_HEALTH_STORAGE_KEY))[PAGE_HEALTH_STORAGE_KEY]);
    },
    async loadSettings() {
      const [raw, managed, dismissed] = await Promise.all([readRaw(), readManaged(), readDismissals()]);
      return { ...applyPolicy(parseSettings(raw).settings, managed.policy, chosenFields(raw)).settings, dismissed };
    },
    async saveSettings(next) {
      const [raw, managed, dismissed] = await Promise.all([readRaw(), readManaged(), readDismissals()]);
      // Dismissals are the background's: the only change the page can make is to undo one.
      const kept = new Set(next.dismissed.map((d) => d.key));
      for (const d of dismissed) {
        if (!kept.has(d.key)) OkResponseSchema.parse(await askBackground({ type: 'undoDismissal', messageKey: d.key }));
      }
      const stored = parseSettings(raw).settings;
      const { dismissed: _background, ...own } = ownSettings(next, stored, managed.policy, chosenFields(raw));
      // The list sources are saved only when they changed: a change of country must not make
      // sync re-read the sources.
      const { listSources } = own;
      if (listSources !== undefined && JSON.stringify(listSources) !== JSON.stringify(stored.listSources)) {
        OkResponseSchema.parse(await askBackground({ type: 'saveUserSources', sources: listSources }));
      }
      OkResponseSchema.parse(await askBackground({ type: 'saveSettings', settings: pickOwnSettings(own) }));
    },
    async getManagedInfo() {
      const { policy, problems } = await readManaged();
      const webmailHosts = await Promise.all(
        (policy.webmailHosts ?? []).map(async (host) => ({ host, allowed: await browser.permissions.contains({ origins: [`https://${host}/*`] }) })),
      );
      return { helpdesk: policy.helpdesk, problems, webmailHosts };
    },
    async getWebmailAccess() {
      const [missingFixed, added] = await Promise.all([missingWebmailAccess(), addedWebmailOrigins()]);
      return { missingFixed, added };
    },
    // Browsers grant host access only on a person's click, so this is not async: the request is
    // made in the click's own task. The background registers the script when the grant lands.
    requestWebmailAccess: (origins) => browser.permissions.request({ origins }),
    async removeWebmailAccess(origin) {
      await browser.permissions.remove({ origins: [origin] });
    },
    saveFile: (name, text, mime) => actions.saveFile(name, text, mime),
    extensionVersion: browser.runtime.getManifest().version,
    browserLocale: browser.i18n.getUILanguage(),
    userAgent: navigator.userAgent,
  };
}
