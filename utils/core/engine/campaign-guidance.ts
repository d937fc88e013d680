/**
 * Which official guidance a flagged message's campaigns point to. Lists name guidance by id
 * only (the catalogue and its URLs are compiled into the extension), so this maps the
 * campaigns named in a verdict's reasons to those ids. Pure: the background builds it from the
 * installed lists' text parts; it must never turn an id into a URL.
 */
import type { SignatureList } from '../list/schema';
import type { Reason } from './verdict';

export type CampaignGuidanceIndex = ReadonlyMap<string, readonly string[]>;

const MAX_IDS = 20;
const keyOf = (listId: string, campaignId: string) => `${listId}\u0000${campaignId}`;

export function indexCampaignGuidance(lists: readonly Pick<SignatureList, 'listId' | 'campaigns'>[]): CampaignGuidanceIndex {
  const index = new Map<string, readonly string[]>();
  for (const list of lists) {
    for (const campaign of list.campaigns) {
      if (campaign.guidance.length > 0) index.set(keyOf(list.listId, campaign.id), campaign.guidance);
    }
  }
  return index;
}

/** Guidance ids of the campaigns behind list reasons, first-seen order, without repeats. */
export function guidanceForReasons(reasons: readonly Pick<Reason, 'listId' | 'campaignId'>[], index: CampaignGuidanceIndex): string[] {
  const ids = new Set<string>();
  for (const reason of reasons) {
    if (reason.listId === undefined || reason.campaignId === undefined) continue;
    for (const id of index.get(keyOf(reason.listId, reason.campaignId)) ?? []) {
      ids.add(id);
      if (ids.size === MAX_IDS) return [...ids];
    }
  }
  return [...ids];
}
