'use client';
import { useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { checkNickname, type NicknameProblem } from '../core/nickname';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';

/**
 * The rename field's draft and its rule: it starts with the card's name, focused and selected; Save checks the
 * name with `checkNickname` and sends it only when it is allowed and new; Escape closes it. Returns the rule's
 * refusal, the form's submit handler and the field's props.
 */
export function useRename(card: SavedCard, onRename: (card: SavedCard, nickname: string) => void, onClose: () => void) {
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(card.nickname ?? '');
  const [problem, setProblem] = useState<NicknameProblem>();

  useBrowserLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    let checked: string;
    try {
      checked = checkNickname(draft);
    } catch (error) {
      // Refused here, nothing sent: the field says why and keeps focus.
      return setProblem((error as SavedCardsError).problem ?? 'empty');
    }
    onClose();
    if (checked !== card.nickname) onRename(card, checked);
  };
  const field = {
    ref: input,
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setDraft(event.target.value);
      setProblem(undefined);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // The field owns Escape: a drawer of the merchant's around the list must not close.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    },
  };
  return [problem, onSubmit, field] as const;
}
