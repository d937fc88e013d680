/**
 * Adds a person's list sources the way Vahti's options page does: a `saveUserSources` request
 * to the background from the options page itself (the only sender the background accepts).
 */
import type { OkResponse } from '../../utils/app/messages';
import type { UserListSource } from '../../utils/app/settings/schema';
import type { LaunchedExtension } from './extension';

export async function saveUserSourcesFromOptions(ext: Pick<LaunchedExtension, 'openExtensionPage' | 'sendMessage'>, sources: UserListSource[]): Promise<void> {
  const options = await ext.openExtensionPage('options.html');
  try {
    const answer = await ext.sendMessage<OkResponse | { error: string }>(options, { type: 'saveUserSources', sources });
    if (!('ok' in answer)) throw new Error(`The background did not store the list sources: ${JSON.stringify(answer)}`);
  } finally {
    await options.close();
  }
}
