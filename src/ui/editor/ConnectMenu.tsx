import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { specOf, type NetloomModel } from '../../model/index.ts';
import { connectNodes } from '../store/editorActions.ts';
import { useModel } from '../store/index.ts';
import { updateView, useViewValue } from '../store/viewStore.ts';
import { handleElement } from './canvasFocus.ts';
import { connectOptions, wireBetween } from './connectOptions.ts';
import type { WireEnd } from './connectionRefusal.ts';
import { handleMenuKeys } from './toolbar/menuKeys.ts';

/** Space kept between the menu, its handle and the canvas's edges, in CSS px. */
const GAP = 8;

/**
 * The keyboard's way to wire: Enter on a handle (or C on a node) opens this menu beside the
 * handle with every handle a drag from it could be dropped on; picking one wires them in one
 * undo step, Escape closes it, and focus goes back to the handle either way.
 */
export function ConnectMenu() {
  const from = useViewValue((view) => view.connectMenu);
  const model = useModel();
  const originGone = from !== null && !model.nodes.some((node) => node.id === from.nodeId);
  // Its node deleted or undone away while it was open (by a key it let through before, or an edit elsewhere).
  useEffect(() => {
    if (originGone) updateView({ connectMenu: null });
  }, [originGone]);
  return from && !originGone ? <ConnectMenuList from={from} model={model} /> : null;
}

function ConnectMenuList({ from, model }: { from: WireEnd; model: NetloomModel }) {
  const options = useMemo(() => connectOptions(model, from), [model, from]);
  const menuRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const origin = model.nodes.find((node) => node.id === from.nodeId);
  const port = origin && specOf(origin).inputPorts(origin.params) > 1 ? `${from.port} of ` : '';
  const title = from.handle === 'source' ? `Connect ${from.nodeId} to…` : `Connect ${port}${from.nodeId} from…`;

  const close = () => {
    updateView({ connectMenu: null });
    handleElement(from)?.focus();
  };

  // Beside the handle (right of an output, left of an input), kept inside the canvas.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const handle = handleElement(from);
    const canvas = menu?.offsetParent;
    if (!menu || !handle || !canvas) return;
    const at = handle.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    const beside = from.handle === 'source' ? at.right - box.left + GAP : at.left - box.left - GAP - menu.offsetWidth;
    const left = clamp(beside, GAP, box.width - menu.offsetWidth - GAP);
    // No room beside it (a narrow canvas): below the handle, so the menu never hides where it came from.
    const top = left === beside ? at.top - box.top - GAP : at.bottom - box.top + GAP;
    menu.style.left = `${left}px`;
    menu.style.top = `${clamp(top, GAP, box.height - menu.offsetHeight - GAP)}px`;
    menu.querySelector<HTMLElement>('button')?.focus();
  }, [from]);

  useEffect(() => {
    const closeOnOutsidePress = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) updateView({ connectMenu: null });
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress);
  }, []);

  return (
    <div
      ref={menuRef}
      className="connect-menu nodrag nopan nowheel"
      onKeyDown={(event) => {
        // A popup: its keys are its own, never the canvas's Delete or the editor's Ctrl+Z.
        event.stopPropagation();
        handleMenuKeys(menuRef.current, event, close);
      }}
    >
      <p id={titleId} className="connect-menu__title">
        {title}
      </p>
      {options.length === 0 ? (
        <>
          <p className="connect-menu__empty" role="status">
            {from.handle === 'source' ? 'No input on the canvas can take this output.' : 'No output on the canvas can feed this input.'}
          </p>
          <button type="button" className="menu__item" onClick={close}>
            Close
          </button>
        </>
      ) : (
        <ul className="connect-menu__list" role="menu" aria-labelledby={titleId}>
          {options.map((option) => (
            <li key={`${option.end.nodeId}\u0000${option.end.port}`} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu__item"
                onClick={() => {
                  connectNodes(wireBetween(from, option.end));
                  close();
                }}
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
