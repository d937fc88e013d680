/**
 * What the popup and options pages need from the rest of the extension, as interfaces. The
 * entrypoints wire real clients that message the background and use `browser.storage`; tests
 * pass fakes. Components never reach the browser themselves.
 */
import type { PageHealthCounts } from '../utils/app/page-health';
import type { CheckNowResponse } from '../utils/app/messages';
import type { ListStatus } from '../utils/app/sync/status';
import type { Settings } from '../utils/app/settings/schema';
import type { HelpdeskContact } from './WarningBanner';

/**
 * Flagged messages on a tab, by level. `other` counts flags whose level is not known to the
 * popup (when only the toolbar badge's count is available).
 */
export type TabFlags = {
  known: number;
  suspected: number;
  other: number;
  /** Warnings on the tab that the page covers or moves out of sight (seen by the warning frames). */
  hidden?: number;
};

export interface ListStatusClient {
  getListStatus(): Promise<ListStatus[]>;
  checkNow(): Promise<CheckNowResponse>;
}

export interface PopupClient extends ListStatusClient {
  /** Messages flagged on the active tab. */
  getTabFlags(): Promise<TabFlags>;
  openOptions(): void;
}

/** What an administrator set by policy, as far as the options page shows it. */
export interface ManagedInfo {
  helpdesk?: HelpdeskContact;
  /** Problems in the policy, in plain words, for the person to pass to their helpdesk. */
  problems: string[];
  /** The organisation's webmail hosts, and whether the browser lets Vahti read mail there yet. */
  webmailHosts?: { host: string; allowed: boolean }[];
}

/** Which webmails Vahti may read, as the browser's permissions say (see `getWebmailAccess`). */
export type WebmailAccess = { missingFixed: string[]; added: string[] };

export interface OptionsClient extends ListStatusClient {
  loadSettings(): Promise<Settings>;
  /** Stores the settings; resolves once they are written. */
  saveSettings(next: Settings): Promise<void>;
  getManagedInfo(): Promise<ManagedInfo>;
  /**
   * Webmail access as match patterns (`https://webmail.example.fi/*`): the fixed webmails
   * (Gmail, Outlook, Yahoo, Proton) the browser has not given Vahti yet, and the sites the
   * person added.
   */
  getWebmailAccess?(): Promise<WebmailAccess>;
  /**
   * Asks the browser for access to these origins; resolves true when granted. Must be called
   * synchronously inside the click or submit handler, before any `await`: browsers (Firefox
   * strictly) only show the prompt from a user gesture.
   */
  requestWebmailAccess?(origins: string[]): Promise<boolean>;
  /** Gives back the access to an added site, so Vahti stops reading mail there. */
  removeWebmailAccess?(origin: string): Promise<void>;
  saveFile(fileName: string, text: string, mime?: string): Promise<void>;
  /** How often each webmail's page could not be read, for the diagnostics export. */
  loadPageHealthCounts?(): Promise<PageHealthCounts>;
  extensionVersion: string;
  /** The browser's UI locale, e.g. `fi-FI`. */
  browserLocale: string;
  /** The browser name and version, for diagnostics. */
  userAgent: string;
}
