/**
 * The background's list service: makes the installed lists answer classify requests soon after
 * the worker wakes (only the small text index is built in memory; exact keys are looked up in
 * IndexedDB), keeps them current (due syncs, "check now" with its rate limit, the bundled copy
 * when it is newer), and checks their integrity at every start, falling back to the bundled
 * list and syncing again when the store is damaged. Browser APIs come in through `deps`.
 */
import { classifyParts, warmUpEngine } from './classify-parts';
import { readBundledList, readBundledManifest, type ReadPackagedFile } from './bundled';
import type { DexieListStore, LookupSource } from './list-store';
import { DEFAULT_SOURCE_ID } from './sources';
import { guidanceForReasons, indexCampaignGuidance, type CampaignGuidanceIndex } from '../../utils/core/engine/campaign-guidance';
import { buildMatchIndex, type TextIndex } from '../../utils/core/engine/index';
import { EXTEND_AFTER_CHARS } from '../../utils/core/signatures/matcher';
import type { MessageFeatures } from '../../utils/core/engine/features';
import type { Verdict } from '../../utils/core/engine/verdict';
import { listErrors } from '../../utils/core/list/errors';
import type { SignatureList } from '../../utils/core/list/schema';
import { SELECTOR_LIMITS, type SelectorOverride } from '../../utils/core/list/selector-override';
import type { CheckNowResult } from '../../utils/app/messages';
import type { FetchLike } from '../../utils/app/sync/fetch-capped';
import { firstCheckDelayMs, manualCheckDecision } from '../../utils/app/sync/schedule';
import type { ListSource } from '../../utils/app/sync/source';
import { isAboveFloor } from '../../utils/app/sync/state';
import { buildListStatus, type ListStatus } from '../../utils/app/sync/status';
import { syncSource, type SyncOutcome } from '../../utils/app/sync/sync-source';
import { clampPeriodMs } from '../../utils/app/policy/apply';

export type ListServiceDeps = {
  store: DexieListStore;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  readPackaged: ReadPackagedFile;
  loadSources: () => Promise<ListSource[]>;
  /** Asks to be woken at this time for the next due check (alarms in the extension). */
  scheduleWake: (at: number) => Promise<void>;
  log?: (message: string) => void;
  timeoutMs?: number;
  /** An administrator's bounds for the time between successful checks (managed policy `updateInterval`). */
  periodBounds?: () => Promise<{ minHours: number; maxHours: number } | undefined>;
};

type Loaded = { sources: ListSource[]; text: TextIndex; installed: LookupSource[]; guidance: CampaignGuidanceIndex; selectorOverrides: SelectorOverride[] };

export class ListService {
  private loaded: Promise<Loaded> | undefined;
  /** The store's write generation when the finished `loaded` started reading; undefined while loading. */
  private loadedGeneration: number | undefined;
  private readonly inFlight = new Map<string, Promise<SyncOutcome>>();
  /** Text indexes whose automata are joined or about to be (`extendWhenDue`). */
  private readonly extending = new WeakSet<TextIndex>();

  constructor(private readonly deps: ListServiceDeps) {}

  /** Ready to classify: the installed lists' text index is built (installing the bundled list first on a fresh install). */
  ready(): Promise<Loaded> {
    // Besides explicit invalidation, compare generations: a load that read the store while an
    // install was committing would otherwise keep serving the old list's provenance. Only a
    // finished load is compared, so concurrent callers share one load in flight.
    const generation = this.deps.store.writeGeneration;
    if (this.loadedGeneration !== undefined && this.loadedGeneration !== generation) this.loaded = undefined;
    if (this.loaded === undefined) {
      this.loadedGeneration = undefined;
      const loading = this.load();
      this.loaded = loading;
      loading.then(
        () => {
          if (this.loaded === loading) this.loadedGeneration = generation;
        },
        // A failed load (a closed database) must not stick: the next request tries again.
        () => {
          if (this.loaded === loading) this.loaded = undefined;
        },
      );
    }
    return this.loaded;
  }

