/**
 * Byte helpers for the signing checks: strict UTF-8, SHA-256 hex and key ids. Encodings come
 * from @scure/base and hashing from @noble/hashes so the extension and the tools agree byte for
 * byte. Nothing here decides whether anything is trusted.
 */
import { hex } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';

const utf8Encoder = new TextEncoder();

export const utf8 = (text: string): Uint8Array => utf8Encoder.encode(text);

/** Decodes UTF-8, refusing invalid sequences instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const sha256Hex = (bytes: Uint8Array): string => hex.encode(sha256(bytes));

/** A key id is the hex SHA-256 of the raw 32-byte public key (as in the threat model §3.2). */
export const keyIdOf = (publicKey: Uint8Array): string => sha256Hex(publicKey);

/** Parses JSON text, returning undefined instead of throwing. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Heuristic for error messages only: a captive portal or error page instead of JSON. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<');
}
