/**
 * Writes real browser policy files for e2e tests and removes them again: Chromium's managed
 * policy folder and Firefox's `distribution/policies.json` (both need root, as in CI). Every
 * file written is removed by `removePolicyFiles()` and, as a last resort, when the process
 * exits, so a failed test never leaves policy behind for the next browser on the machine.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROMIUM_EXTENSION_ID, GECKO_EXTENSION_ID } from '../../utils/app/extension-ids';

export const CHROMIUM_POLICY_DIR = process.env.VAHTI_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
export const FIREFOX_POLICY_FILE = process.env.VAHTI_FIREFOX_POLICY_FILE ?? '/usr/lib/firefox-esr/distribution/policies.json';

const written = new Set<string>();

function writeAtomically(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(value, null, 2));
  // A browser re-reading the folder must never see a half-written file.
  renameSync(temp, path);
  written.add(path);
}

/** Chromium's policy file for Vahti's settings (`3rdparty.extensions.<id>`), one per test process. */
export function writeChromiumPolicy(settings: Record<string, unknown>): string {
  const path = `${CHROMIUM_POLICY_DIR}/vahti-test-${process.pid}.json`;
  writeAtomically(path, { '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: settings } } });
  return path;
}

/** Firefox's `policies.json` with Vahti's settings (`3rdparty.Extensions.<gecko id>`). Refuses to replace a policy it did not write. */
export function writeFirefoxPolicy(settings: Record<string, unknown>): string {
  const path = FIREFOX_POLICY_FILE;
  if (existsSync(path) && !written.has(path)) throw new Error(`${path} already exists; not overwriting a policy this test did not write.`);
  writeAtomically(path, { policies: { '3rdparty': { Extensions: { [GECKO_EXTENSION_ID]: settings } } } });
  return path;
}

export function removePolicyFiles(): void {
  for (const path of written) {
    rmSync(path, { force: true });
    written.delete(path);
  }
}

process.on('exit', removePolicyFiles);
