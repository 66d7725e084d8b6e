import * as z from 'zod';
import { MAX_TOKEN_LENGTH } from '../core/token';

const flag = z.boolean().optional();
const text = z.string().optional();

/**
 * The kit's JSON contract, what `GET {endpoint}` answers, as one zod schema: validate what your own
 * server sends before the browser reads it. The handler's answers pass it.
 *
 * @example
 * const body = savedCardsResponseSchema.parse({ cards: myCards }); // throws on a malformed card
 * return Response.json(body);
 */
export const savedCardsResponseSchema = z.object({
  cards: z.array(
    z.object({
      token: z.string().trim().min(1).max(MAX_TOKEN_LENGTH),
      brand: text,
      last4: z
        .string()
        .regex(/^\d{4}$/, 'the last 4 digits, never more')
        .optional(),
      maskedNumber: z
        .string()
        .regex(/^\D*\d{0,6}\D+\d{4}$/, 'a masked number ending in 4 digits')
        .optional(),
      expiryMonth: z.union([z.int().min(1).max(12), z.string()]).optional(),
      expiryYear: z.union([z.int().min(0), z.string()]).optional(),
      isExpired: flag,
      isPreferred: flag,
      expiresSoon: flag,
      holderName: text,
      nickname: text,
      funding: text,
      cvvRequired: flag,
      gateway: text,
      networks: z.array(z.string()).optional(),
      deleteBlocked: z.union([z.boolean(), z.object({ code: text, message: text })]).optional(),
      accountReference: text,
    }),
  ),
  /** What the backend can do; absent ones default to `{ delete: true, setDefault: false, rename: false }`. */
  capabilities: z.object({ delete: flag, setDefault: flag, rename: flag }).optional(),
});

/** A valid answer of the JSON contract. */
export type SavedCardsResponse = z.infer<typeof savedCardsResponseSchema>;
