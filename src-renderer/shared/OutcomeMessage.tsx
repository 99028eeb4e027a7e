/** What a dialog's last action came to: done (saved, added…) or failed, in the interface's language. */
export type Outcome = { kind: 'done' | 'failed'; message: string };

/**
 * A dialog's outcome line in a polite live region, so a screen reader hears it; a failure is an
 * alert. The region stays in the page while empty, as live regions must to be announced.
 */
export function OutcomeMessage({ outcome, testId }: { outcome: Outcome | undefined; testId: string }) {
  return (
    <div aria-live="polite">
      {outcome && (
        <p
          className={outcome.kind === 'failed' ? 'error-text' : 'success-text'}
          role={outcome.kind === 'failed' ? 'alert' : undefined}
          data-testid={testId}
        >
          {outcome.message}
        </p>
      )}
    </div>
  );
}
