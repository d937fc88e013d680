/**
 * The warning page the webmail content script frames above a flagged message. An extension
 * page: the webmail's scripts and styles cannot reach it. It shows nothing and sends nothing
 * until a hello from the page that framed it carries a token the background redeems; the
 * background then sends everything the warning shows (it is the warning's only author), and the
 * page reports its height and the person's actions over the private port of that hello. A page
 * that frames this one on its own (any web site can, it is web-accessible) has no token and gets
 * nothing. Nothing here talks to the network.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WARNING_BANNER_CSS } from '../../components/WarningBanner.css';
import { WarningContainer } from '../../components/WarningContainer';
import { domActions } from '../../components/dom-actions';
import type { Translate } from '../../components/i18n';
import { translatorFor } from '../../components/locales';
import { parseMessageDetails } from '../../utils/app/evidence/details';
import { OkResponseSchema, RedeemWarningResponseSchema, type RedeemWarningResponse } from '../../utils/app/messages';
import { parseHello, type FrameReport } from '../../utils/page/frame-protocol';
import { watchVisibility } from './visibility';

/** Hellos with a token-shaped string that are tried at all: bounds what a hostile parent can make us ask. */
const MAX_ATTEMPTS = 3;

const root = document.getElementById('root')!;
let redeemed = false;
let attempts = 0;

const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as never, substitutions as never) || key;

async function redeem(token: string): Promise<RedeemWarningResponse['warning'] | null> {
  const answer = RedeemWarningResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'redeemWarning', token }).catch(() => null));
  return answer.success ? answer.data.warning : null;
}

function show(warning: RedeemWarningResponse['warning'], details: unknown, port: MessagePort) {
  const style = document.createElement('style');
  style.textContent = `html,body{margin:0;padding:0;background:transparent}${WARNING_BANNER_CSS}`;
  document.head.append(style);
  const report = (message: FrameReport) => port.postMessage(message);
  new ResizeObserver(() => report({ type: 'height', px: document.documentElement.scrollHeight })).observe(root);
  // Date, recipients and headers for the evidence file, read by the content script from the page: checked field by field.
  const { receivedAt, to, headers } = parseMessageDetails(details);
  render(
    <WarningContainer
      key={warning.messageKey}
      verdict={warning.verdict}
      guidanceIds={warning.guidanceIds}
      effective={warning.effective}
      message={{ messageKey: warning.messageKey, provider: warning.provider, features: warning.features, receivedAt, to, headers }}
      locale={browser.i18n.getUILanguage()}
      t={t}
      translatorFor={translatorFor}
      extensionVersion={browser.runtime.getManifest().version}
      actions={domActions(document)}
      dismiss={async () => {
        OkResponseSchema.parse(await browser.runtime.sendMessage({ type: 'dismissWarning', messageKey: warning.messageKey }));
      }}
      onBodyHiddenChange={(hidden) => report({ type: 'body-hidden', hidden })}
      onDismissed={() => report({ type: 'dismissed' })}
    />,
    root,
  );
  report({ type: 'height', px: document.documentElement.scrollHeight });
  // The page may cover or move the warning: the frame sees it and the background says so in the toolbar.
  watchVisibility(root, (visible) => {
    void browser.runtime.sendMessage({ type: 'warningVisibility', messageKey: warning.messageKey, visible }).catch(() => undefined);
  });
}

window.addEventListener('message', (event) => {
  if (redeemed || attempts >= MAX_ATTEMPTS || event.source !== window.parent) return;
  const hello = parseHello(event.data);
  const port = event.ports[0];
  if (!hello || !port) return;
  attempts++;
  void redeem(hello.token).then((warning) => {
    if (!warning || redeemed) {
      port.close();
      return;
    }
    redeemed = true;
    show(warning, hello.details, port);
  });
});
