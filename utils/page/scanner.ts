/**
 * Watches a webmail page and keeps Vahti's warnings in step with it: finds opened messages and
 * inbox rows through a provider adapter, asks for a verdict once per message body, mounts a
 * warning above flagged messages and marks the rows the background says to mark (a listed sender,
 * or a subject or snippet with the shape of extortion), and puts them back when the
 * page re-renders or removes them. Talks to the extension only through the injected `classify`;
 * renders nothing itself (the caller's `render*` functions fill the closed shadow roots).
 *
 * Cost model: a MutationObserver whose callback only arms a short timer (no work per mutation);
 * no timers at all while the page is quiet; features are read only for new message bodies.
 */
import type { MessageFeatures } from '../core/engine/features';
import type { Verdict } from '../core/engine/verdict';
import { createGuardedHost, type GuardedHost } from './guarded-host';
import type { InboxRow, MessageDetails, OpenedMessage, WebmailProvider } from './provider';
import { createReadHealthWatch, unreadContainers, type ReadHealth, type ReadProblem } from './read-health';
import { bodyHash } from './text';

/**
 * The marks a row can get: the background's `ROW_MARKS` (utils/app/inbox/row-mark.ts; the content
 * script's classify.ts fails to compile if the two differ).
 */
export type RowMark = 'listed-sender' | 'extortion-shape';

/** What a row shows of a message before it is opened: sent to the background beside its sender. */
export interface RowText {
  subject: string;
  snippet: string;
}

export interface ScannerOptions {
  doc: Document;
  /** Called per scan, so a page that turns into Roundcube after load is still recognised. */
  resolveProvider: () => WebmailProvider;
  classify: (messageKey: string, features: MessageFeatures) => Promise<Verdict>;
  /** Fills a warning's shadow root (called again when the verdict of that message changes). */
  renderWarning: (root: ShadowRoot, warning: WarningContext) => void;
  /** The mark a row gets (null: none), decided by the background from its sender and text. */
  classifyRow: (rowKey: string, features: MessageFeatures, row: RowText) => Promise<RowMark | null>;
  renderRowMark: (root: ShadowRoot, mark: RowMark) => void;
  /** Quiet time after the last mutation before a scan. */
  debounceMs?: number;
  /** Longest a stream of mutations can postpone a scan. */
  maxWaitMs?: number;
  /** Wait before retrying after the background did not answer (never below 1 s). */
  retryMs?: number;
  /**
   * Told when the page shows a message the adapter cannot read (no body, or no sender), and
   * again when it can: a webmail redesign must not silently turn Vahti off. Not for `generic`.
   */
  onReadHealth?: (health: ReadHealth) => void;
  /** How long an unreadable state must last before it is reported. */
  readGraceMs?: number;
}

export interface WarningContext {
  verdict: Verdict;
  providerId: string;
  messageKey: string;
  /** The page's body elements, for the banner's "hide the message" action. */
  bodyRoots: readonly Element[];
  /** The features as classified; read again only if the banner needs them (evidence). */
  readFeatures: () => MessageFeatures;
  /** Date, recipients and shown headers, for the evidence file; absent where the adapter reads none. */
  readDetails?: () => MessageDetails;
}

export interface ScannerStats {
  scans: number;
  scanMs: number;
  classifyRequests: number;
  banners: number;
  rowMarks: number;
}

export interface Scanner {
  start(): void;
  stop(): void;
  /** Runs a scan now (used at start and by tests). */
  scanNow(): void;
  /** The person dismissed the warning of the message with this key: remove it, don't re-attach. */
  dismiss(messageKey: string): void;
  readonly stats: ScannerStats;
}

const FLAGGED = new Set(['known', 'suspected']);
const CACHE_LIMIT = 2000;
const OUR_TAGS = new Set(['VAHTI-WARNING', 'VAHTI-ROW-MARK']);

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.set(key, value);
  if (map.size > CACHE_LIMIT) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

/** A row's sender goes as features (for the lists); its subject and snippet go beside them. */
function rowFeatures(row: InboxRow): MessageFeatures {
  return { senderAddress: row.senderAddress, senderName: row.senderName, replyTo: [], subject: '', bodyText: '', links: [] };
}

