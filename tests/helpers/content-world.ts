/**
 * Reaches Vahti's content script world in real Chromium through CDP, for tests of what a
 * compromised webmail renderer could do with the content script's rights.
 */
import type { Page } from 'playwright-core';

type ExecutionContext = { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } };

/**
 * Runs `expression` inside Vahti's content script world on `page` (the isolated world Chromium
 * gives the content script, with the content script's extension APIs), found through CDP: what a
 * compromised webmail renderer could do with the content script's rights.
 */
export async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    // Enabling reports every existing context before it answers.
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error(`No content script world of ${extensionId} on ${page.url()}: ${JSON.stringify(contexts)}`);
    const result = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(`In the content script world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}
