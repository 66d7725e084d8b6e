'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { isSavedCardsError } from '../core/errors';
import type { CommonMessages } from '../i18n/types';
import { cx, useSavedCardsUI } from './context';
import { cardName, fillNodes } from './text';

/** `<LoadingState>`'s props: a `<div>`'s, and how many skeleton rows. */
export interface LoadingStateProps extends HTMLAttributes<HTMLDivElement> {
  /** Skeleton rows to show. Default 3. */
  rows?: number;
}

/**
 * Skeleton rows while the cards load, `aria-busy` and named "Loading saved cards".
 *
 * @example
 * <LoadingState rows={2} />
 */
export const LoadingState = forwardRef<HTMLDivElement, LoadingStateProps>(function LoadingState(
  { rows = 3, className, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  return (
    <div
      ref={ref}
      role="status"
      aria-busy="true"
      aria-label={m.loading}
      data-sc-part="loading"
      className={cx(c.loading, className)}
      {...props}
    >
      {/* Hidden by the stylesheet's [data-sc-visually-hidden] rule: no inline style, which a strict CSP blocks. */}
      <span data-sc-visually-hidden="">{m.loading}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden="true" data-sc-part="skeleton" />
      ))}
    </div>
  );
});

/** `<EmptyState>`'s props: a `<div>`'s, and your content under the message. */
export interface EmptyStateProps extends HTMLAttributes<HTMLDivElement> {
  /** Your own content under the message, e.g. an "Add a card" link. */
  children?: ReactNode;
}

/**
 * Shown when there is no card (also after the last one was deleted).
 *
 * @example
 * <EmptyState><a href="/cards/new">Add a card</a></EmptyState>
 */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { children, className, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  return (
    <div ref={ref} data-sc-part="empty" className={cx(c.empty, className)} {...props}>
      <p>{m.empty}</p>
      {children}
    </div>
  );
});

/**
 * The shopper-facing text for an error: the catalogue's text for its `kind`, plus the backend's
 * (already redacted) `reason` only when it refused on purpose.
 *
 * @example
 * <p role="alert">{errorText(error, messages)}</p>
 */
export function errorText(error: unknown, messages: CommonMessages): string {
  if (!isSavedCardsError(error)) return messages.errors.unknown;
  const text = messages.errors[error.kind];
  return error.kind === 'rejected' && error.reason ? `${text} ${error.reason}` : text;
}

/** A failed delete in one sentence, by kind; the backend's reason in `<bdi>` keeps its punctuation in RTL text. */
export function deleteFailureText(card: SavedCard, error: unknown, messages: CommonMessages): ReactNode[] {
  const name = cardName(card, messages);
  if (isSavedCardsError(error) && error.kind === 'rejected') {
    return error.reason
      ? fillNodes(messages.deleteRefused, { card: name, reason: <bdi>{error.reason}</bdi> })
      : fillNodes(messages.deleteRefusedNoReason, { card: name });
  }
  if (isSavedCardsError(error) && (error.kind === 'network' || error.kind === 'timeout'))
    return fillNodes(messages.deleteRetry, { card: name });
  return fillNodes(messages.deleteFailed, { card: name, reason: errorText(error, messages) });
}

/** `<ErrorState>`'s props: a `<div>`'s, the error to word, and what Retry does. */
export interface ErrorStateProps extends HTMLAttributes<HTMLDivElement> {
  /** Usually a `SavedCardsError`; anything else shows the generic text. */
  error: unknown;
  /** Shows a Retry button. */
  onRetry?: () => void;
}

/**
 * A failed load (`role="alert"`), worded by `SavedCardsError.kind`, with Retry.
 *
 * @example
 * <ErrorState error={error} onRetry={() => refetch()} />
 */
export const ErrorState = forwardRef<HTMLDivElement, ErrorStateProps>(function ErrorState(
  { error, onRetry, className, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  return (
    <div
      ref={ref}
      role="alert"
      data-sc-part="error"
      data-kind={isSavedCardsError(error) ? error.kind : 'unknown'}
      className={cx(c.error, className)}
      {...props}
    >
      <p>{errorText(error, m)}</p>
      {onRetry && (
        <button type="button" data-sc-part="retry" className={c.retryButton} onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
});

/** `<LiveRegion>`'s props: a `<div>`'s, the text to announce, and its number. */
export interface LiveRegionProps extends HTMLAttributes<HTMLDivElement> {
  /** The text to announce politely; change it to announce again. */
  message?: string;
  /** The announcement's number: the same message under a new number is announced again. */
  count?: number;
}

/**
 * A visually hidden polite live region. Keep it mounted; only change its text. It is hidden by the stylesheet's
 * `[data-sc-visually-hidden]` rule; without the stylesheet, give that attribute your own visually-hidden rule.
 *
 * @example
 * <LiveRegion message={lastRemoved ? `${lastRemoved} was removed` : ''} />
 */
export const LiveRegion = forwardRef<HTMLDivElement, LiveRegionProps>(function LiveRegion(
  { message, count, ...props },
  ref,
) {
  // Every other number ends in a no-break space, so the same words twice are still a change a screen reader hears.
  const repeat = message && count !== undefined && count % 2 === 0 ? '\u00a0' : '';
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-sc-part="live"
      data-sc-visually-hidden=""
      {...props}
    >
      {message}
      {repeat}
    </div>
  );
});
