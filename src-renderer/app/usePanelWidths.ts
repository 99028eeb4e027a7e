import { useCallback, useEffect, useState } from 'react';

export interface PanelWidths {
  side: number;
  details: number;
}

const STORAGE_KEY = 'qarin.panelWidths';
const DEFAULTS: PanelWidths = { side: 380, details: 300 };
export const PANEL_LIMITS = { side: { min: 260, max: 640 }, details: { min: 220, max: 520 } } as const;

function load(): PanelWidths {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PanelWidths> | null;
    return { ...DEFAULTS, ...stored };
  } catch {
    return DEFAULTS;
  }
}

/** Panel widths are a property of this window on this screen, so they live in localStorage, not in project settings. */
export function usePanelWidths() {
  const [widths, setWidths] = useState<PanelWidths>(load);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(widths));
  }, [widths]);

  const resize = useCallback((panel: keyof PanelWidths, width: number) => {
    const limits = PANEL_LIMITS[panel];
    setWidths((current) => ({ ...current, [panel]: Math.round(Math.min(limits.max, Math.max(limits.min, width))) }));
  }, []);

  return { widths, resize };
}
