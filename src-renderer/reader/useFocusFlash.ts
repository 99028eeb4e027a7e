import { useCallback, useEffect, useState } from 'react';
import type { Span } from '../../src-main/api/types';
import type { SpanLayer } from './spanLayers';

const FOCUS_FLASH_MS = 1600;
/** Above hits (2, 3): the passage the user asked to see must stand out whatever else is painted. */
const FOCUS_PRIORITY = 4;

/** A passage flashed for a moment after a jump to it, so the eye finds where it landed. */
export function useFocusFlash(): { focusSpan: [string, SpanLayer]; flash(span: Span): void } {
  const [span, setSpan] = useState<Span | undefined>(undefined);

  useEffect(() => {
    if (!span) return;
    const timer = setTimeout(() => setSpan(undefined), FOCUS_FLASH_MS);
    return () => clearTimeout(timer);
  }, [span]);

  const flash = useCallback((next: Span) => setSpan({ ...next }), []);
  return { focusSpan: ['qarin-focus', { spans: span ? [span] : [], priority: FOCUS_PRIORITY }], flash };
}
