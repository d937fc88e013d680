import { describe, expect, it } from 'vitest';
import { FEATURE_LIMITS } from '../../../utils/core/engine/feature-limits';
import { MessageFeaturesSchema } from '../../../utils/core/engine/features';
import { buildFeatures } from '../../../utils/page/message-features';

describe('buildFeatures on a long webmail body', () => {
  it('keeps the end of a body longer than the limit, within the contract, and records the clip', () => {
    const body = document.createElement('div');
    const filler = document.createElement('p');
    filler.textContent = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil((600 * 1024) / 57));
    const demand = document.createElement('p');
    demand.textContent = 'Pay $2,000 in bitcoin by Friday.';
    body.append(filler, demand);
    const features = buildFeatures({ senderAddress: 'x@example.net', senderName: '', subject: 's', bodyRoots: [body] });
    expect(features.bodyText.length).toBeLessThanOrEqual(FEATURE_LIMITS.bodyText);
    expect(features.bodyText).toContain('Pay $2,000 in bitcoin by Friday.');
    expect(features.bodyClipped?.totalChars).toBeGreaterThan(600 * 1024);
    // What the background validates strictly.
    expect(() => MessageFeaturesSchema.parse(features)).not.toThrow();
  });

  it('leaves an ordinary body as it is, without a clip', () => {
    const body = document.createElement('div');
    body.textContent = 'Hei, muistutamme ajastasi torstaina.';
    const features = buildFeatures({ senderAddress: '', senderName: '', subject: '', bodyRoots: [body] });
    expect(features.bodyText).toBe('Hei, muistutamme ajastasi torstaina.');
    expect(features.bodyClipped).toBeUndefined();
  });
});
