import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_EXTENSION_ID } from '../../../utils/app/extension-ids';
import { parseManagedPolicy } from '../../../utils/app/policy/parse';

// The example policy files in docs/policies/ are what administrators copy. Each must carry the
// same settings as vahti-policy.json, addressed to the right extension id, and parse cleanly.
const read = (name: string) => readFileSync(new URL(`../../../docs/policies/${name}`, import.meta.url), 'utf8');
const reference = JSON.parse(read('vahti-policy.json'));

/** Reads the values of one registry key block of a .reg file (REG_SZ and REG_DWORD only). */
function readRegistryBlock(text: string, keyPath: string): Record<string, unknown> {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(`[${keyPath}]`);
  expect(start, `registry key ${keyPath}`).toBeGreaterThanOrEqual(0);
  const values: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('[') || line.trim() === '') break;
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (dword) {
      values[dword[1]!] = Number.parseInt(dword[2]!, 16) === 1;
      continue;
    }
    const sz = /^"([^"]+)"="(.*)"$/.exec(line);
    expect(sz, line).not.toBeNull();
    const raw = sz![2]!.replace(/\\(.)/g, '$1');
    values[sz![1]!] = raw.startsWith('[') || raw.startsWith('{') ? JSON.parse(raw) : raw;
  }
  return values;
}

/** A small reader for the plist subset the example profile uses. */
function readPlist(xml: string): unknown {
  const tokens = [...xml.matchAll(/<(\/?)(dict|array|key|string|integer|real|true|false)\s*(\/?)>([^<]*)/g)];
  let i = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  function value(): unknown {
    const [, close, tag, selfClosing, text] = tokens[i++]!;
    expect(close).toBe('');
    if (tag === 'true' || tag === 'false') return tag === 'true';
    if (tag === 'string' || tag === 'integer' || tag === 'real') {
      i++; // closing tag
      return tag === 'string' ? unescape(text!) : Number(text);
    }
    if (selfClosing) return tag === 'array' ? [] : {};
    if (tag === 'array') {
      const items: unknown[] = [];
      while (tokens[i]![1] !== '/') items.push(value());
      i++;
      return items;
    }
    const dict: Record<string, unknown> = {};
    while (tokens[i]![1] !== '/') {
      const key = unescape(tokens[i]![4]!);
      i += 2; // <key> and </key>
      dict[key] = value();
    }
    i++;
    return dict;
  }
  return value();
}

describe('example policy files in docs/policies', () => {
  it('the reference policy parses without problems', () => {
    expect(parseManagedPolicy(reference).problems).toEqual([]);
  });

  it('Chromium on Linux: force-installs and configures the fixed extension id', () => {
    const policy = JSON.parse(read('chromium-linux.json'));
    expect(policy.ExtensionInstallForcelist[0].startsWith(`${CHROMIUM_EXTENSION_ID};`)).toBe(true);
    expect(policy['3rdparty'].extensions[CHROMIUM_EXTENSION_ID]).toEqual(reference);
  });

  it('Firefox: force-installs and configures the gecko id', () => {
    const { policies } = JSON.parse(read('firefox-policies.json'));
    expect(policies.ExtensionSettings[GECKO_EXTENSION_ID].installation_mode).toBe('force_installed');
    expect(policies['3rdparty'].Extensions[GECKO_EXTENSION_ID]).toEqual(reference);
  });

  it.each(['Google\\Chrome', 'Microsoft\\Edge'])('Windows registry for %s carries the same settings', (vendor) => {
    const values = readRegistryBlock(
      read('windows-chrome-edge.reg'),
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`,
    );
    expect(values).toEqual(reference);
  });

  it('macOS configuration profile carries the same settings', () => {
    const profile = readPlist(read('macos-chrome.mobileconfig')) as { PayloadContent: Record<string, unknown>[] };
    const payload = { ...profile.PayloadContent[0] };
    expect(payload.PayloadType).toBe(`com.google.Chrome.extensions.${CHROMIUM_EXTENSION_ID}`);
    for (const key of Object.keys(payload)) if (key.startsWith('Payload')) delete payload[key];
    expect(payload).toEqual(reference);
  });
});
