'use client';
import { Component, type ReactNode } from 'react';
import { useSavedCardsUI } from './context';

/** What a function `panel` gets: the payment step's actions. */
export interface PaymentStepActions {
  /**
   * Refetches the shopper's list and chooses the card with this token once it is listed (after the new-card flow
   * saved it). Rejects, leaving the choice as it was, with the refetch's error when the refetch failed, or with a
   * `not-found` `SavedCardsError` when the refetched list does not hold the token.
   */
  refreshAndChoose(token: string): Promise<void>;
}

/**
 * One of the merchant's other ways to pay, in the same choice as the saved cards: "New card", a wallet, cash on
 * delivery.
 *
 * @example
 * const newCard: PaymentOption = {
 *   value: 'new-card',
 *   label: 'New card',
 *   panel: (step) => <HostedCardForm onSaved={(token) => step.refreshAndChoose(token)} />,
 * };
 */
export interface PaymentOption {
  /** Unique among the options (a value used twice is refused with an `invalid-option` error). */
  value: string;
  label: ReactNode;
  description?: ReactNode;
  /** Decorative: the label names the option. */
  icon?: ReactNode;
  /** Shown right after the option, outside the radio, only while it is chosen. A function gets the step's actions. */
  panel?: ReactNode | ((step: PaymentStepActions) => ReactNode);
}

interface PaymentOptionRadioProps {
  option: PaymentOption;
  checked: boolean;
  /** The id of the label, which also names the option's panel. */
  labelId: string;
  tabIndex: number;
  onSelect: () => void;
}

/** A merchant's option as a radio (`role="radio"`) in the cards' group, named by its label; the group handles Space. */
export function PaymentOptionRadio({ option, checked, labelId, tabIndex, onSelect }: PaymentOptionRadioProps) {
  const { classNames: c } = useSavedCardsUI();
  const descriptionId = `${labelId}d`;
  return (
    // Space and the arrow keys are the group's (CardList), for every radio in it.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      role="radio"
      tabIndex={tabIndex}
      aria-checked={checked}
      aria-labelledby={labelId}
      aria-describedby={option.description === undefined ? undefined : descriptionId}
      data-sc-part="option"
      data-selected={checked || undefined}
      className={c.card}
      onClick={onSelect}
    >
      {option.icon !== undefined && (
        <span aria-hidden="true" data-sc-part="option-icon">
          {option.icon}
        </span>
      )}
      <span id={labelId} data-sc-part="option-label">
        {option.label}
      </span>
      {option.description !== undefined && (
        <span id={descriptionId} data-sc-part="option-description">
          {option.description}
        </span>
      )}
    </div>
  );
}

interface ContainedProps {
  /** Called while rendering, so a throw in the merchant's function is contained too. */
  render: () => ReactNode;
  onError: ((error: unknown) => void) | undefined;
}

function Call({ render }: Pick<ContainedProps, 'render'>) {
  return render();
}

/**
 * The merchant's panel or CVC field, contained: a throw shows the generic error text in its place, goes to
 * `onError`, and leaves the rest of the choice working. Keyed by the choice, so choosing again tries again.
 */
export class Contained extends Component<ContainedProps, { failed?: boolean }> {
  override state: { failed?: boolean } = {};

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }

  override render() {
    return this.state.failed ? <Failed /> : <Call render={this.props.render} />;
  }
}

function Failed() {
  const { messages: m } = useSavedCardsUI();
  return (
    <p role="alert" data-sc-part="alert">
      {m.errors.unknown}
    </p>
  );
}
