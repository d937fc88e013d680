/**
 * The coins Vahti recognises payment addresses of. The list format names a listed address's
 * coin with this schema, so the list imports it from here (payment must not import the list).
 */
import { z } from 'zod';

export const CoinSchema = z.enum(['btc', 'ltc', 'eth', 'xmr']);
export type Coin = z.infer<typeof CoinSchema>;
