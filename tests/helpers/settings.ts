/**
 * Saves a person's settings the way Vahti's options page does: a `saveSettings` request to the
 * background from the options page itself (the only sender the background accepts), then reads
 * them back the same way, so a test goes on only once the background keeps them.
 */
import { isDeepStrictEqual } from 'node:util';
import type { OkResponse, SettingsResponse } from '../../utils/app/messages';
import type { OwnSettings } from '../../utils/app/settings/own';
import type { LaunchedExtension } from './extension';

export async function saveSettingsFromOptions(ext: Pick<LaunchedExtension, 'openExtensionPage' | 'sendMessage'>, settings: OwnSettings): Promise<void> {
  const options = await ext.openExtensionPage('options.html');
  try {
    const answer = await ext.sendMessage<OkResponse | { error: string }>(options, { type: 'saveSettings', settings });
    if (!('ok' in answer)) throw new Error(`The background did not store the settings: ${JSON.stringify(answer)}`);
    const kept = await ext.sendMessage<SettingsResponse | { error: string }>(options, { type: 'getSettings' });
    if (!('settings' in kept) || !isDeepStrictEqual(kept.settings, settings)) {
      throw new Error(`The background kept other settings than were saved: ${JSON.stringify(kept)}`);
    }
  } finally {
    await options.close();
  }
}
