/**
 * The options page's real client: settings in `browser.storage.local` (the person's own values
 * only; policy values are applied for display and never written back), managed policy from
 * `browser.storage.managed`, list state from the background, files saved with a download link.
 */
import { browser } from 'wxt/browser';
import type { OptionsClient } from '../../components/client';
import { domActions } from '../../components/dom-actions';
import { CheckNowResponseSchema, GetListStatusResponseSchema, type PageRequest } from '../../utils/messages';
import { parseManagedPolicy } from '../../utils/policy/parse';
import type { ManagedPolicy } from '../../utils/policy/schema';
import { applyPolicy, chosenFields, ownSettings } from '../../utils/policy/apply';
import { parseSettings, SETTINGS_STORAGE_KEY } from '../../utils/settings/schema';
import { toUserListSource, USER_SOURCES_STORAGE_KEY } from '../../utils/settings/sources';
import { addedWebmailOrigins, missingWebmailAccess, syncWebmailScripts } from '../webmail.content/hosts';

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

/** As stored: `chosenFields` tells the person's own choices from policy defaults. */
async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
}

/**
 * The background also re-registers on `permissions.onAdded/onRemoved`, and the two can race
 * (both see no script, one registration fails as a duplicate id). The browser's grant is what
 * counts, so a failed sync here does not turn a grant into an error.
 */
async function syncScripts(): Promise<void> {
  try {
    await syncWebmailScripts();
  } catch (e) {
    console.warn('Vahti: webmail script registration is left to the background', e);
  }
}

async function ask(request: PageRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export function createOptionsClient(): OptionsClient {
  const actions = domActions(document);
  return {
    async loadSettings() {
      const [raw, managed] = await Promise.all([readRaw(), readManaged()]);
      return applyPolicy(parseSettings(raw).settings, managed.policy, chosenFields(raw)).settings;
    },
    async saveSettings(next) {
      const [raw, managed] = await Promise.all([readRaw(), readManaged()]);
      const own = ownSettings(next, parseSettings(raw).settings, managed.policy, chosenFields(raw));
      // One write: the settings and the sync's view of the person's list sources stay in step.
      await browser.storage.local.set({
        [SETTINGS_STORAGE_KEY]: own,
        [USER_SOURCES_STORAGE_KEY]: (own.listSources ?? []).map(toUserListSource),
      });
    },
    async getManagedInfo() {
      const { policy, problems } = await readManaged();
      const webmailHosts = await Promise.all(
        (policy.webmailHosts ?? []).map(async (host) => ({ host, allowed: await browser.permissions.contains({ origins: [`https://${host}/*`] }) })),
      );
      return { helpdesk: policy.helpdesk, problems, webmailHosts };
    },
    // Browsers grant host access only on a person's click; the background then registers the script.
    allowWebmailHosts: (hosts) => browser.permissions.request({ origins: hosts.map((h) => `https://${h}/*`) }),
    async getWebmailAccess() {
      const [missingFixed, added] = await Promise.all([missingWebmailAccess(), addedWebmailOrigins()]);
      return { missingFixed, added };
    },
    // Not async: `permissions.request` must be called in the same task as the click or submit.
    requestWebmailAccess: (origins) =>
      browser.permissions.request({ origins }).then(async (granted) => {
        if (granted) await syncScripts();
        return granted;
      }),
    async removeWebmailAccess(origin) {
      await browser.permissions.remove({ origins: [origin] });
      await syncScripts();
    },
    async getListStatus() {
      return GetListStatusResponseSchema.parse(await ask({ type: 'getListStatus' })).sources;
    },
    async checkNow() {
      return CheckNowResponseSchema.parse(await ask({ type: 'checkNow' }));
    },
    saveFile: (name, text, mime) => actions.saveFile(name, text, mime),
    extensionVersion: browser.runtime.getManifest().version,
    browserLocale: browser.i18n.getUILanguage(),
    userAgent: navigator.userAgent,
  };
}
