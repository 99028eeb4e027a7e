import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** Shown as a modal while true; a dialog mounted only while it is wanted leaves this out. */
  open?: boolean;
  /** Escape, or the dialog closing itself: the owner decides whether and how it closes. */
  onClose: () => void;
  /** Each time it opens, before it shows: where a dialog resets what it showed last time. */
  onOpen?: () => void;
  title: ReactNode;
  /** Beside the title, such as a close button. */
  headerExtra?: ReactNode;
  /** Added to `dialog`. */
  className?: string;
  testId?: string;
  /** The body and footer. */
  children: ReactNode;
}

/**
 * The workbench's modal dialog: a native `<dialog>` shown with `showModal` (focus trapped, the page
 * inert behind it), labelled by its title. Escape is turned into `onClose` instead of closing at
 * once, so a dialog that must not close yet (an import running) can refuse.
 */
export function ModalDialog({
  open = true,
  onClose,
  onOpen,
  title,
  headerExtra,
  className,
  testId,
  children,
}: ModalDialogProps) {
  const titleId = `${useId()}-title`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      onOpenRef.current?.();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Closed while still wanted open: by a form's method="dialog", or by a second Escape, which
      // Chromium lets close the dialog whatever `cancel` said. If the owner keeps it open (an
      // import still running), it is shown again once the owner has answered.
      onClose={() => {
        if (!open) return;
        onClose();
        setTimeout(() => {
          const dialog = dialogRef.current;
          if (openRef.current && dialog && !dialog.open) dialog.showModal();
        });
      }}
      data-testid={testId}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {headerExtra}
      </header>
      {children}
    </dialog>
  );
}
