import { useId, useState } from 'react';

/**
 * A node's compile problems as one small badge ("2 problems") inside the node's box, so it never
 * covers a neighbour. Its messages open in a tooltip while the pointer is over the badge (or the
 * tooltip) or the badge has focus; a click pins the tooltip open (a touch screen has no hover)
 * and a second click closes it, as Escape does. The badge is described by the messages, so a screen reader reads them on
 * focus; the status line lists them too.
 */
export function ProblemBadge({ nodeId, messages }: { nodeId: string; messages: readonly string[] }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const tooltipId = useId();
  const open = !dismissed && (pinned || hovered || focused);
  const count = messages.length === 1 ? '1 problem' : `${messages.length.toLocaleString('en-US')} problems`;
  const reopen = () => setDismissed(false);
  return (
    <div
      className={`problem-badge${open ? ' problem-badge--open' : ''}`}
      onPointerEnter={() => {
        setHovered(true);
        reopen();
      }}
      onPointerLeave={() => setHovered(false)}
    >
      <button
        type="button"
        className="problem-badge__button nodrag nokey"
        aria-label={`${count} on ${nodeId}`}
        aria-describedby={tooltipId}
        aria-expanded={open}
        onFocus={() => {
          setFocused(true);
          reopen();
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onClick={() => {
          // The first click (or tap, which also focuses) keeps it open; the next closes it.
          setDismissed(pinned);
          setPinned(!pinned);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation();
          setDismissed(true);
          setPinned(false);
        }}
      >
        <span className="problem-badge__icon" aria-hidden="true">
          !
        </span>
        {count}
      </button>
      <div role="tooltip" id={tooltipId} className="problem-badge__tooltip nodrag" hidden={!open}>
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
