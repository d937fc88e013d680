/**
 * The check the warning page makes on the message details a content script sends (date,
 * recipients, headers shown by the webmail) before they go into the evidence file. The page that
 * framed the warning is not trusted, so each field is checked on its own and anything that does
 * not fit is dropped: a bad date costs the date, never the warning or the rest of the file.
 */
import { z } from 'zod';
import { DETAIL_LIMITS } from '../../core/engine/detail-limits';
import type { Header } from './schema';

/** One-line-ish text: non-empty after trimming, within its limit. */
const text = (max: number) => z.string().max(max).refine((s) => s.trim().length > 0);

const ReceivedAtSchema = text(DETAIL_LIMITS.date);
const RecipientSchema = text(DETAIL_LIMITS.recipient);
export const DetailHeaderSchema = z
  .object({ name: text(DETAIL_LIMITS.headerName), value: z.string().max(DETAIL_LIMITS.headerValue) })
  .strict();

export interface ParsedDetails {
  receivedAt?: string;
  to: string[];
  headers: Header[];
}

/** The valid items of a list; the whole list is dropped when it is longer than a content script sends. */
function validItems<T>(raw: unknown, item: z.ZodType<T>, max: number): T[] {
  if (!Array.isArray(raw) || raw.length > max) return [];
  const out: T[] = [];
  for (const entry of raw) {
    const parsed = item.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Only what passed; never throws. */
export function parseMessageDetails(raw: unknown): ParsedDetails {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { to: [], headers: [] };
  try {
    const d = raw as { receivedAt?: unknown; to?: unknown; headers?: unknown };
    const receivedAt = ReceivedAtSchema.safeParse(d.receivedAt);
    return {
      ...(receivedAt.success ? { receivedAt: receivedAt.data } : {}),
      to: validItems(d.to, RecipientSchema, DETAIL_LIMITS.recipients),
      headers: validItems(d.headers, DetailHeaderSchema, DETAIL_LIMITS.headers),
    };
  } catch {
    return { to: [], headers: [] }; // a getter that throws (not possible after postMessage's cloning)
  }
}
