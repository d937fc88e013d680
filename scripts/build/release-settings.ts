/**
 * The build settings checked before every WXT build (wxt.config.ts): WXT_VAHTI_RELEASE (one
 * reading, utils/core/signing/release.ts) and WXT_VAHTI_DEFAULT_LIST_URL. A release build is
 * refused, with every reason at once, until the release keys are pinned (the key ceremony) and
 * the default list has an update address; a bad value stops any build.
 */
import { parseReleaseFlag, releaseTrustProblem } from '../../utils/core/signing/release';
import { DEFAULT_LIST_URL_SETTING, parseDefaultListUrl } from '../../utils/app/sync/default-list-url';

export type BuildSettings = { release: boolean; defaultListUrl: string | undefined };

export class BuildSettingsError extends Error {}

export function checkBuildSettings(env: Record<string, string | undefined>): BuildSettings {
  let release: boolean;
  try {
    release = parseReleaseFlag(env.WXT_VAHTI_RELEASE);
  } catch (e) {
    throw new BuildSettingsError((e as Error).message);
  }
  const url = parseDefaultListUrl(env[DEFAULT_LIST_URL_SETTING]);
  const problems: string[] = [];
  if (!url.ok) problems.push(url.error);
  if (release) {
    const trust = releaseTrustProblem();
    if (trust !== undefined) problems.push(trust);
    if (url.ok && url.value === undefined) {
      problems.push(
        `${DEFAULT_LIST_URL_SETTING} is not set: without an update address every installation keeps the bundled list until ` +
          'Vahti itself is updated. Set it to the https address of the published manifest.json (docs/maintainers.md, "Publish").',
      );
    }
    if (url.ok && url.value !== undefined && !url.value.startsWith('https:')) {
      problems.push(`${DEFAULT_LIST_URL_SETTING} must use https in a release build, not ${url.value}`);
    }
  }
  if (problems.length > 0) {
    throw new BuildSettingsError(`${release ? 'Release build refused' : 'Build refused'}:\n- ${problems.join('\n- ')}`);
  }
  return { release, defaultListUrl: url.ok ? url.value : undefined };
}
