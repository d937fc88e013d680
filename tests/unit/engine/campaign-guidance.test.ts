import { describe, expect, it } from 'vitest';
import { guidanceForReasons, indexCampaignGuidance } from '../../../utils/core/engine/campaign-guidance';

const campaign = (id: string, guidance: string[]) => ({
  id,
  name: id,
  languages: ['fi'],
  guidance,
  severity: 'high' as const,
  firstSeen: '2020-10-24',
});

const index = indexCampaignGuidance([
  { listId: 'vahti-default', campaigns: [campaign('vastaamo-2020', ['fi-police', 'fi-mieli']), campaign('quiet', [])] },
  { listId: 'clinic', campaigns: [campaign('vastaamo-2020', ['fi-riku', 'fi-police'])] },
]);

describe('campaign guidance', () => {
  it('gives the guidance ids of the campaigns named in list reasons, once each', () => {
    const ids = guidanceForReasons(
      [
        { listId: 'vahti-default', campaignId: 'vastaamo-2020' },
        { listId: 'clinic', campaignId: 'vastaamo-2020' },
      ],
      index,
    );
    expect(ids).toEqual(['fi-police', 'fi-mieli', 'fi-riku']);
  });

  it('keeps campaigns of different lists apart, and ignores heuristic reasons', () => {
    expect(guidanceForReasons([{ listId: 'clinic', campaignId: 'vastaamo-2020' }], index)).toEqual(['fi-riku', 'fi-police']);
    expect(guidanceForReasons([{ listId: undefined, campaignId: undefined }], index)).toEqual([]);
    expect(guidanceForReasons([{ listId: 'other', campaignId: 'vastaamo-2020' }], index)).toEqual([]);
  });
});
