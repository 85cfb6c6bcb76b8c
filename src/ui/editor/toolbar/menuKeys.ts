import type { KeyboardEvent } from 'react';

/**
 * The ARIA menu pattern's keys inside an open menu: ↑ ↓ (wrapping), Home and End move between
 * its `menuitem`s; Escape and Tab close it (`close` puts focus back where the menu came from).
 */
export function handleMenuKeys(menu: HTMLElement | null, event: KeyboardEvent, close: () => void): void {
  const entries = [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const current = entries.indexOf(document.activeElement as HTMLElement);
  const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: entries.length - 1 };
  if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault();
    close();
  } else if (event.key in moves) {
    event.preventDefault();
    entries[(moves[event.key]! + entries.length) % entries.length]?.focus();
  }
}
