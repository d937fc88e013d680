/**
 * Fills the closed shadow roots the scanner creates. The warning itself is an extension page in
 * a frame (`/warning.html`): the webmail can neither script nor restyle it, and it can use the
 * settings, guidance and evidence code without making this content script big. The row mark is
 * a few nodes built here. Plain DOM and `textContent` only (Gmail enforces Trusted Types).
 */
import { browser } from 'wxt/browser';
import type { WarningContext } from '../../utils/page/scanner';
import { FRAME_HELLO, isFrameReport, newNonce, type ShowWarning } from '../../utils/page/frame-protocol';

const frames = new WeakMap<ShadowRoot, { port: MessagePort | null; latest: ShowWarning; ready: boolean }>();
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 2000;

function setBodyHidden(bodyRoots: readonly Element[], hidden: boolean) {
  for (const el of bodyRoots) {
    const style = (el as HTMLElement).style;
    if (!style) continue;
    if (hidden) style.setProperty('display', 'none', 'important');
    else style.removeProperty('display');
  }
}

/** The message's date, recipients and shown headers; a page that breaks the reader loses only these. */
function readDetails(warning: WarningContext): ShowWarning['details'] {
  try {
    return warning.readDetails?.();
  } catch {
    return undefined;
  }
}

function focusMessage(bodyRoots: readonly Element[]) {
  const body = bodyRoots.find((el): el is HTMLElement => typeof (el as HTMLElement).focus === 'function');
  if (!body) return;
  if (!body.hasAttribute('tabindex')) body.setAttribute('tabindex', '-1');
  body.focus();
}

export function createWarningRenderer(onDismissed: (messageKey: string) => void) {
  return function renderWarning(root: ShadowRoot, warning: WarningContext) {
    const show: ShowWarning = {
      type: 'show',
      verdict: warning.verdict,
      messageKey: warning.messageKey,
      provider: warning.providerId,
      features: warning.readFeatures(),
      details: readDetails(warning),
    };
    const existing = frames.get(root);
    if (existing) {
      existing.latest = show;
      if (existing.ready) existing.port?.postMessage(show);
      return;
    }
    const doc = root.ownerDocument;
    const nonce = newNonce(crypto);
    const url = browser.runtime.getURL('/warning.html');
    const origin = new URL(url).origin;
    const frame = doc.createElement('iframe');
    frame.src = `${url}#${nonce}`;
    frame.title = 'Vahti';
    frame.setAttribute('style', `display:block;border:0;width:100%;height:${MIN_HEIGHT}px;color-scheme:normal`);
    const state = { port: null as MessagePort | null, latest: show, ready: false };
    frames.set(root, state);
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      if (!win) return;
      // A reload of the frame (or a page that navigated it) gets a fresh channel.
      state.port?.close();
      const channel = new MessageChannel();
      state.port = channel.port1;
      channel.port1.onmessage = (e) => {
        const report: unknown = e.data;
        if (!isFrameReport(report)) return;
        if (report.type === 'height') frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(report.px)))}px`;
        else if (report.type === 'body-hidden') setBodyHidden(warning.bodyRoots, report.hidden);
        else {
          // The focused frame is about to go; a keyboard or screen-reader user would be left at
          // the top of the page. Take them to the message they chose to read.
          const hadFocus = doc.activeElement === root.host;
          onDismissed(state.latest.messageKey);
          if (hadFocus) focusMessage(warning.bodyRoots);
        }
      };
      win.postMessage({ type: FRAME_HELLO, nonce }, origin, [channel.port2]);
      state.ready = true;
      channel.port1.postMessage(state.latest);
    });
    root.appendChild(frame);
  };
}

const ROW_MARK_CSS = ':host{all:initial}span{display:inline-block;padding:0 6px;border-radius:8px;background:#4b5d80;color:#fff;font:600 11px/18px system-ui,sans-serif}';

export function renderRowMark(root: ShadowRoot) {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = ROW_MARK_CSS;
  const mark = doc.createElement('span');
  const label = browser.i18n.getMessage('row_mark_label' as never) || 'Vahti: known extortion sender';
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', label);
  mark.title = label;
  mark.textContent = '⚠ Vahti';
  root.append(style, mark);
}
