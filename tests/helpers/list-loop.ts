/**
 * What a maintainer does to publish a new campaign, for the list-loop e2e test and the sync
 * benchmark: copy the default list's sources, add a campaign source file with a fresh payment
 * address, raise the version, run `npm run list -- lint`, `build` and `publish` (in-process,
 * signed with the development key that development builds trust), and serve the published
 * folder from a local static server with ETags.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { createBase58check } from '@scure/base';
import { main as listCli } from '../../scripts/list';
import { BUNDLE_DIR, BUNDLE_SOURCES, DEV_KEY_FILE } from '../../scripts/list/bundle';
import type { ListServer } from './list-server';

/** A fresh, valid P2PKH address that no list knows. */
export function newBtcAddress(): string {
  const payload = new Uint8Array(21);
  crypto.getRandomValues(payload.subarray(1));
  return createBase58check(sha256).encode(payload);
}

export type Publisher = {
  /** The folder the static server serves. */
  site: string;
  /** The version published now. */
  publishedVersion: () => Promise<number>;
  /** Adds a campaign paying to `address` as `version`, and publishes it. */
  publishCampaign: (version: number, address: string) => Promise<void>;
};

/** Starts with the bundled list published, as after a release: installations are up to date. */
export async function startPublisher(server: ListServer): Promise<Publisher> {
  const work = await mkdtemp(join(tmpdir(), 'vahti-publisher-'));
  const site = join(work, 'site');

  async function cli(args: string[]): Promise<void> {
    const out: string[] = [];
    const code = await listCli(args, { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: work });
    if (code !== 0) throw new Error(`npm run list -- ${args.join(' ')} failed:\n${out.join('\n')}`);
  }

  async function serve(): Promise<void> {
    for (const name of await readdir(site)) {
      if (!name.endsWith('.json')) continue;
      const body = await readFile(join(site, name));
      server.set(`/${name}`, { kind: 'body', body, etag: `"${Buffer.from(sha256(body)).toString('hex').slice(0, 16)}"` });
    }
  }

  await cp(BUNDLE_DIR, site, { recursive: true });
  await serve();

  return {
    site,
    async publishedVersion() {
      const published = JSON.parse(await readFile(join(site, 'manifest.json'), 'utf8')) as { payload: string };
      return (JSON.parse(Buffer.from(published.payload, 'base64').toString('utf8')) as { version: number }).version;
    },
    async publishCampaign(version, address) {
      const sources = join(work, `sources-${version}`);
      await cp(BUNDLE_SOURCES, sources, { recursive: true });
      const campaign = {
        campaign: {
          id: `e2e-loop-${version}`,
          name: `End-to-end campaign ${version}`,
          languages: ['en'],
          guidance: ['fi-police'],
          severity: 'high',
          firstSeen: '2026-12-01',
          description: 'A campaign added by the test of the publish loop.',
          source: 'https://example.org/e2e-loop',
        },
        payments: [{ coin: 'btc', address }],
      };
      await writeFile(join(sources, 'campaigns', `e2e-loop-${version}.json`), JSON.stringify(campaign, null, 2));
      const listJson = JSON.parse(await readFile(join(sources, 'list.json'), 'utf8')) as { version: number };
      await writeFile(join(sources, 'list.json'), JSON.stringify({ ...listJson, version }, null, 2));
      await cli(['lint', sources, '--allow-warnings']);
      await cli(['build', sources, '--out', `list-${version}.json`]);
      await cli(['publish', `list-${version}.json`, '--out', 'site', '--key-file', DEV_KEY_FILE]);
      await serve();
    },
  };
}

/** A message paying to `address`, as the content script would describe it. */
export const paymentMail = (address: string) => ({
  senderAddress: 'someone@mailer.example',
  senderName: 'Someone',
  replyTo: [],
  subject: 'Your files',
  bodyText: `Send the payment to ${address} within 48 hours.`,
  links: [],
});
