/**
 * Tells the background when this page shows a message Vahti cannot read (and when it can again),
 * so the toolbar and the popup can say so. Provider id and problem kinds only.
 */
import { browser } from 'wxt/browser';
import type { PageHealthReport } from '../../utils/app/page-health';
import type { ReadHealth } from '../../utils/page/read-health';

export function reportReadHealth(health: ReadHealth): void {
  if (health.providerId === 'generic') return;
  const report: PageHealthReport = { type: 'pageHealth', providerId: health.providerId, problems: health.problems };
  void browser.runtime.sendMessage(report).catch(() => undefined); // the extension may be reloading
}
