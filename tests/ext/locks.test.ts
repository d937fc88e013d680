// Policy locks enforced where the state is used, not only in the options page: with
// `webmailHosts` locked, the content script is registered only for the organisation's hosts,
// whatever else the browser's permission store holds.
import { describe, expect, it } from 'vitest';
import { allowedAddedOrigins } from '../../entrypoints/background/hosts';

const granted = ['https://webmail.clinic.example/*', 'https://webmail.someone-else.example/*'];

describe('the webmailHosts lock', () => {
  it('without a lock, every host the person allowed gets the content script', () => {
    expect(allowedAddedOrigins(granted, { webmailHosts: ['webmail.clinic.example'] })).toEqual(granted);
  });

  it('with the lock, only the organisation\'s hosts do', () => {
    expect(allowedAddedOrigins(granted, { webmailHosts: ['webmail.clinic.example'], lockedSettings: ['webmailHosts'] })).toEqual(['https://webmail.clinic.example/*']);
    expect(allowedAddedOrigins(granted, { lockedSettings: ['webmailHosts'] })).toEqual([]);
  });
});
