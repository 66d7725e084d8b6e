'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';

/** One action in the menu, standing for the inline button of the same `part`. */
export interface ActionsMenuItem {
  /** Its `data-sc-part`, the same as the inline button's, so focus and styles find it by its action. */
  part: string;
  text: string;
  /** Its accessible name when the visible text is not enough ("Delete Visa ending in 4242"). */
  label?: string;
  /** Offered but refused (a blocked delete): focusable, described, does nothing. */
  inactive?: boolean;
  describedBy?: string;
  onSelect: () => void;
}

/** Props of `<ActionsMenu>`: its name, its items, and a ref to its button for focus to come back to. */
interface ActionsMenuProps {
  /** The button's accessible name, "Actions for Visa ending in 4242". */
  label: string;
  items: ActionsMenuItem[];
  buttonRef: RefObject<HTMLButtonElement | null>;
  describedBy?: string | undefined;
}

/**
 * A WAI-ARIA menu button (APG "Actions Menu Button"): Enter, Space and Down open it on its first item, Up on its
 * last; the arrows, Home and End move; Escape closes it and returns focus to the button; Tab closes it and moves
 * on; a tap or click outside closes it. The stylesheet shows it only in a narrow container, in place of the inline
 * buttons (with `unstyled` too, as the inline buttons).
 */
export function ActionsMenu({ label, items, buttonRef, describedBy }: ActionsMenuProps) {
  const id = useId();
  const [open, setOpen] = useState<MenuProps['at'] | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      ref={wrapper}
      data-sc-part="menu-wrapper"
      // A focus that leaves by other means than Tab (a click elsewhere) closes it too.
      onBlur={(event) => {
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(null);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        aria-label={label}
        aria-describedby={describedBy}
        data-sc-part="menu-button"
        onClick={() => setOpen((now) => (now ? null : 'first'))}
        onKeyDown={(event) => {
          const at = event.key === 'ArrowUp' ? 'last' : ['ArrowDown', 'Enter', ' '].includes(event.key) && 'first';
          if (!at) return;
          // Not also a click: Enter and Space open it here, on the first item.
          event.preventDefault();
          setOpen(at);
        }}
      >
        {/* A mark, not words: the name says what it is, and a phone's line keeps its room for the card's name. */}
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <Menu
          id={id}
          label={label}
          items={items}
          at={open}
          onClose={(back) => {
            setOpen(null);
            if (back) buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

interface MenuProps {
  id: string;
  label: string;
  items: ActionsMenuItem[];
  /** The item that has focus when it opens. */
  at: 'first' | 'last';
  /** With `back`, focus returns to the menu's button (Escape, an item chosen); without, it moves on (Tab). */
  onClose: (back: boolean) => void;
}

/** The open menu and its keyboard: the arrows, Home and End move, Escape closes it, Tab closes it and moves on. */
function Menu({ id, label, items, at, onClose }: MenuProps) {
  const menu = useRef<HTMLDivElement>(null);

  useBrowserLayoutEffect(() => {
    const list = menu.current!.children;
    (list[at === 'last' ? list.length - 1 : 0] as HTMLElement | undefined)?.focus();
  }, [at]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = [...event.currentTarget.children] as HTMLElement[];
    const index = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      // The menu owns this Escape: a drawer around the list, or the checkout's edit mode, must not close too.
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') onClose(false);
  }

  return (
    <div ref={menu} id={id} role="menu" tabIndex={-1} aria-label={label} data-sc-part="menu" onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.part}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-label={item.label}
          aria-disabled={item.inactive || undefined}
          aria-describedby={item.describedBy}
          data-sc-part={item.part}
          onClick={() => {
            if (item.inactive) return;
            onClose(true);
            item.onSelect();
          }}
        >
          {item.text}
        </button>
      ))}
    </div>
  );
}
