import { expect, it } from 'vitest';
import { FEATURE_LIMITS } from '../../../utils/engine/features';
import { LIMITS } from '../../../utils/webmail/limits';

it('the content script clips features to exactly the limits the background enforces', () => {
  expect(LIMITS).toEqual(FEATURE_LIMITS);
});
