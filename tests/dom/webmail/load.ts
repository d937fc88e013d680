/** Loads a fixture page into the test's happy-dom document (parsed, never assigned as HTML). */
export function loadPage(html: string, url = 'https://mail.google.com/mail/u/0/'): Document {
  const w = window as unknown as { happyDOM?: { setURL(u: string): void } };
  w.happyDOM?.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Fixture page scripts are Gmail's/Proton's part; unit tests drive the DOM themselves.
  for (const s of Array.from(parsed.querySelectorAll('script'))) s.remove();
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return document;
}

/** Opens a Gmail fixture thread the way the page script would (clone the <template>). */
export function openGmailThread(doc: Document, id: string): void {
  const thread = doc.getElementById('vahti-fixture-thread')!;
  const template = doc.getElementById(`t-${id}`) as HTMLTemplateElement;
  thread.replaceChildren(template.content.cloneNode(true));
  thread.style.display = '';
  (doc.getElementById('vahti-fixture-list') as HTMLElement).style.display = 'none';
}

export const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads a today's-markup fixture page; for Proton, gives the body frame the document the page
 * writes with `document.open/write/close` (happy-dom does not load frames; the e2e tests do).
 */
export function loadFixture(page: { url: string; html: string; frameHtml?: string }): Document {
  const doc = loadPage(page.html, page.url);
  if (page.frameHtml !== undefined) {
    const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-testid="content-iframe"]');
    if (frame) Object.defineProperty(frame, 'contentDocument', { value: new DOMParser().parseFromString(page.frameHtml, 'text/html'), configurable: true });
  }
  return doc;
}
