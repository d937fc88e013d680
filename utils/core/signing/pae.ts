/**
 * Pre-authentication encoding (the DSSE v1 construction): what is actually signed is
 * `"DSSEv1" SP len(type) SP type SP len(payload) SP payload`, lengths as ASCII decimal byte
 * counts. Binding the payload type into the signed bytes is the domain separation: a Vahti
 * signature cannot be replayed as a signature over some other kind of document, and the
 * payload is signed as exact bytes, so no canonical JSON is needed.
 */
import { utf8 } from './bytes';

export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const typeBytes = utf8(payloadType);
  const header = utf8(`DSSEv1 ${typeBytes.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(header.length + payload.length);
  out.set(header, 0);
  out.set(payload, header.length);
  return out;
}
