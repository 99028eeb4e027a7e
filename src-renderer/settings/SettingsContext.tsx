import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Input, Settings } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';

export const defaultSettings: Settings = {
  language: 'ar',
  theme: 'light',
  fontSize: 20,
  lineHeight: 1.9,
  showBoilerplate: true,
};

interface SettingsContextValue {
  settings: Settings;
  updateSettings(patch: Input<'settings.set'>): void;
  /** Takes settings another window or the application menu already saved. */
  adoptSettings(settings: Settings): void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Mirrors the language and theme onto <html>, so the whole layout (and the UA's scrollbars) follow them. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.lang = settings.language;
  root.dir = settings.language === 'ar' ? 'rtl' : 'ltr';
  root.dataset.theme = settings.theme;
  root.style.colorScheme = settings.theme;
}

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings>(initial);
  const latestWrite = useRef(0);

  useEffect(() => applyToDocument(settings), [settings]);

  const updateSettings = useCallback(
    (patch: Input<'settings.set'>) => {
      // Optimistic: the text must resize under the user's click, not after a round trip.
      setSettings((current) => ({ ...current, ...patch }));
      // Only the answer to the latest write is adopted: an older one would undo a newer click.
      const write = ++latestWrite.current;
      api.call('settings.set', patch).then(
        (saved) => {
          if (write === latestWrite.current) setSettings(saved);
        },
        (error: unknown) => console.error('settings.set failed', error),
      );
    },
    [api],
  );

  const adoptSettings = useCallback((saved: Settings) => {
    latestWrite.current += 1;
    setSettings(saved);
  }, []);

  const value = useMemo(() => ({ settings, updateSettings, adoptSettings }), [settings, updateSettings, adoptSettings]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside <SettingsProvider>');
  return value;
}
