import { NICKNAME_PROBLEMS } from '../core/nickname';
import type { AccountMessages } from './types';

/** The English texts only the account page (`<ManageSavedCards>`) says; its name refusals are core's own. */
export const enAccount: AccountMessages = {
  actionsLabel: 'Actions for {card}',
  addCard: 'Add a card',
  cardAdded: '{card} was added',
  makeDefaultButton: 'Make default',
  makeDefaultLabel: 'Make default: {card}',
  renameButton: 'Rename',
  renameLabel: 'Rename {card}',
  renameField: 'Card name',
  renameSave: 'Save',
  renameCancel: 'Cancel',
  cardSaving: 'Saving…',
  defaultChanged: '{card} is now your default card.',
  renamed: '{card} renamed to {nickname}.',
  setDefaultFailed: '{card} could not be made your default card. {reason}',
  renameFailed: '{card} could not be renamed. {reason}',
  nicknameProblems: NICKNAME_PROBLEMS,
};
