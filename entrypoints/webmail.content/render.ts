/**
 * Fills the closed shadow roots the scanner creates. The warning itself is an extension page in
 * a frame (`/warning.html`): the webmail can neither script nor restyle it, and it can use the
 * guidance and evidence code without making this content script big. The content script only
 * hands the frame a one-time token from the background; what the warning says comes from the
 * background. The row mark is
 * a few nodes built here; its words (why the row is marked) come from the extension's locales. Plain DOM and `textContent` only (Gmail enforces Trusted Types).
 */
import { browser } from 'wxt/browser';
import type { RowMark, WarningContext } from '../../utils/page/scanner';
import { FRAME_HELLO, isFrameReport, type FrameHello } from '../../utils/page/frame-protocol';
import { warningTicket, type WarningTicket } from './classify';

const frames = new WeakMap<ShadowRoot, HTMLIFrameElement>();
/** Per root, which render is current: an answer for an older one must not mount its frame. */
const generations = new WeakMap<ShadowRoot, number>();
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
function readDetails(warning: WarningContext): FrameHello['details'] {
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
    // A new verdict or message for this place is a new warning: a frame redeems one token only.
    frames.get(root)?.remove();
    frames.delete(root);
    const generation = (generations.get(root) ?? 0) + 1;
    generations.set(root, generation);
    const doc = root.ownerDocument;
    let port: MessagePort | null = null;

    const connect = (frame: HTMLIFrameElement, ticket: WarningTicket) => {
      const win = frame.contentWindow;
      if (!win || frames.get(root) !== frame) return;
      port?.close();
      const channel = new MessageChannel();
      port = channel.port1;
      channel.port1.onmessage = (e) => {
        const report: unknown = e.data;
        if (!isFrameReport(report)) return;
        if (report.type === 'height') frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(report.px)))}px`;
        else if (report.type === 'body-hidden') setBodyHidden(warning.bodyRoots, report.hidden);
        else {
          // The focused frame is about to go; a keyboard or screen-reader user would be left at
          // the top of the page. Take them to the message they chose to read.
          const hadFocus = doc.activeElement === root.host;
          onDismissed(warning.messageKey);
          if (hadFocus) focusMessage(warning.bodyRoots);
        }
      };
      const hello: FrameHello = { type: FRAME_HELLO, token: ticket.token, details: readDetails(warning) };
      // Only our own extension's page can receive it (target origin), whatever the page did to the
      // frame. A page loaded at Chromium's dynamic URL has the extension's own origin.
      win.postMessage(hello, new URL(browser.runtime.getURL('/')).origin, [channel.port2]);
    };

    void warningTicket(warning.messageKey, warning.readFeatures)
      .then((first) => {
        // Dismissed meanwhile, or the background no longer flags it: nothing is mounted.
        if (first === null || generations.get(root) !== generation) return;
        const frame = doc.createElement('iframe');
        frame.src = first.frameUrl;
        frame.title = 'Vahti';
        frame.setAttribute('style', `display:block;border:0;width:100%;height:${MIN_HEIGHT}px;color-scheme:normal`);
        frames.set(root, frame);
        let ticket: WarningTicket | null = first;
        frame.addEventListener('load', () => {
          // Every later load (moving a frame in the DOM reloads it) needs a fresh token: each is single-use.
          const current = ticket ?? warningTicket(warning.messageKey, warning.readFeatures);
          ticket = null;
          void Promise.resolve(current)
            .then((t) => {
              if (t !== null) connect(frame, t);
            })
            .catch(() => undefined); // no background: the frame stays empty until the scanner asks again
        });
        root.appendChild(frame);
      })
      .catch(() => undefined);
  };
}

const ROW_MARK_CSS = ':host{all:initial}span{display:inline-block;padding:0 6px;border-radius:8px;background:#4b5d80;color:#fff;font:600 11px/18px system-ui,sans-serif}';

/** The words of each mark, with the English for a browser that has no locale for them. */
const ROW_MARK_WORDS: Record<RowMark, { key: string; fallback: string }> = {
  'listed-sender': { key: 'row_mark_label', fallback: 'Vahti: known extortion sender' },
  'extortion-shape': { key: 'row_mark_shape_label', fallback: 'Vahti: this message may be a threat. You can choose not to open it.' },
};

export function renderRowMark(root: ShadowRoot, kind: RowMark) {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = ROW_MARK_CSS;
  const mark = doc.createElement('span');
  const words = ROW_MARK_WORDS[kind];
  const label = browser.i18n.getMessage(words.key as never) || words.fallback;
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', label);
  mark.setAttribute('data-mark', kind);
  mark.title = label;
  mark.textContent = '⚠ Vahti';
  root.append(style, mark);
}
