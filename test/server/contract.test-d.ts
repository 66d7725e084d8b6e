import { expectTypeOf } from 'vitest';
import { JSON_FIELDS, type SavedCardsJsonCard } from '../../src/adapters/json';
import type { SavedCardsResponse } from '../../src/server/contract';
import type { jsonListAnswer } from '../../src/server/list-answer';
import type { MemoryProviderOptions } from '../../src/server/memory-provider';

// The JSON contract is written in four places; these fail the type-check when one of them drifts.
type Field = keyof SavedCardsJsonCard;
type TableNames<Table> = {
  [Key in keyof Table]: Table[Key] extends readonly (infer Name)[] ? Name : Table[Key];
}[keyof Table];
type AnswerCard = Awaited<ReturnType<typeof jsonListAnswer>>['cards'][number];

test('the zod schema infers exactly the card type', () => {
  expectTypeOf<SavedCardsResponse['cards'][number]>().toEqualTypeOf<SavedCardsJsonCard>();
});

test("the adapter's field table reads every field but deleteBlocked (read on its own), and no other", () => {
  expectTypeOf<TableNames<typeof JSON_FIELDS>>().toEqualTypeOf<Exclude<Field, 'deleteBlocked'>>();
});

test("the handler's answer writes every field of the card type, each of its type (the last 4, never a masked number)", () => {
  expectTypeOf<keyof AnswerCard>().toEqualTypeOf<Exclude<Field, 'maskedNumber'>>();
  expectTypeOf<AnswerCard>().toExtend<SavedCardsJsonCard>();
  expectTypeOf<Awaited<ReturnType<typeof jsonListAnswer>>>().toExtend<SavedCardsResponse>();
});

test('memoryProvider holds a co-badged card', () => {
  expectTypeOf<MemoryProviderOptions['cards'][string][number]['networks']>().toEqualTypeOf<string[] | undefined>();
});
