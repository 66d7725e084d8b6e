'use client';
import type { ComponentType, ForwardedRef, HTMLAttributes, ReactNode } from 'react';
import { usePlaceholderCount } from '../hooks/use-placeholder-count';
import { cx, SavedCardsUIProvider, useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import { DeleteCardDialog } from './delete-card-dialog';
import { EmptyState, ErrorState, LiveRegion, LoadingState, type LiveRegionProps } from './states';
import type { CardsView } from './use-cards-view';

type ConnectedProps = Omit<SavedCardsUIProviderProps, 'children'> & { customerId?: string | null };

/**
 * A connected view inside its own UI provider, keyed by the customer: a new view per shopper, so nothing of the
 * last one's dialog, delete outcome, alert, announcement or selection carries over.
 */
export function withUI<Props extends ConnectedProps>(
  View: ComponentType<Omit<Props, 'messages' | 'classNames'> & { ref: ForwardedRef<HTMLElement> }>,
  { messages, classNames, ...props }: Props,
  ref: ForwardedRef<HTMLElement>,
) {
  return (
    <SavedCardsUIProvider messages={messages} classNames={classNames}>
      <View key={props.customerId ?? ''} ref={ref} {...props} />
    </SavedCardsUIProvider>
  );
}

interface CardsSectionProps extends HTMLAttributes<HTMLElement> {
  view: CardsView;
  rootRef: ForwardedRef<HTMLElement>;
  /**
   * What stands beside the heading (the checkout's Edit toggle). Given at all, `false` included, the heading sits in a
   * `header` part with it: the checkout passes `false` while its toggle is hidden, so its header stays.
   */
  toggle?: ReactNode;
  /** What the live region says while no delete is waiting. */
  live: LiveRegionProps;
}

/**
 * The section both connected views render: the root and its `data-sc-*` attributes, the heading, a failed load,
 * the skeleton or the empty state where the cards would be, the view's list (`children`), the delete dialog and
 * the live region. The merchant's attributes come last, as on any part. The section carries the texts' language
 * (English by default), so an Arabic page does not read them with an Arabic voice. Loading, empty and a failed
 * load stay where the cards would be, above the list's other parts (the checkout's options never wait for them).
 */
export function CardsSection({ view, rootRef, toggle, live, children, ...attributes }: CardsSectionProps) {
  const { messages: m, dir, classNames: c } = useSavedCardsUI();
  const { headingId, dialog, cards, query, headingRef, confirm, close } = view;
  const { heading, headingLevel = 2, unstyled, theme, emptyContent, className, ...rest } = view.section;
  const { customerId, placeholderCount, ...props } = rest;
  const skeletonRows = usePlaceholderCount(customerId, cards?.length, placeholderCount);
  const loadFailed = query.isError && !query.isFetching;
  const Heading = `h${headingLevel}` as 'h2';
  const title = (
    <Heading ref={headingRef} id={headingId} tabIndex={-1} data-sc-part="heading" className={c.heading}>
      {heading ?? m.heading}
    </Heading>
  );
  return (
    <section
      ref={rootRef}
      aria-labelledby={headingId}
      lang={m.lang}
      dir={dir}
      data-sc-root={unstyled ? undefined : ''}
      data-sc-part="root"
      data-sc-theme={theme}
      className={cx(c.root, className)}
      {...attributes}
      {...props}
    >
      {toggle === undefined ? (
        title
      ) : (
        <div data-sc-part="header">
          {title}
          {toggle}
        </div>
      )}
      {loadFailed && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {cards?.length ? null : cards ? (
        <EmptyState>{emptyContent}</EmptyState>
      ) : (
        !loadFailed && <LoadingState rows={skeletonRows} />
      )}
      {children}
      {dialog.status !== 'closed' && (
        <DeleteCardDialog
          card={dialog.card}
          pending={dialog.status === 'deleting'}
          onConfirm={confirm}
          onCancel={close}
        />
      )}
      <LiveRegion {...live} />
    </section>
  );
}
