/**
 * A list repository simulator for sync tests: test keys, a sample list, and `publish()` that
 * signs a manifest with the project's own signing code and puts manifest and list file on a
 * real local list server. Attacks are built by publishing something wrong on purpose.
 */
import { randomBytes } from 'node:crypto';
import type { SignatureListInput } from '../../utils/core/list/schema';
import { utf8 } from '../../utils/core/signing/bytes';
import type { ListTrust, ManifestPayload, RotationEnvelope } from '../../utils/core/signing/manifest';
import type { UserListSource } from '../../utils/app/settings/schema';
import { manifestFor, signManifest, signingKeyFromSecret, trustedKeyOf, type SigningKey } from '../../utils/core/signing/sign';
import type { ListSource } from '../../utils/app/sync/source';
import type { ListServer } from '../helpers/list-server';

export const SAMPLE_BTC = ['16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu', '1KD6jtQ96HD5GmGuiuBDA71J3qHiT1F9XP', '1EmbqrVfDFHc38udBQak9c4MARhZGpqahK'];

export const newKey = (): Promise<SigningKey> => signingKeyFromSecret(new Uint8Array(randomBytes(32)));

/** A small valid list whose content depends on the version, so versions differ in bytes and rows. */
export function sampleList(listId: string, version: number, extra: Partial<SignatureListInput> = {}): SignatureListInput {
  return {
    schema: 1,
    listId,
    version,
    name: `Test list ${listId}`,
    campaigns: [
      { id: 'sextortion-test', name: 'Test sextortion', languages: ['en'], severity: 'high', firstSeen: '2018-07-01' },
    ],
    senders: [{ campaign: 'sextortion-test', match: 'address', value: `extortion${version}@scam-mailer.example` }],
    payments: SAMPLE_BTC.slice(0, 1 + (version % SAMPLE_BTC.length)).map((address) => ({
      campaign: 'sextortion-test',
      coin: 'btc' as const,
      address,
    })),
    signatures: [],
    ...extra,
  };
}

export type Published = { manifest: ManifestPayload; manifestBytes: Uint8Array; listBytes: Uint8Array };

export type PublishOptions = {
  version: number;
  keyEpoch?: number;
  /** Sign with these keys instead of the repo's current key. */
  signWith?: SigningKey[];
  listId?: string;
  /** The list file's own content (defaults to sampleList(listId, version)). */
  list?: SignatureListInput;
  generatedAt?: Date;
  expires?: Date;
  minWaitSeconds?: number;
  /** Do not put the files on the server (build only). */
  offline?: boolean;
  /** Key rotation statements the manifest carries. */
  rotations?: RotationEnvelope[];
};

export class Repo {
  readonly manifestPath: string;
  private constructor(
    readonly server: ListServer,
    readonly listId: string,
    readonly key: SigningKey,
    readonly now: () => number,
    readonly base: string,
  ) {
    this.manifestPath = `${base}manifest.json`;
  }

  static async create(server: ListServer, options: { listId?: string; now?: () => number; base?: string } = {}): Promise<Repo> {
    const listId = options.listId ?? 'test-list';
    return new Repo(server, listId, await newKey(), options.now ?? Date.now, options.base ?? `/lists/${listId}/`);
  }

  trust(keyEpoch = 1, keys: SigningKey[] = [this.key]): ListTrust {
    return { listId: this.listId, keyEpoch, keys: keys.map((k) => trustedKeyOf(k)), threshold: 1 };
  }

  source(keyEpoch = 1, keys: SigningKey[] = [this.key]): ListSource {
    return { id: `user-${this.listId}`, name: 'Test list', kind: 'user', manifestUrl: this.server.url(this.manifestPath), trust: this.trust(keyEpoch, keys) };
  }

  /** This list as a person adds it on the options page (its id is the list's own `listId`). */
  configured(): UserListSource {
    return { id: this.listId, name: 'Test list', manifestUrl: this.server.url(this.manifestPath), keys: [{ keyId: 'k1', publicKey: trustedKeyOf(this.key).publicKey, epoch: 1 }] };
  }

  async build(options: PublishOptions): Promise<Published> {
    const listId = options.listId ?? this.listId;
    const listBytes = utf8(JSON.stringify(options.list ?? sampleList(listId, options.version)));
    const generatedAt = options.generatedAt ?? new Date(this.now() - 60_000);
    const manifest = manifestFor(listBytes, {
      listId,
      keyEpoch: options.keyEpoch ?? 1,
      version: options.version,
      generatedAt,
      expires: options.expires ?? new Date(generatedAt.getTime() + 14 * 24 * 3600_000),
      minWaitSeconds: options.minWaitSeconds ?? 3600,
    });
    const manifestBytes = await signManifest(manifest, options.signWith ?? [this.key], options.rotations);
    return { manifest, manifestBytes, listBytes };
  }

  async publish(options: PublishOptions): Promise<Published> {
    const published = await this.build(options);
    if (!options.offline) this.serve(published);
    return published;
  }

  serve(published: Published): void {
    this.server.set(this.manifestPath, { kind: 'body', body: published.manifestBytes, etag: `"m${published.manifest.version}-${published.manifest.list.sha256.slice(0, 8)}"` });
    this.server.set(this.listPath(published), { kind: 'body', body: published.listBytes });
  }

  listPath(published: Published): string {
    return `${this.base}${published.manifest.list.path}`;
  }
}
