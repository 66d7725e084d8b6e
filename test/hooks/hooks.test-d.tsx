import type { UseMutationResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import { SavedCards } from '../../src/index';
import type {
  CardBrand,
  CardIssue,
  DeleteCardResult,
  DeleteCardVariables,
  RenameCardVariables,
  SavedCard,
  SavedCardsAdapter,
  SavedCardsError,
  SavedCardsErrorKind,
  SetDefaultCardResult,
  UseRenameCardResult,
  UseSetDefaultCardResult,
} from '../../src/headless';
import {
  createSavedCardsClient,
  savedCardsQueryOptions,
  useCardSelection,
  useDeleteCard,
  useRenameCard,
  useSavedCards,
  useSetDefaultCard,
} from '../../src/headless';
import { usePendingChanges, type PendingCardChange } from '../../src/hooks/use-pending-changes';

test('useSavedCards returns cards, typed errors and issues', () => {
  const result = useSavedCards({ customerId: 'c1', dedupe: false });
  expectTypeOf(result.data).toEqualTypeOf<readonly SavedCard[] | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<SavedCardsError | null>();
  expectTypeOf(result.issues).toEqualTypeOf<readonly CardIssue[]>();
  // @ts-expect-error customerId is a string
  useSavedCards({ customerId: 42 });
});

test('useDeleteCard takes a card (or a token and its tokens) and reports typed outcomes', () => {
  const remove = useDeleteCard({
    onError: (error, card) => {
      expectTypeOf(error.kind).toEqualTypeOf<SavedCardsErrorKind>();
      expectTypeOf(card).toEqualTypeOf<DeleteCardVariables>();
    },
  });
  expectTypeOf(remove).toEqualTypeOf<UseMutationResult<DeleteCardResult, SavedCardsError, DeleteCardVariables>>();
  expectTypeOf(remove.data).toEqualTypeOf<DeleteCardResult | undefined>();
  const card = {} as SavedCard;
  remove.mutate(card);
  remove.mutate({ token: 'x' });
  // @ts-expect-error a token alone is not a card
  remove.mutate('x');
  // @ts-expect-error dedupe went: the card's own tokens say what is deleted
  useDeleteCard({ dedupe: false });
});

test('useSetDefaultCard takes a token and reports typed outcomes', () => {
  const setDefault = useSetDefaultCard({
    customerId: 'c1',
    onSuccess: (result) => expectTypeOf(result).toEqualTypeOf<SetDefaultCardResult>(),
    onError: (error, token) => {
      expectTypeOf(error.kind).toEqualTypeOf<SavedCardsErrorKind>();
      expectTypeOf(token).toEqualTypeOf<string>();
    },
  });
  expectTypeOf(setDefault).toEqualTypeOf<UseSetDefaultCardResult>();
  expectTypeOf(setDefault.mutate).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(setDefault.data).toEqualTypeOf<SetDefaultCardResult | undefined>();
  expectTypeOf(setDefault.error).toEqualTypeOf<SavedCardsError | null>();
  // @ts-expect-error a card object is not a token
  setDefault.mutate({ token: 'x' });
});

test('useRenameCard takes a token and a name and reports typed outcomes', () => {
  const rename = useRenameCard({
    onSuccess: (result) => expectTypeOf(result).toEqualTypeOf<RenameCardVariables>(),
    onError: (error, variables) => {
      expectTypeOf(error).toEqualTypeOf<SavedCardsError>();
      expectTypeOf(variables).toEqualTypeOf<RenameCardVariables>();
    },
  });
  expectTypeOf(rename).toEqualTypeOf<UseRenameCardResult>();
  expectTypeOf(rename.mutate).parameter(0).toEqualTypeOf<RenameCardVariables>();
  rename.mutate({ token: 'x', nickname: 'Work card' });
  // @ts-expect-error the name is required
  rename.mutate({ token: 'x' });
  // @ts-expect-error a token alone is not a rename
  rename.mutate('x');
});

test('usePendingChanges lists changes by kind', () => {
  const changes = usePendingChanges({ customerId: null });
  expectTypeOf(changes).toEqualTypeOf<readonly PendingCardChange[]>();
  expectTypeOf<PendingCardChange['kind']>().toEqualTypeOf<'setDefault' | 'rename'>();
  // @ts-expect-error customerId is a string
  usePendingChanges({ customerId: 42 });
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

test('<SavedCards onValueChange> gets a choice or null; onSelect is removed and fails to compile', () => {
  const setToken = (token: string | null) => token;
  expectTypeOf(
    <SavedCards onValueChange={(choice) => setToken(choice?.kind === 'card' ? choice.token : null)} />,
  ).toBeObject();
  // @ts-expect-error the choice is null when nothing is chosen
  expectTypeOf(<SavedCards onValueChange={(choice) => setToken(choice.kind)} />).toBeObject();
  // @ts-expect-error removed on purpose (issue 22): typed never, so it does not silently bind the DOM select event
  expectTypeOf(<SavedCards onSelect={(card: unknown) => card} />).toBeObject();
});