  private async load(): Promise<Loaded> {
    // Ask storage first, then warm the engine while the browser reads it.
    const sourcesRead = this.deps.loadSources();
    const statesRead = this.deps.store.allStates();
    // A failed read of the stored automaton costs only a build.
    const automatonRead = this.deps.store.storedAutomaton().catch(() => undefined);
    warmUpEngine();
    const sources = await sourcesRead;
    const states = new Map((await statesRead).map((s) => [s.sourceId, s]));
    const builtin = sources.find((s) => s.id === DEFAULT_SOURCE_ID);
    if (builtin && states.get(builtin.id)?.installed === undefined) {
      // Fresh install (or a store that lost its record): protect offline at once with the bundled copy.
      await this.installBundled(builtin, 'fallback');
      const state = await this.deps.store.getState(builtin.id);
      if (state) states.set(builtin.id, state);
    }
    const ids = sources.map((s) => s.id);
    const parts = await this.deps.store.textParts(ids);
    const lists: SignatureList[] = [];
    const installed: LookupSource[] = [];
    for (const source of sources) {
      const state = states.get(source.id)?.installed;
      const part = parts.get(source.id);
      if (!state || !part) continue;
      lists.push(part);
      installed.push({ sourceId: source.id, bucketCount: state.bucketCount, listId: state.listId, listVersion: state.version });
    }
    // Installed lists have verified: their selector overrides may mend the webmail adapters.
    const selectorOverrides = lists.flatMap((l) => l.selectorOverrides ?? []).slice(0, SELECTOR_LIMITS.overrides);
    // The index never extends its automaton during a match: `extendWhenDue` does it between requests.
    const { text } = buildMatchIndex(lists, await automatonRead, Number.POSITIVE_INFINITY);
    this.keepAutomaton(text);
    return { sources, text, installed, guidance: indexCampaignGuidance(lists), selectorOverrides };
  }

