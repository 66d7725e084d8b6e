import { expectTypeOf } from 'vitest';
import { CARD_FIELDS, FIELD_PROBLEMS } from '../../src/core/fields';

// A card whose token, number or expiry cannot be read is skipped, not shown without them: each of those fields has
// its problem, and every problem names a field the table reads (a misspelt key fails `satisfies` in fields.ts).
test('the fields that skip an unreadable card', () => {
  expectTypeOf<keyof typeof FIELD_PROBLEMS>().toEqualTypeOf<'token' | 'number' | 'expiryMonth' | 'expiryYear'>();
  expectTypeOf<keyof typeof FIELD_PROBLEMS>().toExtend<keyof typeof CARD_FIELDS>();
});
