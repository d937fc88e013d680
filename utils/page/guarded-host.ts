/**
 * The element that carries a Vahti warning in a webmail page: a host with a *closed* shadow
 * root, so page scripts cannot reach or restyle what is inside, and a guard that puts back
 * the host's attributes and inline style when the page changes them. Re-inserting a removed
 * host is the scanner's job (it sees the removal). What is rendered inside is the caller's
 * business; this module never parses HTML.
 */

export type HostKind = 'warning' | 'row';

export interface GuardedHost {
  readonly host: HTMLElement;
  /** Insert (or move) the host to `parent` before `before`. */
  place(parent: Element, before: Node | null): void;
  setLevel(level: string): void;
  remove(): void;
  /** How often the page changed the host's attributes or style (for tests and diagnostics). */
  readonly tamperCount: number;
}

// `all: initial !important` first, then the few values the host needs, all `!important` and
// inline. An important inline declaration wins over every page stylesheet rule, `@layer`ed or
// not, and over CSS animations (transitions never start: the computed value cannot change). So
// no page rule can move, shrink, rotate, zoom, clip, mask, blur, skip or fade the host; ancestors
// doing that move the message with it, and the warning frame reports what it can see
// (entrypoints/warning/visibility.ts). Properties outside `all` (`zoom`, and those Chromium
// ships before they are standard) are named one by one.
const PINNED_EVERYWHERE: [string, string][] = [
  ['all', 'initial'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['zoom', '1'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['content-visibility', 'visible'],
  ['contain', 'none'],
  ['animation', 'none'],
  ['transition', 'none'],
  ['pointer-events', 'auto'],
  ['inset', 'auto'],
];

const HOST_STYLE: Record<HostKind, [string, string][]> = {
  warning: [
    ...PINNED_EVERYWHERE,
    ['display', 'block'],
    ['position', 'relative'],
    ['z-index', '2147483647'],
    ['height', 'auto'],
    ['min-height', '0'],
    ['max-height', 'none'],
    ['width', 'auto'],
    ['min-width', '0'],
    ['max-width', 'none'],
    ['overflow', 'visible'],
    ['margin', '8px 0'],
    ['font-size', '16px'],
  ],
  row: [
    ...PINNED_EVERYWHERE,
    ['display', 'inline-block'],
    ['position', 'static'],
    ['vertical-align', 'middle'],
    ['margin', '0 4px'],
    ['font-size', '12px'],
  ],
};

export function createGuardedHost(
  doc: Document,
  kind: HostKind,
  level: string,
  render: (root: ShadowRoot) => void,
): GuardedHost {
  const host = doc.createElement(kind === 'warning' ? 'vahti-warning' : 'vahti-row-mark');
  const root = host.attachShadow({ mode: 'closed' });
  let currentLevel = level;
  let tamperCount = 0;
  let expectedStyle = '';

  const apply = () => {
    for (const name of Array.from(host.getAttributeNames())) {
      if (name !== 'data-vahti' && name !== 'data-vahti-level' && name !== 'style') host.removeAttribute(name);
    }
    host.setAttribute('data-vahti', kind);
    host.setAttribute('data-vahti-level', currentLevel);
    host.removeAttribute('style');
    for (const [prop, value] of HOST_STYLE[kind]) host.style.setProperty(prop, value, 'important');
    expectedStyle = host.getAttribute('style') ?? '';
  };
  const intact = () =>
    host.getAttributeNames().length === 3 &&
    host.getAttribute('data-vahti') === kind &&
    host.getAttribute('data-vahti-level') === currentLevel &&
    host.getAttribute('style') === expectedStyle;
  apply();
  render(root);

  // Our own writes also produce records; comparing with the expected state (instead of
  // flagging our writes) keeps a page change in the same batch from slipping through.
  const view = doc.defaultView;
  const guard = view
    ? new view.MutationObserver(() => {
        if (intact()) return;
        tamperCount++;
        apply();
      })
    : null;
  guard?.observe(host, { attributes: true });

  return {
    host,
    place(parent, before) {
      if (before === host || (host.parentNode === parent && host.nextSibling === before)) return;
      parent.insertBefore(host, before && before.parentNode === parent ? before : null);
    },
    setLevel(next) {
      if (next === currentLevel) return;
      currentLevel = next;
      apply();
    },
    remove() {
      guard?.disconnect();
      host.remove();
    },
    get tamperCount() {
      return tamperCount;
    },
  };
}
