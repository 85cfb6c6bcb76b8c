import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { handleMenuKeys } from './menuKeys.ts';

export interface MenuItem {
  label: string;
  /** A second line under the label, e.g. the file an export saves. */
  detail?: string;
  /** Longer explanation, shown as a tooltip. */
  description?: string;
  onSelect: () => void;
}

/**
 * A button that opens a menu (the ARIA menu button pattern): arrow keys move between items,
 * Enter picks one, Escape or a click elsewhere closes it and focus returns to the button.
 */
export function MenuButton({ label, items, className }: { label: string; items: readonly MenuItem[]; className?: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!buttonRef.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => handleMenuKeys(menuRef.current, event, close);

  return (
    <div className={className ? `menu ${className}` : 'menu'}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        <span className="menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} className="menu__list" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu__item"
                title={item.description}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
                {item.detail && <span className="menu__detail">{item.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
