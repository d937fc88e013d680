/**
 * The command line's reader of mail HTML: parses it with happy-dom (a maintained DOM
 * implementation, already the DOM of the tests) and hands the document to the extension's own
 * extractor (utils/page/visible-text.ts), so that `npm run scan` and the browser judge the
 * same visible text. Script evaluation, file loading, iframes and navigation stay off: the HTML
 * is only parsed, never run. Node-only.
 */
import { createRequire } from 'node:module';
import type * as HappyDom from 'happy-dom';
import type { Window } from 'happy-dom';
import type { HtmlText, HtmlTextOptions } from '../../utils/core/mail/html-text';
import { htmlToVisibleTextWith } from '../../utils/page/visible-text';

let window: Window | undefined;

function parser(): Window {
  // Loaded on the first HTML part only: importing happy-dom costs a few hundred milliseconds,
  // which a scan of plain-text files (and every worker start) should not pay.
  const { Window: WindowClass } = createRequire(import.meta.url)('happy-dom') as typeof HappyDom;
  window ??= new WindowClass({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  return window;
}

export function htmlToVisibleTextViaDom(html: string, options: HtmlTextOptions = {}): HtmlText {
  return htmlToVisibleTextWith(new (parser().DOMParser)())(html, options);
}
