/**
 * The background's message door. Every message is parsed with the zod schemas of
 * utils/app/messages.ts. Content scripts may ask for a verdict and for a warning token for a
 * message this background flagged in their own tab and frame; list status, "check now" and the
 * tab's flags and the pages' language answer only extension pages; the person's settings,
 * dismissals and own list sources only the options page; redeeming a token, "This is not extortion" and the
 * warning's visibility answer only Vahti's warning page, in the tab the warning belongs to.
 * Routing only; the list service and the warning registry do the work.
 */
import type { Browser } from 'wxt/browser';
import { ContentRequestSchema, PageRequestSchema } from '../../utils/app/messages';
import type {
  CheckNowResponse,
  ClassifyResponse,
  GetListStatusResponse,
  GetTabFlagsResponse,
  CheckMessageResponse,
  ListDismissalsResponse,
  OkResponse,
  PageLocaleResponse,
  RedeemWarningResponse,
  SettingsResponse,
  UserSourcesResponse,
  WarningTokenResponse,
} from '../../utils/app/messages';
import type { EffectiveConfig } from '../../utils/app/policy/apply';
import { OwnSettingsSchema, settingsProblem } from '../../utils/app/settings/own';
import { rowMark } from '../../utils/app/inbox/row-mark';
import { GetSelectorOverridesRequestSchema, type GetSelectorOverridesResponse } from '../../utils/app/selector-override-messages';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict, VerdictLevel } from '../../utils/core/engine/verdict';
import { flaggedLevels } from './badge';
import type { DismissalStore } from './dismissals';
import { userSourcesProblem, type UserSourceStore } from './user-sources';
import { pageLocale, warningEffective } from './effective';
import type { SettingsStore } from './settings-store';
import type { ListService } from './list-service';
import { handlePageHealthMessage } from './page-health';
import type { WarningRegistry } from './warning-registry';

export type MessageSender = Browser.runtime.MessageSender;
export type ErrorResponse = { error: string };
export type Response =
  | ClassifyResponse
  | WarningTokenResponse
  | RedeemWarningResponse
  | OkResponse
  | GetListStatusResponse
  | CheckNowResponse
  | GetTabFlagsResponse
  | ListDismissalsResponse
  | CheckMessageResponse
  | UserSourcesResponse
  | SettingsResponse
  | PageLocaleResponse
  | NonNullable<Awaited<ReturnType<typeof handlePageHealthMessage>>>
  | GetSelectorOverridesResponse
  | ErrorResponse;

/** What the warning route needs from the rest of the background (browser-backed in index.ts, fakes in tests). */
export interface WarningDesk {
  registry: WarningRegistry;
  readEffective(): Promise<EffectiveConfig>;
  /** The person's "This is not extortion", kept where content scripts cannot write. */
  dismissals: Pick<DismissalStore, 'has' | 'add' | 'remove' | 'list'>;
  /** The toolbar badge: a verdict for a message in a tab, and the tab's hidden warnings. */
  noteVerdict(sender: MessageSender, messageKey: string, level: VerdictLevel): void;
  showHidden(tabId: number, hidden: number): void;
  now(): Date;
}

export interface MessageDeps {
  service: ListService;
  /** `warningUrl`: where the warning page is framed from (its dynamic URL where the browser has one). */
  self: { id: string; origin: string; warningUrl: string };
  withWatchList: (verdict: Verdict, features: MessageFeatures) => Promise<Verdict>;
  warnings: WarningDesk;
  /** The person's own list sources, kept where content scripts cannot write. */
  userSources: Pick<UserSourceStore, 'list' | 'replace'>;
  /** The person's own settings, kept where content scripts cannot write. */
  settings: Pick<SettingsStore, 'read' | 'replace'>;
}

const NOT_FLAGGED: Verdict = { level: 'none', reasons: [] };
const REFUSED: ErrorResponse = { error: 'This request is only accepted from Vahti’s own pages.' };
const NO_WARNING: ErrorResponse = { error: 'There is no warning for this request.' };

export function isExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Vahti's warning page framed in a tab (not a popup, not another extension page). */
function warningTab(sender: MessageSender, self: MessageDeps['self']): number | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const url = sender.url.split('#')[0]!.split('?')[0]!;
  const tabId = sender.tab?.id;
  const isWarningPage = url === self.warningUrl || url === `${self.origin}warning.html`;
  return isWarningPage && typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** One extension page by its path (e.g. the options page, the only place a dismissal is listed or undone). */
function isPage(sender: MessageSender, self: MessageDeps['self'], path: string): boolean {
  return isExtensionPage(sender, self.id, self.origin) && new URL(sender.url!).pathname === path;
}

/** Inbox-row checks (`<provider>:row:…`) never get a warning; opened messages (`:msg:`) do. */
const isOpenedMessage = (messageKey: string) => messageKey.includes(':msg:');

