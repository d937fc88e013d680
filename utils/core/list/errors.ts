/**
 * Why a list could not be fetched, verified or used: one code per kind of failure, shared by
 * the signing checks, the maintainer tools and the background sync. The code is for programs
 * (status, backoff, tests); the message is for a person (options page, helpdesk export) and says
 * what was wrong in plain words. This module builds errors; it must not decide what to do
 * about them.
 */
import { z } from 'zod';

export const ListErrorCodeSchema = z.enum([
  'network',
  'http_status',
  'timeout',
  'too_large',
  'not_https',
  'malformed',
  'signature_error',
  'unknown_key',
  'wrong_list',
  'expired',
  'rollback',
  'hash_mismatch',
  'length_mismatch',
  'schema',
  'too_broad',
  'corruption_recovered',
  'storage',
  'internal',
]);

export type ListErrorCode = z.infer<typeof ListErrorCodeSchema>;

export const ListErrorSchema = z
  .object({
    code: ListErrorCodeSchema,
    message: z.string().min(1).max(2_000),
  })
  .strict();

export type ListError = z.infer<typeof ListErrorSchema>;

export const listError = (code: ListErrorCode, message: string): ListError => ({ code, message });

const kib = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/**
 * Ready-made errors with specific messages, so that every caller words the same failure the
 * same way. Values that came from the network are quoted, never interpreted.
 */
export const listErrors = {
  network: (detail?: string): ListError =>
    listError('network', `The list server could not be reached${detail ? ` (${detail})` : ''}.`),
  httpStatus: (status: number, what = 'list'): ListError =>
    listError('http_status', `The server answered HTTP ${status} when asked for the ${what}.`),
  timeout: (seconds: number, what = 'list'): ListError =>
    listError('timeout', `Downloading the ${what} took longer than ${seconds} seconds and was stopped.`),
  tooLarge: (what: string, limitBytes: number): ListError =>
    listError('too_large', `The ${what} is larger than the limit of ${kib(limitBytes)}, so it was not read.`),
  notHttps: (url: string): ListError =>
    listError('not_https', `The list address ${url} does not use https, so it was not fetched.`),
  malformed: (what: string, detail?: string): ListError =>
    listError('malformed', `The ${what} is not in the expected format${detail ? `: ${detail}` : ''}.`),
  signature: (detail?: string): ListError =>
    listError('signature_error', `The list's signature does not match any trusted key${detail ? ` (${detail})` : ''}.`),
  unknownKey: (keyids: string[]): ListError =>
    listError(
      'unknown_key',
      keyids.length === 0
        ? 'The list is not signed by any key.'
        : `The list is signed only by keys this installation does not trust (${keyids.map((k) => k.slice(0, 16)).join(', ')}).`,
    ),
  wrongList: (expected: string, got: string): ListError =>
    listError('wrong_list', `This is the list "${got}", but the list "${expected}" was expected.`),
  expired: (expires: string): ListError =>
    listError('expired', `The list's signature expired on ${expires}; it was not installed. The last good list stays in use.`),
  rollback: (version: number, installed: number): ListError =>
    listError('rollback', `Version ${version} is older than the installed version ${installed}.`),
  futureKeyEpoch: (epoch: number, knownEpoch: number): ListError =>
    listError(
      'unknown_key',
      `The list is signed for key generation ${epoch}, newer than this version of Vahti knows (${knownEpoch}); update Vahti.`,
    ),
  oldKeyEpoch: (epoch: number, installedEpoch: number): ListError =>
    listError('rollback', `The list is signed for key generation ${epoch}, older than the installed generation ${installedEpoch}.`),
  hashMismatch: (expected: string, got: string): ListError =>
    listError(
      'hash_mismatch',
      `The list file does not match its manifest (SHA-256 ${got.slice(0, 16)}…, expected ${expected.slice(0, 16)}…).`,
    ),
  lengthMismatch: (expected: number, got: number): ListError =>
    listError('length_mismatch', `The list file is ${got} bytes long, but its manifest says ${expected} bytes.`),
  schema: (detail: string): ListError => listError('schema', `The list does not follow the list format: ${detail}`),
  tooBroad: (detail: string): ListError =>
    listError('too_broad', `The list has an entry that would match ordinary mail: ${detail}`),
  storage: (detail: string): ListError =>
    listError('storage', `The list could not be saved on this device (${detail}); the installed list stays in use.`),
  internal: (detail: string): ListError =>
    listError('internal', `The update check stopped on an unexpected error (${detail}); the installed list stays in use.`),
  corruptionRecovered: (): ListError =>
    listError(
      'corruption_recovered',
      'The stored list was damaged; the list bundled with Vahti is in use until the next update.',
    ),
} as const;
