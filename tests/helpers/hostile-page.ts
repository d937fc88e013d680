/**
 * What the hostile-page tests do inside the browser, shared by the Chromium (Playwright) and
 * Firefox (puppeteer) tests: a site that frames the warning page and sends it every shape of
 * message the frame protocol ever had, the stylesheet attacks on the warning's host, and the
 * measurement that shows whether the warning stayed in place. The functions run in the page
 * (passed to `evaluate`), so they use nothing from outside their own body.
 */

export const ATTACKER = 'https://attacker.example/';

/**
 * In the attacker's page: frames each URL (the old protocol took its nonce from the fragment),
 * sends hellos, show messages and background requests of every shape, old and new, on the window
 * and over a port, waits, and returns everything that came back.
 */
export const probeFramedWarning = async (urls: string[]): Promise<string[]> => {
        const got: string[] = [];
        window.addEventListener('message', (e) => got.push(`window: ${JSON.stringify(e.data)}`));
        const fakeVerdict = { level: 'known', reasons: [{ rule: 'sender-address', matched: 'Call +1 555 0100 now', campaignId: 'vastaamo-2020', listId: 'vahti-default' }] };
        const features = { senderAddress: 'a@b.example', senderName: '', replyTo: [], subject: 'x', bodyText: 'x', links: [] };
        const show = { type: 'show', verdict: fakeVerdict, messageKey: 'gmail:msg:1#a', provider: 'gmail', features };
        const redeemed = { warning: { messageKey: 'gmail:msg:1#a', provider: 'gmail', verdict: fakeVerdict, features, guidanceIds: [], effective: { hideBodyByDefault: true, allowDismiss: true } } };
        const frames = await Promise.all(
          urls.map(
            (url) =>
              new Promise<HTMLIFrameElement>((resolve) => {
                const f = document.createElement('iframe');
                // The old protocol took its nonce from the frame's own fragment.
                f.src = `${url}#0123456789abcdef`;
                f.style.cssText = 'width:800px;height:600px';
                f.onload = () => resolve(f);
                f.onerror = () => resolve(f);
                setTimeout(() => resolve(f), 5_000);
                document.body.append(f);
              }),
          ),
        );
        const messages = [
          { type: 'vahti-warning-hello', nonce: '0123456789abcdef' },
          show,
          { type: 'vahti-warning-token', token: '0'.repeat(32) },
          { type: 'vahti-warning-token', token: 'f'.repeat(32), details: { receivedAt: 'now' } },
          { type: 'vahti-warning-token', token: 'not-a-token' },
          redeemed,
          { type: 'redeemWarning', token: '0'.repeat(32) },
          { type: 'dismissWarning', messageKey: 'gmail:msg:1#a' },
          { type: 'getCampaignGuidance', campaigns: [{ listId: 'vahti-default', campaignId: 'vastaamo-2020' }] },
        ];
        for (const f of frames) {
          for (const m of messages) {
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => got.push(`port: ${JSON.stringify(e.data)}`);
            f.contentWindow!.postMessage(m, '*', [channel.port2]);
            // And what the old protocol sent next over the port.
            channel.port1.postMessage(show);
            channel.port1.postMessage(redeemed);
            f.contentWindow!.postMessage(m, '*');
          }
        }
        await new Promise((r) => setTimeout(r, 3_000));
        return got;
      };

export type HostBox = { x: number; y: number; width: number; height: number; style: string };

/** In the webmail page: the warning host's box in the document and the styles that could hide it. */
export function measureWarningHost(): HostBox {
  const host = document.querySelector('[data-vahti="warning"]')!;
  const r = host.getBoundingClientRect();
  const cs = getComputedStyle(host);
  const style = ['display', 'visibility', 'opacity', 'transform', 'translate', 'scale', 'rotate', 'zoom', 'filter', 'clip-path', 'mask-image', 'content-visibility', 'animation-name', 'transition-duration']
    .map((p) => `${p}:${cs.getPropertyValue(p)}`)
    .join(';');
  return { x: Math.round(r.x), y: Math.round(r.y + scrollY), width: Math.round(r.width), height: Math.round(r.height), style };
}

/** In the webmail page: adds the attack's stylesheet (and a class the transition attack needs). */
export function applyAttack(css: string): void {
  const style = document.createElement('style');
  style.id = 'attack';
  style.textContent = css;
  document.head.append(style);
  document.querySelector('vahti-warning')?.classList.add('gone'); // the guard takes the class away again
}

/** Each stylesheet attack on the warning's host that moved it out of view or collapsed it before. */
export const ATTACKS: Record<string, string> = {
  'translate': 'vahti-warning{translate:-100000px 0!important}',
  'scale': 'vahti-warning{scale:0!important}',
  'zoom': 'vahti-warning{zoom:.01!important}',
  'content-visibility': 'vahti-warning{content-visibility:hidden!important}',
  'position and top': 'vahti-warning{position:relative!important;top:-100000px!important}',
  'rotate and max-width': 'vahti-warning{rotate:90deg!important;max-width:1px!important}',
  'display, visibility, opacity': '[data-vahti]{display:none!important;visibility:hidden!important;opacity:0!important}',
  'transform, filter, clip-path, mask': 'vahti-warning{transform:translateX(-100000px)!important;filter:opacity(0)!important;clip-path:inset(50%)!important;mask:linear-gradient(transparent,transparent)!important}',
  'absolute position and negative margin': 'vahti-warning{position:absolute!important;left:-100000px!important;margin-top:-100000px!important}',
  'height and overflow': 'vahti-warning{height:0!important;max-height:0!important;overflow:hidden!important;contain:strict!important}',
  '@layer': '@layer hide{vahti-warning{translate:-100000px 0!important;opacity:0!important;display:none!important}}',
  'an animation': '@keyframes vahti-hide{to{translate:-100000px 0;opacity:0;scale:0}}vahti-warning{animation:vahti-hide 1ms forwards!important}',
  'a transition': 'vahti-warning{transition:all 100000s!important}vahti-warning.gone{translate:-100000px 0!important;opacity:0!important}',
};