export async function handleMessage(message: unknown, sender: MessageSender, deps: MessageDeps): Promise<Response> {
  const { service, self, warnings } = deps;
  if (sender.id !== self.id) return { error: 'Messages from other extensions are not accepted.' };

  const content = ContentRequestSchema.safeParse(message);
  if (content.success) {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (content.data.type === 'warningToken') {
      const token = tabId === undefined ? null : warnings.registry.issue(tabId, frameId, content.data.messageKey);
      return token === null ? NO_WARNING : { token, frameUrl: self.warningUrl };
    }
    const { messageKey, features } = content.data;
    let verdict = await deps.withWatchList(await service.classify(features), features);
    if (tabId !== undefined && tabId >= 0 && isOpenedMessage(messageKey)) {
      // A message the person said is not extortion gets no warning and no token (unless the
      // organisation forbids dismissing, which makes every earlier dismissal void).
      if (verdict.level !== 'none' && (await warnings.readEffective()).allowDismiss && (await warnings.dismissals.has(messageKey))) verdict = NOT_FLAGGED;
      if (verdict.level === 'none') warnings.registry.forget(tabId, messageKey);
      else warnings.registry.note({ tabId, frameId, messageKey, verdict, features });
    }
    warnings.noteVerdict(sender, messageKey, verdict.level);
    // A row's mark is decided here, from its sender's verdict and its text, never by the page.
    const row = content.data.row;
    if (row && !isOpenedMessage(messageKey)) {
      const mark = rowMark(verdict, row);
      return mark ? { verdict, rowMark: mark } : { verdict };
    }
    return { verdict };
  }

  const page = PageRequestSchema.safeParse(message);
  if (!page.success) {
    // The webmail pages' other requests: the lists' selector overrides, and a page Vahti cannot read.
    if (GetSelectorOverridesRequestSchema.safeParse(message).success) return { overrides: await service.selectorOverrides() };
    const health = await handlePageHealthMessage(message, sender, isExtensionPage(sender, self.id, self.origin));
    return health ?? { error: 'The message was not understood.' };
  }
  if (!isExtensionPage(sender, self.id, self.origin) && warningTab(sender, self) === null) return REFUSED;
  switch (page.data.type) {
    case 'getListStatus':
      return { sources: await service.status() };
    case 'checkNow': {
      const results = await service.checkNow(page.data.sourceId);
      return { results, sources: await service.status() };
    }
    case 'getTabFlags':
      return { flagged: flaggedLevels(page.data.tabId), hiddenWarnings: warnings.registry.hiddenCount(page.data.tabId) };
    case 'redeemWarning': {
      const tabId = warningTab(sender, self);
      const flagged = tabId === null ? null : warnings.registry.redeem(page.data.token, tabId);
      if (!flagged) return NO_WARNING;
      const [guidanceIds, config] = await Promise.all([service.campaignGuidance(flagged.verdict.reasons), warnings.readEffective()]);
      return {
        warning: {
          messageKey: flagged.messageKey,
          provider: flagged.messageKey.slice(0, flagged.messageKey.indexOf(':')),
          verdict: flagged.verdict,
          features: flagged.features,
          guidanceIds: guidanceIds.slice(0, 20),
          effective: warningEffective(config),
        },
      };
    }
    case 'dismissWarning': {
      const tabId = warningTab(sender, self);
      const flagged = tabId === null ? undefined : warnings.registry.flagged(tabId, page.data.messageKey);
      if (tabId === null || !flagged) return NO_WARNING;
      if (!(await warnings.readEffective()).allowDismiss) return { error: 'Your organisation does not allow hiding warnings.' };
      const from = flagged.features.senderAddress.slice(0, 320);
      await warnings.dismissals.add({ key: flagged.messageKey, at: warnings.now().toISOString(), ...(from ? { sender: from } : {}) });
      warnings.registry.forget(tabId, flagged.messageKey);
      warnings.noteVerdict({ ...sender, frameId: flagged.frameId }, flagged.messageKey, 'none');
      warnings.showHidden(tabId, warnings.registry.hiddenCount(tabId));
      return { ok: true };
    }
    case 'checkMessage': {
      if (!isPage(sender, self, '/check.html')) return REFUSED;
      const verdict = await deps.withWatchList(await service.classify(page.data.features), page.data.features);
      return { verdict, guidanceIds: (await service.campaignGuidance(verdict.reasons)).slice(0, 20) };
    }
    case 'listDismissals':
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      return { dismissed: await warnings.dismissals.list() };
    case 'undoDismissal':
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      await warnings.dismissals.remove(page.data.messageKey);
      return { ok: true };
    case 'listUserSources':
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      return { sources: await deps.userSources.list() };
    case 'saveUserSources': {
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      const problem = userSourcesProblem(page.data.sources);
      if (problem !== undefined) return { error: `The list sources were not saved: ${problem}.` };
      await deps.userSources.replace(page.data.sources);
      // The new lists are fetched in the background: the options page does not wait on the network.
      void service.sourcesChanged().catch((cause: unknown) => console.error('Vahti: list sources update failed', cause));
      return { ok: true };
    }
    case 'getSettings':
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      return { settings: await deps.settings.read() };
    case 'saveSettings': {
      if (!isPage(sender, self, '/options.html')) return REFUSED;
      const parsed = OwnSettingsSchema.safeParse(page.data.settings);
      if (!parsed.success) return { error: `The settings were not saved: ${settingsProblem(parsed.error)}.` };
      await deps.settings.replace(parsed.data);
      return { ok: true };
    }
    case 'getPageLocale':
      return pageLocale(await warnings.readEffective());
    case 'warningVisibility': {
      const tabId = warningTab(sender, self);
      if (tabId === null || !warnings.registry.flagged(tabId, page.data.messageKey)) return NO_WARNING;
      warnings.showHidden(tabId, warnings.registry.setVisible(tabId, page.data.messageKey, page.data.visible));
      return { ok: true };
    }
  }
}
