/** A small list source folder in a temp directory, in the format of scripts/list-sources/. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BTC = ['16Sg7k6eZaQ9WZifokXMZnUEDdDRo6dyiu', '1KD6jtQ96HD5GmGuiuBDA71J3qHiT1F9XP', '1EmbqrVfDFHc38udBQak9c4MARhZGpqahK'];

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'vahti-list-'));
}

export type CampaignFile = { senders?: { match: string; value: string }[]; payments?: { coin: string; address: string }[] };

export async function writeSources(
  dir: string,
  version: number,
  campaign: CampaignFile,
  extraFiles: Record<string, string> = {},
  listId = 'acme',
): Promise<string> {
  await mkdir(join(dir, 'campaigns'), { recursive: true });
  await writeFile(
    join(dir, 'list.json'),
    JSON.stringify({ schema: 1, listId, version, name: 'Acme helpdesk list', attribution: [] }, null, 2),
  );
  const file = {
    campaign: { id: 'demo', name: 'Demo campaign', languages: ['en'], guidance: [], severity: 'high', firstSeen: '2020-10-24' },
    senders: campaign.senders ?? [],
    payments: campaign.payments ?? [],
  };
  await writeFile(join(dir, 'campaigns', 'demo.json'), `${JSON.stringify(file, null, 2)}\n`);
  for (const [name, text] of Object.entries(extraFiles)) await writeFile(join(dir, name), text);
  return dir;
}
