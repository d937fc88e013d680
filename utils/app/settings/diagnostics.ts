/**
 * The diagnostics export for helpdesks: versions, settings that matter for support, list
 * health and policy problems — and no mail content. Message keys, dismissed senders and watch
 * list entries are personal, so only their counts are included. Pure: returns JSON text.
 */
import type { ListStatus } from '../sync/status';
import type { Settings } from './schema';

export interface DiagnosticsInput {
  settings: Settings;
  sources: readonly ListStatus[];
  extensionVersion: string;
  userAgent: string;
  browserLocale: string;
  policyProblems: readonly string[];
  now: Date;
}

export function buildDiagnostics(input: DiagnosticsInput): string {
  const s = input.settings;
  return JSON.stringify(
    {
      format: 'vahti-diagnostics',
      formatVersion: 1,
      createdAt: input.now.toISOString(),
      note: 'Contains no email content, no message identifiers and no addresses from your watch list.',
      extensionVersion: input.extensionVersion,
      userAgent: input.userAgent,
      browserLocale: input.browserLocale,
      settings: {
        country: s.country ?? '(from browser)',
        language: s.language ?? '(from browser)',
        hideBodyByDefault: s.hideBodyByDefault,
        watchListCount: s.watchList.length,
        dismissedCount: s.dismissed.length,
        userListSources: s.listSources.map((l) => ({ id: l.id, name: l.name, manifestUrl: l.manifestUrl, keyIds: l.keys.map((k) => k.keyId) })),
        locked: s.locked,
      },
      lists: input.sources.map((l) => ({
        id: l.id,
        kind: l.kind,
        updateAddress: l.updateAddress ?? '(none: only the copy bundled with Vahti)',
        listId: l.listId,
        version: l.version,
        generatedAt: l.generatedAt,
        signature: l.signature,
        entryCount: l.entryCount,
        stale: l.stale,
        lastSuccessAt: l.lastSuccessAt === undefined ? undefined : new Date(l.lastSuccessAt).toISOString(),
        lastAttemptAt: l.lastAttemptAt === undefined ? undefined : new Date(l.lastAttemptAt).toISOString(),
        consecutiveFailures: l.consecutiveFailures,
        lastError: l.lastError,
      })),
      policyProblems: input.policyProblems,
    },
    null,
    2,
  );
}
