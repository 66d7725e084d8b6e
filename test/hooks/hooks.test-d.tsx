import { expectTypeOf } from 'vitest';
import type {
  CardBrand,
  CardIssue,
  DeleteCardResult,
  SavedCard,
  SavedCardsAdapter,
  SavedCardsError,
  SavedCardsErrorKind,
} from '../../src/headless';
import {
  createSavedCardsClient,
  savedCardsQueryOptions,
  useCardSelection,
  useDeleteCard,
  useSavedCards,
} from '../../src/headless';

test('useSavedCards returns cards, typed errors and issues', () => {
  const result = useSavedCards({ customerId: 'c1', dedupe: false });
  expectTypeOf(result.data).toEqualTypeOf<readonly SavedCard[] | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<SavedCardsError | null>();
  expectTypeOf(result.issues).toEqualTypeOf<readonly CardIssue[]>();
  // @ts-expect-error customerId is a string
  useSavedCards({ customerId: 42 });
});

test('useDeleteCard takes a token and reports typed outcomes', () => {
  const remove = useDeleteCard({
    onError: (error, token) => {
      expectTypeOf(error.kind).toEqualTypeOf<SavedCardsErrorKind>();
      expectTypeOf(token).toEqualTypeOf<string>();
    },
  });
  expectTypeOf(remove.mutate).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(remove.data).toEqualTypeOf<DeleteCardResult | undefined>();
  // @ts-expect-error a card object is not a token
  remove.mutate({ token: 'x' });
});

test('a card brand is one of the allowlist', () => {
  expectTypeOf<SavedCard['brand']>().toEqualTypeOf<CardBrand>();
  // @ts-expect-error not a brand
  const brand: CardBrand = 'VISA';
  void brand;
});

test('useCardSelection and queryOptions', () => {
  const selection = useCardSelection({ cards: [] });
  expectTypeOf(selection.selectedCard).toEqualTypeOf<SavedCard | null>();
  const client = createSavedCardsClient({ endpoint: '/api/cards' });
  const options = savedCardsQueryOptions(client);
  expectTypeOf(options.queryKey[0]).toEqualTypeOf<'react-saved-cards'>();
});

test('a custom adapter is a small typed object', () => {
  const adapter: SavedCardsAdapter = {
    name: 'custom',
    parseList: () => ({ cards: [] }),
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
  };
  // @ts-expect-error parseList is required
  const broken: SavedCardsAdapter = { name: 'x', deleteRequest: () => ({ method: 'DELETE' }) };
  void adapter;
  void broken;
});
