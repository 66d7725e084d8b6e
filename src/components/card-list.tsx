'use client';
import { forwardRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import { cx, useSavedCardsUI } from './context';

/**
 * Props of {@link CardList}: the radio group's `<div>` attributes. Name the group with `aria-labelledby`; your
 * `onKeyDown` runs first, and calling `preventDefault()` in it keeps the group's own arrow keys out.
 *
 * @example
 * const props: CardListProps = { 'aria-labelledby': headingId };
 */
export type CardListProps = HTMLAttributes<HTMLDivElement>;

/**
 * The radio group around {@link CardOption}s (WAI-ARIA APG radio group): one tab
 * stop; arrow keys move to the next or previous usable card and select it,
 * wrapping around and skipping disabled ones; Home and End go to the first and
 * last. Left and Right follow the reading direction. Name it with `aria-labelledby`.
 *
 * @example
 * <CardList aria-labelledby={headingId}>{cards.map((card) => <CardOption key={card.token} card={card} />)}</CardList>
 */
export const CardList = forwardRef<HTMLDivElement, CardListProps>(function CardList(
  { className, onKeyDown, ...props },
  ref,
) {
  const { dir, classNames } = useSavedCardsUI();

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const group = event.currentTarget;
    // The group's own radios: not those of a merchant's panel inside it.
    const radios = [...group.querySelectorAll<HTMLElement>('[role="radio"]')].filter(
      (radio) => radio.parentElement?.closest('[role="radiogroup"],[role="group"]') === group,
    );
    const isUsable = (radio: HTMLElement) => radio.getAttribute('aria-disabled') !== 'true';
    const usable = radios.filter(isUsable);
    const from = radios.indexOf(event.target as HTMLElement);
    if (from < 0 || usable.length === 0) return;
    // Space chooses the focused radio (a card handles its own first; an option leaves it to the group).
    if (event.key === ' ') {
      event.preventDefault();
      return radios[from]?.click();
    }
    const rtl = dir === 'rtl';
    const step = (
      { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 } as Record<string, number>
    )[event.key];
    let target: HTMLElement | undefined;
    if (event.key === 'Home') target = usable[0];
    else if (event.key === 'End') target = usable[usable.length - 1];
    else if (step) {
      // From the focused radio (usable or not) to the next usable one, wrapping round to the focused one last.
      const { length } = radios;
      target = radios
        .map((_, seen) => radios[(from + length + step * (seen + 1)) % length] as HTMLElement)
        .find(isUsable);
    } else return;
    event.preventDefault();
    target?.focus();
    // Moving selects (APG): the option's own click handler does the selecting.
    target?.click();
  }

  return (
    // The radios inside take focus (roving tabindex); the group only hears their arrow keys.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      ref={ref}
      role="radiogroup"
      data-sc-part="list"
      className={cx(classNames.list, className)}
      onKeyDown={handleKeyDown}
      {...props}
    />
  );
});
