import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface Notice {
  serial: number;
  message: string;
  /** Offer the undo button: the notice reports a change the user may regret (a deletion, a merge). */
  undoable: boolean;
  tone: 'info' | 'error';
}

interface Notices {
  notice: Notice | undefined;
  notify(message: string, options?: { undoable?: boolean; tone?: Notice['tone'] }): void;
  dismissNotice(): void;
}

const NoticeContext = createContext<Notices | null>(null);

/** The one toast of the workbench: any feature may say what it did; a newer notice replaces the shown one. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const serial = useRef(0);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const notify = useCallback<Notices['notify']>(
    (message, options) =>
      setNotice({
        serial: ++serial.current,
        message,
        undoable: options?.undoable ?? false,
        tone: options?.tone ?? 'info',
      }),
    [],
  );
  const dismissNotice = useCallback(() => setNotice(undefined), []);
  const value = useMemo<Notices>(() => ({ notice, notify, dismissNotice }), [notice, notify, dismissNotice]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotices(): Notices {
  const value = useContext(NoticeContext);
  if (!value) throw new Error('useNotices outside <NoticeProvider>');
  return value;
}
