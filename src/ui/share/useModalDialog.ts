import { useEffect, useRef } from 'react';

/**
 * Shows the browser's own modal `<dialog>` (which traps focus, closes on Escape and returns
 * focus to where it was) while `open` is true. Pass the returned ref to the `<dialog>`.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
