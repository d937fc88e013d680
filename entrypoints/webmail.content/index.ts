/**
 * Vahti's webmail content script. Static for the fixed webmails (manifest `matches`); the same
 * file is registered at run time, in all frames, for Roundcube and other hosts the user adds
 * (see `hosts.ts`). Wires the DOM scanner to the background's verdicts and the banner renderer.
 * Mail content goes only to the background, through `classify.ts`.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FIXED_MATCHES, providerFor } from '../../utils/page/providers';
import { createScanner } from '../../utils/page/scanner';
import { classifyInBackground, classifyRow } from './classify';
import { reportReadHealth } from './read-health';
import { loadSelectorOverrides } from './selector-overrides';
import { createWarningRenderer, renderRowMark } from './render';

export default defineContentScript({
  matches: [...FIXED_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // One port per document: the background resets this tab's badge count when the page
    // (not just the SPA route) is new, and knows when it is gone.
    if (window.top === window) browser.runtime.connect({ name: 'vahti-webmail' });
    let provider = providerFor(document);
    const renderWarning = createWarningRenderer((messageKey) => scanner.dismiss(messageKey));
    const scanner = createScanner({
      doc: document,
      resolveProvider: () => (provider.id === 'generic' ? (provider = providerFor(document)) : provider),
      classify: classifyInBackground,
      classifyRow,
      renderWarning,
      renderRowMark,
      onReadHealth: reportReadHealth,
    });
    scanner.start();
    void loadSelectorOverrides(() => scanner.scanNow());
    ctx.onInvalidated(() => scanner.stop());
  },
});
