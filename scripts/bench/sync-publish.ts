/**
 * The maintainers' channel, timed: how long signature checks take with 1 and with 3 signatures
 * (a 2-of-3 or 3-of-3 threshold checks each), and, with the built extension in real Chromium
 * and a real local static server, the time from pressing "Check for updates now" in the popup
 * to the first `known` verdict for a campaign that was just published (list lint/build/publish
 * as in tests/e2e/list-loop.test.ts). Builds the extension with the server as its update
 * address into .bench/sync-publish-build.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { utils } from '@noble/ed25519';
import type { ClassifyResponse } from '../../utils/app/messages';
import { utf8 } from '../../utils/core/signing/bytes';
import { manifestFor, signingKeyFromSecret, signManifest, trustedKeyOf } from '../../utils/core/signing/sign';
import { verifyManifest } from '../../utils/core/signing/verify-manifest';
import { launchExtension } from '../../tests/helpers/extension';
import { newBtcAddress, paymentMail, startPublisher } from '../../tests/helpers/list-loop';
import { startListServer } from '../../tests/helpers/list-server';

const VERIFY_RUNS = 400;
const LOOP_RUNS = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number): string => `${n.toFixed(n < 10 ? 3 : 0)} ms`;

async function verificationTimes(): Promise<{ one: number; three: number }> {
  const keys = await Promise.all([0, 1, 2].map(() => signingKeyFromSecret(utils.randomSecretKey())));
  const now = new Date();
  const payload = manifestFor(utf8('{"bench":true}'), {
    listId: 'bench',
    keyEpoch: 1,
    version: 1,
    generatedAt: now,
    expires: new Date(now.getTime() + 86_400_000),
    minWaitSeconds: 3600,
  });
  const trust = { listId: 'bench', keyEpoch: 1, keys: keys.map((k) => trustedKeyOf(k)) };
  const cases = {
    one: { bytes: await signManifest(payload, keys.slice(0, 1)), trust: { ...trust, threshold: 1 } },
    three: { bytes: await signManifest(payload, keys), trust: { ...trust, threshold: 3 } },
  };
  const times = { one: [] as number[], three: [] as number[] };
  // Interleaved, so that both see the same machine state.
  for (let i = 0; i < VERIFY_RUNS; i++) {
    for (const name of ['one', 'three'] as const) {
      const t = performance.now();
      const result = await verifyManifest(cases[name].bytes, cases[name].trust, { now, floor: null });
      times[name].push(performance.now() - t);
      if (!result.ok) throw new Error(`the ${name}-signature manifest did not verify: the benchmark measures nothing`);
    }
  }
  return { one: median(times.one), three: median(times.three) };
}

async function checkNowToKnown(): Promise<number[]> {
  const server = await startListServer();
  const publisher = await startPublisher(server);
  const outDir = resolve('.bench/sync-publish-build');
  console.log(`Building the extension with update address ${server.url('/manifest.json')} into ${outDir} …`);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    env: { ...process.env, VAHTI_OUT_DIR: outDir, WXT_VAHTI_RELEASE: '', WXT_VAHTI_DEFAULT_LIST_URL: server.url('/manifest.json') },
    stdio: 'ignore',
  });
  const times: number[] = [];
  try {
    // "Check now" is allowed once per 5 minutes per list, so each run is a fresh installation.
    for (let run = 0; run < LOOP_RUNS; run++) {
      const ext = await launchExtension({ extensionDir: resolve(outDir, 'chrome-mv3') });
      try {
        const popup = await ext.openExtensionPage('popup.html');
        const version = (await publisher.publishedVersion()) + 1;
        const address = newBtcAddress();
        const classify = () => ext.sendMessage<ClassifyResponse>(popup, { type: 'classify', messageKey: 'bench', features: paymentMail(address) });
        await classify(); // the bundled list is installed before the clock starts
        await publisher.publishCampaign(version, address);
        const clicked = performance.now();
        await popup.getByRole('button', { name: 'Check for updates now' }).click();
        for (;;) {
          const { verdict } = await classify();
          if (verdict.level === 'known' && verdict.reasons.some((r) => r.listVersion === version)) break;
          if (performance.now() - clicked > 60_000) throw new Error('the new campaign never became known');
          await new Promise((r) => setTimeout(r, 20));
        }
        times.push(performance.now() - clicked);
      } finally {
        await ext.stop();
      }
    }
  } finally {
    await server.close();
  }
  return times;
}

export async function bench(): Promise<void> {
  const verify = await verificationTimes();
  const loop = await checkNowToKnown();
  const rows: [string, string][] = [
    [`verify a manifest, 1 signature (threshold 1), median of ${VERIFY_RUNS}`, ms(verify.one)],
    [`verify a manifest, 3 signatures (threshold 3), median of ${VERIFY_RUNS}`, ms(verify.three)],
    ['3 signatures / 1 signature', (verify.three / verify.one).toFixed(2)],
    [`"Check now" → first known verdict of a new campaign (Chromium), median of ${LOOP_RUNS}`, ms(median(loop))],
    ['  each run', loop.map((t) => ms(t)).join(', ')],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
  console.log('The check includes the manifest and list download from a local server, both signature checks and the IndexedDB import of the whole default list.');
}
