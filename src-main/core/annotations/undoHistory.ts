import type { AnnotationChange } from './annotationChange';

export interface HistoryEntry {
  /** The contract method that made the change, for the interface to name ("annotations.create"…). */
  label: string;
  /** Puts back the records as they were before. */
  undo: AnnotationChange;
  /** Puts the records as the change left them. */
  redo: AnnotationChange;
}

/**
 * The session's undo and redo stacks, in memory. Entries hold only the records a change touched,
 * before and after, so a long session over ten thousand highlights costs little; past `limit`
 * the oldest entries are forgotten.
 */
export class UndoHistory {
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];

  constructor(private readonly limit = 200) {}

  /** A new change: it can be undone, and whatever had been undone can no longer be redone. */
  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  nextUndo(): HistoryEntry | undefined {
    return this.undoStack.at(-1);
  }

  nextRedo(): HistoryEntry | undefined {
    return this.redoStack.at(-1);
  }

  /** Call once `entry` (the next undo) has been applied. */
  undone(entry: HistoryEntry): void {
    if (this.undoStack.at(-1) !== entry) return;
    this.undoStack.pop();
    this.redoStack.push(entry);
  }

  /** Call once `entry` (the next redo) has been applied. */
  redone(entry: HistoryEntry): void {
    if (this.redoStack.at(-1) !== entry) return;
    this.redoStack.pop();
    this.undoStack.push(entry);
  }

  /**
   * Forgets everything: after a re-import moved highlights or a backup was restored, the recorded
   * "before" records would put back targets in a text that no longer exists.
   */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
}
