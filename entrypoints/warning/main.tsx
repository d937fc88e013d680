/**
 * The warning page the webmail content script frames above a flagged message. An extension
 * page: the webmail's scripts and styles cannot reach it. It waits for the content script's
 * hello (with the nonce from its own URL fragment) and a private `MessagePort`, then renders the
 * UI engineer's `WarningContainer` and reports its height and the person's actions back over
 * that port. Nothing here talks to the network.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WARNING_BANNER_CSS } from '../../components/WarningBanner.css';
import { WarningContainer } from '../../components/WarningContainer';
import { domActions } from '../../components/dom-actions';
import type { Translate } from '../../components/i18n';
import { translatorFor } from '../../components/locales';
import { parseMessageDetails } from '../../utils/app/evidence/details';
import { GetCampaignGuidanceResponseSchema } from '../../utils/app/messages';
import { isHello, isShowWarning, type FrameReport, type ReceivedShowWarning } from '../../utils/page/frame-protocol';

const nonce = location.hash.slice(1);
const root = document.getElementById('root')!;
let port: MessagePort | null = null;

const style = document.createElement('style');
style.textContent = `html,body{margin:0;padding:0;background:transparent}${WARNING_BANNER_CSS}`;
document.head.append(style);

const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as never, substitutions as never) || key;
const storage = {
  get: (key: string) => browser.storage.local.get(key) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
};

function report(message: FrameReport) {
  port?.postMessage(message);
}

new ResizeObserver(() => report({ type: 'height', px: document.documentElement.scrollHeight })).observe(root);

/**
 * The background maps the verdict's campaigns to their official guidance ids (lists name
 * guidance by id only). The warning shows the country's default help at once and adds the
 * campaign's pages when the answer comes.
 */
async function campaignGuidance(warning: ReceivedShowWarning): Promise<string[]> {
  const campaigns = warning.verdict.reasons.flatMap((r) =>
    r.listId !== undefined && r.campaignId !== undefined ? [{ listId: r.listId, campaignId: r.campaignId }] : [],
  );
  if (campaigns.length === 0) return [];
  const answer = GetCampaignGuidanceResponseSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'getCampaignGuidance', campaigns: campaigns.slice(0, 50) }),
  );
  return answer.success ? answer.data.guidance : [];
}

function show(warning: ReceivedShowWarning, guidanceIds: readonly string[] = []) {
  // Date, recipients and headers for the evidence file, checked field by field (invalid ones dropped).
  const { receivedAt, to, headers } = parseMessageDetails(warning.details);
  render(
    <WarningContainer
      key={warning.messageKey}
      verdict={warning.verdict}
      guidanceIds={guidanceIds}
      message={{ messageKey: warning.messageKey, provider: warning.provider, features: warning.features, receivedAt, to, headers }}
      storage={storage}
      locale={browser.i18n.getUILanguage()}
      t={t}
      translatorFor={translatorFor}
      extensionVersion={browser.runtime.getManifest().version}
      actions={domActions(document)}
      onBodyHiddenChange={(hidden) => report({ type: 'body-hidden', hidden })}
      onDismissed={() => report({ type: 'dismissed' })}
    />,
    root,
  );
  report({ type: 'height', px: document.documentElement.scrollHeight });
}

window.addEventListener('message', (event) => {
  // Only the first hello that knows our nonce, from the page that framed us, gets a channel.
  if (port || event.source !== window.parent || !isHello(event.data, nonce)) return;
  const received = event.ports[0];
  if (!received) return;
  port = received;
  port.onmessage = (m) => {
    if (!isShowWarning(m.data)) return;
    const warning = m.data;
    show(warning);
    void campaignGuidance(warning)
      .then((ids) => {
        if (ids.length > 0) show(warning, ids);
      })
      .catch(() => undefined); // the default guidance for the country is already shown
  };
});