  /**
   * Stores the text index's automaton when it was built rather than reused, off the classify
   * path: the next wake checks it (a few milliseconds) instead of building it (tens).
   */
  private keepAutomaton(text: TextIndex): void {
    const matcher = text.signatures;
    if (matcher.automatonRejected !== undefined) this.log(`The stored text automaton was not used (${matcher.automatonRejected}); it is built and stored again.`);
    if (matcher.automatonReused) return;
    // After the request that is waiting for this index: storing copies a few megabytes.
    setTimeout(() => {
      this.deps.store.saveAutomaton(matcher.storedAutomaton()).catch((error: unknown) => {
        this.log(`Could not store the text automaton: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, 0);
  }

  /** Forget the in-memory index (after an install or a change of sources); the next request rebuilds it. */
  private invalidate(): void {
    this.loaded = undefined;
  }

  /** The selector overrides of the installed (verified) lists, for the webmail content scripts. */
  async selectorOverrides(): Promise<SelectorOverride[]> {
    return (await this.ready()).selectorOverrides;
  }

  /** Guidance ids of the installed lists' campaigns named in `reasons` (for the warning frame). */
  async campaignGuidance(reasons: readonly { listId?: string; campaignId?: string }[]): Promise<string[]> {
    return guidanceForReasons(reasons, (await this.ready()).guidance);
  }

  async classify(features: MessageFeatures): Promise<Verdict> {
    const loaded = await this.ready();
    const verdict = await classifyParts(features, loaded.text, (keys) => this.deps.store.lookup(keys, loaded.installed));
    this.extendWhenDue(loaded.text);
    return verdict;
  }

  /**
   * Joins the text index's two automata (the lists' patterns added to a copy of the lexicons')
   * once it has read enough mail for that to pay (`EXTEND_AFTER_CHARS`), in a task of its own
   * after the verdict's reply is sent: the 5–25 ms it takes would otherwise fall on the verdict
   * of the message that crossed the threshold. (Doing it after every wake's first verdict was
   * measured: on real mail it saves about 13 µs a message, so a wake would have to read well over
   * a thousand messages to earn back the extension and the 8.5 MB its tables hold.)
   */
  private extendWhenDue(text: TextIndex): void {
    const matcher = text.signatures;
    if (matcher.extended || matcher.charsReadTwice < EXTEND_AFTER_CHARS || this.extending.has(text)) return;
    this.extending.add(text);
    setTimeout(() => {
      // An index replaced since (a sync installed a new list) is not worth extending. A failure
      // costs only speed: the index goes on reading with two automata.
      void this.loaded
        ?.then((current) => {
          if (current.text === text) text.signatures.extend();
        })
        .catch((error: unknown) => this.log(`Could not extend the text automaton: ${error instanceof Error ? error.message : String(error)}`));
    }, 0);
  }

  /**
   * Work after the worker starts, off the classify path: install a newer bundled copy, check
   * every installed list's integrity, then run the checks that are due and set the next wake.
   */
  async maintain(): Promise<void> {
    const { sources } = await this.ready();
    const builtin = sources.find((s) => s.id === DEFAULT_SOURCE_ID);
    if (builtin) await this.installBundledIfNewer(builtin);
    for (const source of sources) await this.checkIntegrity(source);
    await this.syncDue();
  }

  private async installBundled(source: ListSource, mode: 'fallback' | 'update'): Promise<boolean> {
    const bundled = await readBundledList(this.deps.readPackaged, source.trust);
    if (!bundled.ok) {
      this.log(`Vahti: the bundled list could not be used: ${bundled.error.message}`);
      return false;
    }
    const result = await this.deps.store.install(
      { sourceId: source.id, list: bundled.value.list, manifest: bundled.value.manifest, manifestBytes: bundled.value.manifestBytes, etag: undefined, origin: 'bundled', now: this.deps.now() },
      mode,
    );
    return result === 'installed';
  }

  private async installBundledIfNewer(source: ListSource): Promise<void> {
    const state = await this.deps.store.getState(source.id);
    const installed = state?.installed;
    if (installed === undefined) return;
    const head = await readBundledManifest(this.deps.readPackaged, source.trust);
    if (!head.ok) return;
    const candidate = { keyEpoch: head.value.manifest.keyEpoch, version: head.value.manifest.version };
    if (!isAboveFloor(candidate, { keyEpoch: installed.keyEpoch, version: installed.version })) return;
    // A newer extension carries a newer list than the one installed: use it (the floor only rises).
    if (await this.installBundled(source, 'fallback')) this.invalidate();
  }

  private async checkIntegrity(source: ListSource): Promise<void> {
    const state = await this.deps.store.getState(source.id);
    if (state?.installed === undefined) return;
    if (await this.deps.store.verifyIntegrity(source.id)) return;
    this.log(`Vahti: the stored list "${source.name}" is damaged; recovering.`);
    if (source.id === DEFAULT_SOURCE_ID) await this.installBundled(source, 'fallback');
    else await this.deps.store.clearInstalled(source.id);
    // The floor stays, so the next sync fetches the floor version again even if the server is unchanged.
    await this.deps.store.recordCheck(source.id, { lastError: listErrors.corruptionRecovered(), lastErrorAt: this.deps.now(), nextCheckAt: this.deps.now() });
    this.invalidate();
  }

  /** One sync per source at a time; a second caller shares the running one. */
  private sync(source: ListSource): Promise<SyncOutcome> {
    const running = this.inFlight.get(source.id);
    if (running) return running;
    const started = syncSource(source, {
      fetch: this.deps.fetch,
      now: this.deps.now,
      random: this.deps.random,
      store: this.deps.store,
      ...(this.deps.timeoutMs !== undefined ? { timeoutMs: this.deps.timeoutMs } : {}),
    })
      .then(async (outcome) => {
        if (outcome.kind === 'installed') this.invalidate();
        if (outcome.kind === 'installed' || outcome.kind === 'up_to_date') await this.boundPeriod(source.id);
        return outcome;
      })
      .finally(() => this.inFlight.delete(source.id));
    this.inFlight.set(source.id, started);
    return started;
  }

  /** Runs the checks that are due now and schedules the wake for the next one. */
  async syncDue(): Promise<void> {
    const { sources } = await this.ready();
    const now = this.deps.now();
    for (const source of sources) {
      if (source.manifestUrl === undefined) continue;
      const state = await this.deps.store.getState(source.id);
      let due = state?.nextCheckAt;
      if (due === undefined) {
        // Never checked: a random moment in the next minute, so installations do not arrive together.
        due = now + firstCheckDelayMs(this.deps.random());
        await this.deps.store.recordCheck(source.id, { nextCheckAt: due });
      }
      // A check this worker is not running but that was marked as started: the last worker died in it.
      const interrupted = state?.checkStartedAt !== undefined && !this.inFlight.has(source.id);
      if ((due <= now || interrupted) && (state?.notBefore ?? 0) <= now) await this.sync(source);
    }
    await this.scheduleNext();
  }

  private async scheduleNext(): Promise<void> {
    const { sources } = await this.ready();
    let earliest: number | undefined;
    for (const source of sources) {
      if (source.manifestUrl === undefined) continue;
      const at = (await this.deps.store.getState(source.id))?.nextCheckAt;
      if (at !== undefined && (earliest === undefined || at < earliest)) earliest = at;
    }
    if (earliest !== undefined) await this.deps.scheduleWake(earliest);
  }

  /** A person pressed "check now": each source at most once per gap, never while its server asked us to wait. */
  async checkNow(sourceId?: string): Promise<CheckNowResult[]> {
    const { sources } = await this.ready();
    const chosen = sources.filter((s) => sourceId === undefined || s.id === sourceId);
    const results: CheckNowResult[] = [];
    for (const source of chosen) {
      if (source.manifestUrl === undefined) {
        results.push({ sourceId: source.id, outcome: 'skipped' });
        continue;
      }
      const now = this.deps.now();
      const state = await this.deps.store.getState(source.id);
      const decision = manualCheckDecision(now, { lastManualCheckAt: state?.lastManualCheckAt, notBefore: state?.notBefore });
      if (!decision.allowed) {
        results.push({ sourceId: source.id, outcome: 'refused', retryInMs: decision.retryInMs });
        continue;
      }
      await this.deps.store.recordCheck(source.id, { lastManualCheckAt: now });
      const outcome = await this.sync(source);
      results.push({ sourceId: source.id, outcome: outcome.kind });
    }
    await this.scheduleNext();
    return results;
  }

  async status(): Promise<ListStatus[]> {
    const { sources } = await this.ready();
    const now = this.deps.now();
    const out: ListStatus[] = [];
    for (const source of sources) out.push(buildListStatus(source, await this.deps.store.getState(source.id), now));
    return out;
  }

  /** The configured sources changed (a list was added or removed): rebuild, drop removed lists, sync new ones. */
  async sourcesChanged(): Promise<void> {
    // Called at every start by the policy watcher: an unchanged configuration must not throw
    // away the index the first request of this wake is waiting for.
    const before = this.loaded ? await this.loaded.then((l) => l.sources, () => undefined) : undefined;
    const after = await this.deps.loadSources();
    if (before !== undefined && JSON.stringify(before) === JSON.stringify(after)) return;
    this.invalidate();
    const { sources } = await this.ready();
    const known = new Set(sources.map((s) => s.id));
    for (const state of await this.deps.store.allStates()) {
      if (!known.has(state.sourceId)) await this.deps.store.remove(state.sourceId);
    }
    for (const source of sources) {
      const state = await this.deps.store.getState(source.id);
      if (source.manifestUrl !== undefined && state?.lastAttemptAt === undefined) await this.sync(source);
    }
    await this.scheduleNext();
  }

  /** Moves the next check into the administrator's bounds, if a policy sets them (failures keep their backoff). */
  private async boundPeriod(sourceId: string): Promise<void> {
    const bounds = await this.deps.periodBounds?.();
    const at = bounds ? (await this.deps.store.getState(sourceId))?.nextCheckAt : undefined;
    if (bounds === undefined || at === undefined) return;
    const now = this.deps.now();
    await this.deps.store.recordCheck(sourceId, { nextCheckAt: now + clampPeriodMs(at - now, bounds) });
  }

  private log(message: string): void {
    (this.deps.log ?? console.warn)(message);
  }
}