export function createScanner(options: ScannerOptions): Scanner {
  const { doc, classify } = options;
  const debounceMs = options.debounceMs ?? 10;
  const maxWaitMs = options.maxWaitMs ?? 100;
  const retryMs = Math.max(1000, options.retryMs ?? 2000);
  const maybeView = doc.defaultView;
  if (!maybeView) throw new Error('Vahti scanner needs a document with a window.');
  const view = maybeView as Window & typeof globalThis;

  const verdicts = new Map<string, Verdict>(); // message key (id + body hash) → verdict
  const pending = new Set<string>();
  const banners = new Map<string, { guard: GuardedHost; root: ShadowRoot; key: string; level: string }>(); // message id → banner
  const rowAnswers = new Map<string, RowMark | null>(); // sender and row text → mark
  const rowPending = new Set<string>();
  const rowMarks = new Map<Element, { guard: GuardedHost; mark: RowMark }>();
  const rowsRead = new WeakMap<Element, { text: string; row: InboxRow | null }>();
  const watchedFrames = new WeakSet<Element>();
  const dismissed = new Set<string>(); // message ids the person said are not extortion
  const frameObservers: MutationObserver[] = [];
  const senderless = new Map<string, boolean>(); // message id → its sender could not be read
  const health = options.onReadHealth
    ? createReadHealthWatch({ view, graceMs: options.readGraceMs ?? 3000, report: options.onReadHealth, rescan: () => scan() })
    : null;
  const stats: ScannerStats = { scans: 0, scanMs: 0, classifyRequests: 0, banners: 0, rowMarks: 0 };

  let timer: number | undefined;
  let firstPendingAt = 0;
  let retryTimer: number | undefined;
  let running = false;

  const schedule = () => {
    if (!running) return;
    const now = view.performance.now();
    if (timer === undefined) firstPendingAt = now;
    else {
      if (now - firstPendingAt >= maxWaitMs) return; // a scan is due anyway
      view.clearTimeout(timer);
    }
    timer = view.setTimeout(run, Math.min(debounceMs, Math.max(0, maxWaitMs - (now - firstPendingAt))));
  };
  const run = () => {
    timer = undefined;
    scan();
  };
  const retryLater = () => {
    if (retryTimer !== undefined || !running) return;
    retryTimer = view.setTimeout(() => {
      retryTimer = undefined;
      schedule();
    }, retryMs);
  };

  const onlyOurs = (r: MutationRecord) =>
    r.type === 'childList' &&
    r.removedNodes.length === 0 &&
    Array.from(r.addedNodes).every((n) => OUR_TAGS.has((n as Element).tagName ?? ''));
  const observer = new view.MutationObserver((records) => {
    if (records.some((r) => !onlyOurs(r))) schedule();
  });

  function showBanner(messageId: string, key: string, verdict: Verdict, message: OpenedMessage, providerId: string) {
    if (dismissed.has(messageId)) return;
    const existing = banners.get(messageId);
    const context = (): WarningContext => ({
      verdict,
      providerId,
      messageKey: key,
      bodyRoots: message.bodyRoots,
      readFeatures: message.readFeatures,
      readDetails: message.readDetails,
    });
    if (!FLAGGED.has(verdict.level)) {
      if (existing) {
        existing.guard.remove();
        banners.delete(messageId);
      }
      return;
    }
    if (existing && (existing.key !== key || existing.level !== verdict.level)) {
      existing.guard.setLevel(verdict.level);
      options.renderWarning(existing.root, context());
      existing.key = key;
      existing.level = verdict.level;
    }
    const entry =
      existing ??
      (() => {
        let root: ShadowRoot | undefined;
        const guard = createGuardedHost(doc, 'warning', verdict.level, (r) => {
          root = r;
          options.renderWarning(r, context());
        });
        const created = { guard, root: root as unknown as ShadowRoot, key, level: verdict.level };
        banners.set(messageId, created);
        stats.banners++;
        return created;
      })();
    entry.guard.place(message.anchor.parent, message.anchor.before);
  }

  function markRow(row: InboxRow, mark: RowMark | null) {
    let shown = rowMarks.get(row.element);
    // A reused row node may now need another mark, or none.
    if (shown && shown.mark !== mark) {
      shown.guard.remove();
      rowMarks.delete(row.element);
      shown = undefined;
    }
    if (mark === null) return;
    if (!shown) {
      // A listed sender is a list match ("known"); a shaped row is the engine's suspicion.
      const level = mark === 'listed-sender' ? 'known' : 'suspected';
      shown = { guard: createGuardedHost(doc, 'row', level, (root) => options.renderRowMark(root, mark)), mark };
      rowMarks.set(row.element, shown);
      stats.rowMarks++;
    }
    if (shown.guard.host.parentNode !== row.markParent) shown.guard.place(row.markParent, null);
  }

  function watchFrames(provider: WebmailProvider) {
    for (const frame of provider.bodyFrames?.(doc) ?? []) {
      if (watchedFrames.has(frame)) continue;
      watchedFrames.add(frame);
      frame.addEventListener('load', () => {
        observeFrame(frame);
        schedule();
      });
      observeFrame(frame);
    }
  }
  function observeFrame(frame: HTMLIFrameElement) {
    let frameDoc: Document | null;
    try {
      frameDoc = frame.contentDocument;
    } catch {
      return;
    }
    const frameView = frameDoc?.defaultView;
    if (!frameDoc || !frameView) return;
    const o = new MutationObserver(schedule);
    o.observe(frameDoc, { childList: true, subtree: true, characterData: true });
    frameObservers.push(o);
  }

  function scan() {
    if (!running) return;
    const t0 = view.performance.now();
    stats.scans++;
    const provider = options.resolveProvider();
    watchFrames(provider);

    const seen = new Set<string>();
    const messages = provider.findOpenedMessages(doc);
    const problems = new Set<ReadProblem>();
    if (unreadContainers(provider.openedContainers?.(doc) ?? [], messages).length > 0) problems.add('body');
    messages.forEach((message, index) => {
      const messageId = `${provider.id}:msg:${message.providerMessageId || `#${index}`}`;
      seen.add(messageId);
      if (senderless.get(messageId)) problems.add('sender');
      const text = message.bodyRoots.map((r) => r.textContent ?? '').join('\n');
      const key = `${messageId}#${bodyHash(text)}`.slice(0, 300);
      const verdict = verdicts.get(key);
      if (verdict) {
        showBanner(messageId, key, verdict, message, provider.id);
        return;
      }
      if (pending.has(key)) return;
      pending.add(key);
      stats.classifyRequests++;
      const features = message.readFeatures();
      remember(senderless, messageId, !features.senderAddress && !features.senderName);
      if (senderless.get(messageId)) problems.add('sender');
      classify(key, features).then(
        (v) => {
          pending.delete(key);
          remember(verdicts, key, v);
          if (running && message.element.isConnected) showBanner(messageId, key, v, message, provider.id);
        },
        () => {
          pending.delete(key);
          retryLater();
        },
      );
    });
    // A banner whose message is gone (or whose node now shows another message) must go too.
    for (const [messageId, banner] of banners) {
      if (!seen.has(messageId)) {
        banner.guard.remove();
        banners.delete(messageId);
      }
    }

    const rowsNow = new Set<Element>();
    provider.inboxRowElements(doc).forEach((element, index) => {
      rowsNow.add(element);
      // A row is read again only when its text changed (our mark adds no light-DOM text).
      const text = element.textContent ?? '';
      let seenRow = rowsRead.get(element);
      if (!seenRow || seenRow.text !== text) {
        seenRow = { text, row: provider.readInboxRow(element, index) };
        rowsRead.set(element, seenRow);
      }
      const row = seenRow.row;
      if (!row) return;
      const asked = `${row.senderAddress}|${row.senderName}|${row.subject}|${row.snippet}`;
      const answer = rowAnswers.get(asked);
      if (answer !== undefined) {
        markRow(row, answer);
        return;
      }
      if (rowPending.has(asked)) return;
      rowPending.add(asked);
      stats.classifyRequests++;
      options.classifyRow(`${provider.id}:row:${row.rowId}`.slice(0, 300), rowFeatures(row), { subject: row.subject, snippet: row.snippet }).then(
        (mark) => {
          rowPending.delete(asked);
          remember(rowAnswers, asked, mark);
          if (running && row.element.isConnected) markRow(row, mark);
        },
        () => {
          rowPending.delete(asked);
          retryLater();
        },
      );
    });
    for (const [element, mark] of rowMarks) {
      if (!rowsNow.has(element)) {
        mark.guard.remove();
        rowMarks.delete(element);
      }
    }
    if (health && provider.id !== 'generic') health.observe(provider.id, problems);
    stats.scanMs += view.performance.now() - t0;
  }

  return {
    start() {
      if (running) return;
      running = true;
      observer.observe(doc, {
        childList: true,
        subtree: true,
        characterData: true,
        // Expanding a message in Proton and Yahoo flips these without inserting nodes.
        attributes: true,
        attributeFilter: ['data-expanded', 'data-test-expanded'],
      });
      scan();
    },
    stop() {
      running = false;
      observer.disconnect();
      for (const o of frameObservers) o.disconnect();
      health?.stop();
      if (timer !== undefined) view.clearTimeout(timer);
      if (retryTimer !== undefined) view.clearTimeout(retryTimer);
      for (const b of banners.values()) b.guard.remove();
      for (const m of rowMarks.values()) m.guard.remove();
      banners.clear();
      rowMarks.clear();
    },
    scanNow: scan,
    dismiss(messageKey) {
      const hash = messageKey.lastIndexOf('#');
      const messageId = hash > 0 ? messageKey.slice(0, hash) : messageKey;
      dismissed.add(messageId);
      banners.get(messageId)?.guard.remove();
      banners.delete(messageId);
    },
    stats,
  };
}
